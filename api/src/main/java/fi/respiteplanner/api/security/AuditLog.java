package fi.respiteplanner.api.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail: every mutating API call (POST, PUT, DELETE) is recorded after it completes, with
 * who, when, which plan, which action, the answer's status and a summary of what changed (which a
 * controller adds with {@link #detail}; ids only, never personal data).
 */
@Component
public class AuditLog implements HandlerInterceptor {

    private static final String DETAIL = AuditLog.class.getName() + ".detail";

    public record Event(long id, Instant at, String username, String planId, String action, int status, String detail) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds what changed to the audit event of the current request. */
    public static void detail(String summary) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(DETAIL, summary, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getMethod().equals("GET") || !request.getRequestURI().startsWith("/api/")) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String planId = variables == null ? null : variables.get("id");
        Object detail = request.getAttribute(DETAIL);
        String action = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        jdbc.sql("INSERT INTO audit_event (at, username, plan_id, action, status, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), CurrentUser.name(), planId, action, response.getStatus(),
                        detail == null ? null : truncate(detail.toString()))
                .update();
    }

    public List<Event> events(String planId, int limit) {
        String where = planId == null ? "" : " WHERE plan_id = :plan";
        var query = jdbc.sql("SELECT id, at, username, plan_id, action, status, detail FROM audit_event" + where
                + " ORDER BY id DESC LIMIT :limit").param("limit", limit);
        if (planId != null) {
            query = query.param("plan", planId);
        }
        return query.query((rs, row) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                rs.getString("plan_id"), rs.getString("action"), rs.getInt("status"), rs.getString("detail"))).list();
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
