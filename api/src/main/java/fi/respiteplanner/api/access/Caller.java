package fi.respiteplanner.api.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks: a person with roles and organisation units, or the service itself (the nightly batch,
 * recovery after a restart), which is named and explicit, never "nobody". Built by the web layer from
 * the login; passed to every engine call.
 */
public record Caller(String name, Set<Role> roles, Set<String> orgUnits, boolean system) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        orgUnits = Set.copyOf(orgUnits);
    }

    public static Caller person(String name, Set<Role> roles, Set<String> orgUnits) {
        return new Caller(name, roles, orgUnits, false);
    }

    /** The service acting on its own for a named task; it may act on every unit's plans. */
    public static Caller system(String task) {
        return new Caller("system:" + task, EnumSet.allOf(Role.class), Set.of(), true);
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(held -> held.includes(role));
    }

    public boolean belongsTo(String orgUnit) {
        return system || orgUnits.contains(orgUnit);
    }

    /** The highest role held, for display. */
    public Role highestRole() {
        return roles.stream().max(Enum::compareTo).orElse(null);
    }
}
