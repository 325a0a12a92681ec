package fi.respiteplanner.api.security;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.web.AuditNote;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail: every call that changes something (POST, PUT, PATCH, DELETE) and every refused call
 * (401, 403, 413, 429), recorded when it completes — including refusals by the login and the size
 * limit, which no controller sees — with who, when, which plan or scenario and its organisation unit,
 * the action, the answer's status and what changed (ids, never personal data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class AuditLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final Pattern SUBJECT = Pattern.compile("^/api/(?:respite|holiday)/(plans|scenarios)/([^/]+)");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 413, 429);

    public record Event(long id, Instant at, String username, String planId, String orgUnit, String action, int status, String detail) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (recorded(request, response.getStatus())) {
                try {
                    record(request, response.getStatus());
                } catch (RuntimeException e) {
                    LOG.error("Could not write the audit row of {} {}", request.getMethod(), request.getRequestURI(), e);
                }
            }
        }
    }

    private static boolean recorded(HttpServletRequest request, int status) {
        String path = request.getRequestURI();
        boolean ours = path.startsWith("/api/") || path.equals("/login") || path.equals("/logout");
        boolean changes = !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        return ours && (changes || REFUSALS.contains(status));
    }

    private void record(HttpServletRequest request, int status) {
        String path = request.getRequestURI();
        String subject = (String) request.getAttribute(AuditNote.SUBJECT);
        String action = path;
        Matcher plan = SUBJECT.matcher(path);
        if (plan.find()) {
            subject = subject != null ? subject : plan.group(2);
            action = path.substring(0, plan.start(2)) + "{id}" + path.substring(plan.end(2));
        }
        String orgUnit = (String) request.getAttribute(AuditNote.ORG_UNIT);
        if (orgUnit == null && subject != null) {
            orgUnit = unitOf(subject);
        }
        Object detail = request.getAttribute(AuditNote.DETAIL);
        jdbc.sql("INSERT INTO audit_event (at, username, plan_id, org_unit, action, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), cut(username(request), 100), cut(subject, 36), cut(orgUnit, 100),
                        cut(request.getMethod() + " " + action, 200), status, detail == null ? null : cut(detail.toString(), 2000))
                .update();
    }

    /** The caller, or for a refused login the name it tried. */
    private static String username(HttpServletRequest request) {
        Object name = request.getAttribute(Callers.NAME_ATTRIBUTE);
        if (name != null) {
            return name.toString();
        }
        if (request.getUserPrincipal() != null) {
            return request.getUserPrincipal().getName();
        }
        return LoginThrottleFilter.attemptedAccount(request).map(attempted -> "(tried) " + attempted).orElse("(anonymous)");
    }

    private String unitOf(String subject) {
        return jdbc.sql("SELECT org_unit FROM plan WHERE id = ? UNION ALL SELECT org_unit FROM scenario WHERE id = ?")
                .params(subject, subject).query(String.class).optional().orElse(null);
    }

    /**
     * The newest rows an administrator may read: those of their organisation units, and those of no unit
     * (account administration, refused logins), optionally of one plan.
     */
    public List<Event> events(Caller caller, String planId, int limit) {
        AccessGate.checkRole(caller, Action.ADMINISTER);
        String where = planId == null ? "" : " AND plan_id = :plan";
        var query = jdbc.sql("SELECT id, at, username, plan_id, org_unit, action, status, detail FROM audit_event"
                + " WHERE (org_unit IS NULL OR org_unit IN (:units))" + where + " ORDER BY id DESC LIMIT :limit")
                .param("units", caller.orgUnits().isEmpty() ? List.of("") : List.copyOf(caller.orgUnits())).param("limit", limit);
        if (planId != null) {
            query = query.param("plan", planId);
        }
        return query.query((rs, row) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                rs.getString("plan_id"), rs.getString("org_unit"), rs.getString("action"), rs.getInt("status"), rs.getString("detail")))
                .list();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
