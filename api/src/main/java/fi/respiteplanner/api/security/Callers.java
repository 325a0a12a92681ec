package fi.respiteplanner.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Role;

/**
 * Turns the login of a request into the {@link Caller} its handler passes to the engine: an embedded
 * user (session, Basic or API token) or an identity provider's token (claims {@code roles} and
 * {@code org_units}). No login, no caller: the engine then refuses.
 */
public final class Callers implements HandlerMethodArgumentResolver {

    public static final String ORG_UNITS_CLAIM = "org_units";
    public static final String ROLES_CLAIM = "roles";
    /** The request attribute naming the caller, for the audit trail. */
    public static final String NAME_ATTRIBUTE = Callers.class.getName() + ".name";

    /** The caller of a login; null for none (or an anonymous one). */
    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (authentication.getPrincipal() instanceof PlannerUser user) {
            return Caller.person(user.username(), user.roles(), user.orgUnits());
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            Collection<String> units = jwt.getClaimAsStringList(ORG_UNITS_CLAIM);
            return Caller.person(authentication.getName(), roles(jwt.getClaimAsStringList(ROLES_CLAIM)), units == null ? Set.of() : Set.copyOf(units));
        }
        return null;
    }

    /** The roles a token names; unknown names are ignored. */
    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Caller caller = of(SecurityContextHolder.getContext().getAuthentication());
        if (caller != null) {
            request.setAttribute(NAME_ATTRIBUTE, caller.name(), RequestAttributes.SCOPE_REQUEST);
        }
        return caller;
    }
}
