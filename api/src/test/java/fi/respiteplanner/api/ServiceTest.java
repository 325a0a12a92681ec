package fi.respiteplanner.api;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The common ground of the service tests: the application on a random port (each subclass adds
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with its own settings) and a fresh store per test class
 * ({@link TestDatabase}: an H2 file in a temporary directory, or a new PostgreSQL database).
 */
public abstract class ServiceTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, dataDir);
    }

    @LocalServerPort
    protected int port;
}
