package fi.respiteplanner.api.security;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import fi.respiteplanner.api.web.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the caller is (authentication) for every request; what the caller may do is decided by the
 * engine's access gate, from the {@link Callers caller} built here. Two login modes
 * ({@code planner.security.mode}): {@code embedded} (default: users with bcrypt hashes in the plan
 * database; the web page's session with CSRF protection, HTTP Basic and API tokens for clients) and
 * {@code jwt} (an identity provider's bearer tokens; roles and organisation units from the token's
 * {@code roles} and {@code org_units} claims). Refusals are RFC 9457 problem bodies.
 */
@Configuration
public class SecurityConfiguration {

    /** The page's policy: everything from this origin, no inline scripts, no framing, no plug-ins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static final RequestMatcher API = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
            new AntPathRequestMatcher("/v3/api-docs/**"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, @Value("${planner.security.mode:embedded}") String mode, ProblemWriter problems,
            ApiTokens tokens, UserStore users, LoginThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthenticated = problemEntryPoint(problems);
        http.authorizeHttpRequests(requests -> requests
                // The login page, its script and styles, and the CSRF token its form posts: nothing of a plan.
                .requestMatchers(HttpMethod.GET, "/login", "/login.html", "/assets/**", "/api/csrf").permitAll()
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter((request, response) -> response.setHeader("Permissions-Policy", PERMISSIONS_POLICY)))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(unauthenticated))
                        .accessDeniedHandler(problemAccessDenied(problems, unauthenticated)));
        if (mode.equals("jwt")) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenRoles()))
                    .authenticationEntryPoint(unauthenticated))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        } else if (mode.equals("embedded")) {
            // A client that sends its credentials with each request and holds no session carries nothing a forged request
            // could use; every request that comes with a session cookie needs the CSRF token, whatever other header it has.
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                    .formLogin(form -> form.loginPage("/login").permitAll())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::credentialsWithoutSession))
                    .addFilterBefore(new LoginThrottleFilter(throttle, problems), CsrfFilter.class)
                    .addFilterBefore(new ApiTokenFilter(tokens, users, throttle, problems), BasicAuthenticationFilter.class);
        } else {
            throw new IllegalStateException("planner.security.mode must be embedded or jwt, not " + mode);
        }
        return http.build();
    }

    private static boolean credentialsWithoutSession(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getRequestedSessionId() == null;
    }

    /** API paths answer 401 with a problem body; the page's paths send the browser to the login form. */
    private static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint api) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(API, api);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /** 401 as a problem body; API clients (who sent credentials) are told the schemes, browsers get no login pop-up. */
    private static AuthenticationEntryPoint problemEntryPoint(ProblemWriter problems) {
        return (request, response, e) -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"respite-planner\", Bearer");
            }
            problems.write(response, HttpStatus.UNAUTHORIZED,
                    request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "Log in first" : "The credentials are not valid", List.of());
        };
    }

    /** 403 as a problem body; a change sent with no login at all (so no CSRF token either) is told to log in first. */
    private static AccessDeniedHandler problemAccessDenied(ProblemWriter problems, AuthenticationEntryPoint unauthenticated) {
        return (request, response, e) -> {
            boolean anonymous = request.getRequestedSessionId() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
            if (e instanceof CsrfException && anonymous) {
                unauthenticated.commence(request, response, null);
                return;
            }
            problems.write(response, HttpStatus.FORBIDDEN, e instanceof CsrfException
                    ? "The CSRF token is missing or out of date; reload the page" : "This is not allowed for your role", List.of());
        };
    }

    /** Roles from the token's {@code roles} claim (VIEWER, PLANNER, MANAGER, ADMIN); unknown ones are ignored. */
    static final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            var authorities = Callers.roles(jwt.getClaimAsStringList(Callers.ROLES_CLAIM)).stream()
                    .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
