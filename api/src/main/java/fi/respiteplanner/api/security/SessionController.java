package fi.respiteplanner.api.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the web page's user is, what they may do, and the CSRF token their session's changes must carry. */
@RestController
@Tag(name = "Session")
public class SessionController {

    /** csrfHeader/csrfToken are null for callers without a session-bound token (bearer tokens). */
    public record Session(String username, List<Role> roles, Set<String> orgUnits, String csrfHeader, String csrfToken) {
    }

    /** What a login form posts besides the credentials; null fields when tokens need no CSRF protection (jwt mode). */
    public record Csrf(String headerName, String parameterName, String token) {
    }

    @Operation(summary = "A CSRF token for the login form (no login needed)")
    @GetMapping("/api/csrf")
    public Csrf csrf(CsrfToken csrf) {
        return csrf == null ? new Csrf(null, null, null) : new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
    }

    @Operation(summary = "The caller: name, roles, organisation units and (for browser sessions) the CSRF token")
    @GetMapping("/api/session")
    public Session session(CsrfToken csrf) {
        List<Role> roles = List.of(Role.values()).stream().filter(CurrentUser::has).toList();
        return new Session(CurrentUser.name(), roles, CurrentUser.orgUnits().orElse(Set.of()),
                csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
    }
}
