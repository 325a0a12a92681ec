package fi.respiteplanner.api.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

import fi.respiteplanner.api.access.Role;

/** The embedded users, in the plan database: roles in the user's row, organisation units one row each. */
@Repository
public class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PlannerUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<PlannerUser> find(String username) {
        return jdbc.sql("SELECT username, password_hash, roles FROM app_user WHERE username = ?").param(username)
                .query((rs, row) -> new PlannerUser(rs.getString("username"), rs.getString("password_hash"), roles(rs.getString("roles")),
                        Set.of()))
                .optional().map(user -> new PlannerUser(user.username(), user.passwordHash(), user.roles(), units(user.username())));
    }

    public List<PlannerUser> list() {
        Map<String, Set<String>> units = jdbc.sql("SELECT username, org_unit FROM app_user_org_unit")
                .query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("org_unit"))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("SELECT username, password_hash, roles FROM app_user ORDER BY username")
                .query((rs, row) -> new PlannerUser(rs.getString("username"), rs.getString("password_hash"), roles(rs.getString("roles")),
                        units.getOrDefault(rs.getString("username"), Set.of())))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** Users holding the ADMIN role. */
    public long administrators() {
        return list().stream().filter(user -> user.roles().contains(Role.ADMIN)).count();
    }

    /** Inserts a user; a username taken meanwhile by another request ends in a DuplicateKeyException. */
    public void insert(PlannerUser user) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)")
                .params(user.username(), user.passwordHash(), join(user.roles()), Timestamp.from(Instant.now())).update();
        insertUnits(user);
    }

    /** Replaces a user's password hash, roles and units. */
    public void update(PlannerUser user) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, roles = ? WHERE username = ?")
                .params(user.passwordHash(), join(user.roles()), user.username()).update();
        jdbc.sql("DELETE FROM app_user_org_unit WHERE username = ?").param(user.username()).update();
        insertUnits(user);
    }

    public boolean delete(String username) {
        return jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update() > 0;
    }

    private void insertUnits(PlannerUser user) {
        for (String unit : new TreeSet<>(user.orgUnits())) {
            jdbc.sql("INSERT INTO app_user_org_unit (username, org_unit) VALUES (?, ?)").params(user.username(), unit).update();
        }
    }

    private Set<String> units(String username) {
        return Set.copyOf(jdbc.sql("SELECT org_unit FROM app_user_org_unit WHERE username = ?").param(username).query(String.class).list());
    }

    private static String join(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String names) {
        return Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toSet());
    }
}
