package fi.respiteplanner.api.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.access.Role;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.common.Violation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the caller is, the CSRF token their session's changes must carry, and their API tokens. */
@RestController
@Tag(name = "Session")
public class SessionController {

    private static final int MAX_TOKEN_DAYS = 366;

    private final ApiTokens tokens;
    private final boolean embedded;

    SessionController(ApiTokens tokens, @Value("${planner.security.mode:embedded}") String mode) {
        this.tokens = tokens;
        this.embedded = mode.equals("embedded");
    }

    /** csrfHeader/csrfToken are null for callers without a session-bound token (bearer tokens). */
    public record Session(String username, List<Role> roles, Set<String> orgUnits, String csrfHeader, String csrfToken) {
    }

    /** What a login form posts besides the credentials; null fields when tokens need no CSRF protection (jwt mode). */
    public record Csrf(String headerName, String parameterName, String token) {
    }

    /** A new API token's name and how many days it lives (default 90). */
    record TokenRequest(String name, Integer days) {
    }

    @Operation(summary = "A CSRF token for the login form (no login needed)")
    @GetMapping("/api/csrf")
    public Csrf csrf(CsrfToken csrf) {
        return csrf == null ? new Csrf(null, null, null) : new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
    }

    @Operation(summary = "The caller: name, roles, organisation units and (for browser sessions) the CSRF token")
    @GetMapping("/api/session")
    public Session session(Caller caller, CsrfToken csrf) {
        AccessGate.checkRole(caller, Action.READ);
        List<Role> roles = List.of(Role.values()).stream().filter(caller::has).toList();
        return new Session(caller.name(), roles, caller.orgUnits(), csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken());
    }

    @Operation(summary = "Create an API token for yourself (embedded login): send it as 'Authorization: Bearer …'; shown once")
    @PostMapping("/api/session/tokens")
    public ResponseEntity<ApiTokens.Issued> createToken(Caller caller, AuditNote note, @RequestBody TokenRequest request) {
        AccessGate.checkRole(caller, Action.READ);
        requireEmbedded();
        int days = request.days() == null ? 90 : request.days();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw Refusal.invalid(List.of(new Violation("name", "is required (1-100 characters)")));
        }
        if (days < 1 || days > MAX_TOKEN_DAYS) {
            throw Refusal.invalid("days", "must be between 1 and " + MAX_TOKEN_DAYS);
        }
        ApiTokens.Issued issued = tokens.issue(caller.name(), request.name(), Duration.ofDays(days));
        note.note(null, null, "API token " + issued.id() + " for " + days + " days");
        return ResponseEntity.status(201).body(issued);
    }

    @Operation(summary = "Your API tokens (without their secrets)")
    @GetMapping("/api/session/tokens")
    public List<ApiTokens.TokenView> listTokens(Caller caller) {
        AccessGate.checkRole(caller, Action.READ);
        requireEmbedded();
        return tokens.list(caller.name());
    }

    @Operation(summary = "Revoke one of your API tokens")
    @DeleteMapping("/api/session/tokens/{id}")
    public ResponseEntity<Void> revokeToken(Caller caller, AuditNote note, @PathVariable String id) {
        AccessGate.checkRole(caller, Action.READ);
        requireEmbedded();
        if (!tokens.revoke(caller.name(), id)) {
            throw Refusal.notFound("Token " + id);
        }
        note.note(null, null, "revoked API token " + id);
        return ResponseEntity.noContent().build();
    }

    private void requireEmbedded() {
        if (!embedded) {
            throw Refusal.conflict("API tokens belong to the embedded login; with an identity provider, use its tokens");
        }
    }
}
