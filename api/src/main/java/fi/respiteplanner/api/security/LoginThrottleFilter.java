package fi.respiteplanner.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import fi.respiteplanner.api.web.ProblemWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a login attempt (form, Basic or token) with 429 while its account or address is throttled. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = attemptedAccount(request);
        boolean attempt = account.isPresent() || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        Optional<Duration> blocked = attempt ? throttle.blockedFor(account.orElse(null), request.getRemoteAddr()) : Optional.empty();
        if (blocked.isPresent()) {
            long seconds = Math.max(1, blocked.get().toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins; try again in " + seconds + " seconds", List.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The username a request tries to log in as: the login form's, or a Basic header's. */
    static Optional<String> attemptedAccount(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
