package fi.respiteplanner.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: name, roles and organisation units, from an embedded login or an identity provider's
 * token (claims {@code roles} and {@code org_units}). No caller (the nightly batch) sees everything.
 */
public final class CurrentUser {

    public static final String ORG_UNITS_CLAIM = "org_units";
    public static final String ROLES_CLAIM = "roles";
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }

    /** The caller's organisation units; empty for the service itself (scheduled jobs). */
    public static Optional<Set<String>> orgUnits() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof PlannerUser user) {
            return Optional.of(user.orgUnits());
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            Collection<String> units = jwt.getClaimAsStringList(ORG_UNITS_CLAIM);
            return Optional.of(units == null ? Set.of() : Set.copyOf(units));
        }
        return Optional.of(Set.of());
    }

    public static boolean canSee(String orgUnit) {
        return orgUnits().map(units -> units.contains(orgUnit)).orElse(true);
    }

    public static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return true;
        }
        List<Role> atLeast = List.of(Role.values()).subList(role.ordinal(), Role.values().length);
        Set<String> authorities = authentication.getAuthorities().stream().map(a -> a.getAuthority()).collect(Collectors.toSet());
        return atLeast.stream().anyMatch(r -> authorities.contains(r.authority()));
    }
}
