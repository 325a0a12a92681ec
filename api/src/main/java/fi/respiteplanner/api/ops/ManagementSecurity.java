package fi.respiteplanner.api.ops;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health, info and metrics answer without a login, and only on the management port ({@code management.server.port}):
 * the kubelet's probes and Prometheus cannot log in, and nothing there names a family, a plan or a user (see
 * {@link SolvingMetrics}). The port is bound to loopback by default and, in a container, never published outside the
 * pod's network (README, "Health and metrics"); on the service's port these paths do not exist (404 after the login).
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
