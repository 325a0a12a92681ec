package fi.respiteplanner.api.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The embedded users, in the plan database. */
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
        return jdbc.sql("SELECT username, password_hash, roles, org_units FROM app_user WHERE username = ?").param(username)
                .query((rs, row) -> map(rs)).optional();
    }

    public List<PlannerUser> list() {
        return jdbc.sql("SELECT username, password_hash, roles, org_units FROM app_user ORDER BY username").query((rs, row) -> map(rs))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public void insert(PlannerUser user) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, org_units, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.username(), user.passwordHash(), join(user.roles().stream().map(Role::name).collect(Collectors.toSet())),
                        join(user.orgUnits()), Timestamp.from(Instant.now()))
                .update();
    }

    public boolean delete(String username) {
        return jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update() > 0;
    }

    private static PlannerUser map(ResultSet rs) throws SQLException {
        return new PlannerUser(rs.getString("username"), rs.getString("password_hash"),
                split(rs.getString("roles")).stream().map(Role::valueOf).collect(Collectors.toSet()), split(rs.getString("org_units")));
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }
}
