package fi.respiteplanner.api.security;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Two login modes ({@code planner.security.mode}): {@code embedded} (default: users
 * with bcrypt hashes in the plan database, HTTP Basic for API clients, a session with CSRF protection for
 * the web page) and {@code jwt} (an identity provider's bearer tokens; roles and organisation units from
 * the token's {@code roles} and {@code org_units} claims). Roles nest: ADMIN > MANAGER > PLANNER > VIEWER.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_MANAGER
                ROLE_MANAGER > ROLE_PLANNER
                ROLE_PLANNER > ROLE_VIEWER""");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, @Value("${planner.security.mode:embedded}") String mode) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The login page, its script and styles, and the CSRF token its form posts: nothing of a plan.
                .requestMatchers(HttpMethod.GET, "/login", "/login.html", "/assets/**", "/api/csrf").permitAll()
                .requestMatchers("/api/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/respite/scenarios/**").hasRole("MANAGER")
                .requestMatchers(HttpMethod.POST, "/api/**").hasRole("PLANNER")
                .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("VIEWER")
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated());
        if (mode.equals("jwt")) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenRoles())))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        } else if (mode.equals("embedded")) {
            // API clients send credentials with each request and hold no session cookie, so a forged request carries
            // nothing; only session-holding requests (the web page) need CSRF tokens.
            http.httpBasic(Customizer.withDefaults())
                    .formLogin(form -> form.loginPage("/login").permitAll())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(
                            request -> request.getHeader("Authorization") != null || request.getSession(false) == null));
        } else {
            throw new IllegalStateException("planner.security.mode must be embedded or jwt, not " + mode);
        }
        return http.build();
    }

    /** Roles from the token's {@code roles} claim (VIEWER, PLANNER, MANAGER, ADMIN). */
    static final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<String> roles = jwt.getClaimAsStringList(CurrentUser.ROLES_CLAIM);
            List<SimpleGrantedAuthority> authorities = (roles == null ? List.<String> of() : roles).stream()
                    .filter(role -> List.of("VIEWER", "PLANNER", "MANAGER", "ADMIN").contains(role))
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
