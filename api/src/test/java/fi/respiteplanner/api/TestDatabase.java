package fi.respiteplanner.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The store a test's service runs on, always new and empty: an H2 file in the test's directory (the default), or with
 * {@code -Dplanner.test.database=postgresql} (Maven profile {@code postgres}, as CI runs) a new database on the
 * PostgreSQL server that {@code planner.test.postgres.url}, {@code .user} and {@code .password} name. Only the data
 * source differs between the two, as in production.
 */
public final class TestDatabase {

    public static final boolean POSTGRES = "postgresql".equals(System.getProperty("planner.test.database", "h2"));

    /** Databases this old that a test run left behind are dropped by the next run (names carry their creation time). */
    private static final long LEFTOVER_SECONDS = 3600;
    private static final String PREFIX = "planner_t_";
    private static boolean leftoversDropped;

    private final String url;
    private final String user;
    private final String password;
    private final Path dataDir;

    private TestDatabase(String url, String user, String password, Path dataDir) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
    }

    /** A new, empty store; an H2 one lives in {@code dataDir}. */
    public static TestDatabase fresh(Path dataDir) {
        if (!POSTGRES) {
            return new TestDatabase("jdbc:h2:file:" + dataDir + "/planner", "planner", "", dataDir);
        }
        String server = required("planner.test.postgres.url");
        String user = required("planner.test.postgres.user");
        String password = System.getProperty("planner.test.postgres.password", "");
        String name = PREFIX + System.currentTimeMillis() / 1000 + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection admin = DriverManager.getConnection(server, user, password); Statement sql = admin.createStatement()) {
            dropLeftovers(sql);
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return new TestDatabase(server.substring(0, server.lastIndexOf('/') + 1) + name, user, password, dataDir);
    }

    /** Points a Spring test's service at a fresh store. */
    public static void register(DynamicPropertyRegistry registry, Path dataDir) {
        TestDatabase store = fresh(dataDir);
        registry.add("planner.data-dir", dataDir::toString);
        if (POSTGRES) {
            registry.add("spring.datasource.url", () -> store.url);
            registry.add("spring.datasource.username", () -> store.user);
            registry.add("spring.datasource.password", () -> store.password);
        }
    }

    /** Command-line arguments that point a service (a child process, or a context built by hand) at this store. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of("--planner.data-dir=" + dataDir));
        if (POSTGRES) {
            arguments.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password));
        }
        return arguments;
    }

    /** A connection of the test's own, to look at or change what the service stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static synchronized void dropLeftovers(Statement sql) throws SQLException {
        if (leftoversDropped) {
            return;
        }
        leftoversDropped = true;
        List<String> old = new ArrayList<>();
        long now = System.currentTimeMillis() / 1000;
        try (ResultSet names = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'planner\\_t\\_%'")) {
            while (names.next()) {
                String[] parts = names.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && now - Long.parseLong(parts[0]) > LEFTOVER_SECONDS) {
                    old.add(names.getString(1));
                }
            }
        }
        for (String name : old) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-Dplanner.test.database=postgresql needs -D" + property + " (see .ci/postgres)");
        }
        return value;
    }
}
