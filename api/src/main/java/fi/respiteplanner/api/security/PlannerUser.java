package fi.respiteplanner.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fi.respiteplanner.api.access.Role;

/** An embedded user: bcrypt hash, roles and the organisation units whose plans the user sees. */
public record PlannerUser(String username, String passwordHash, Set<Role> roles, Set<String> orgUnits) implements UserDetails {

    public PlannerUser {
        roles = Set.copyOf(roles);
        orgUnits = Set.copyOf(orgUnits);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** Without the hash, for listings. */
    public record View(String username, List<Role> roles, List<String> orgUnits) {
    }

    public View view() {
        return new View(username, roles.stream().sorted().toList(), orgUnits.stream().sorted().toList());
    }
}
