package fi.respiteplanner.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fi.respiteplanner.api.access.Role;
import fi.respiteplanner.common.Violation;

/**
 * First run of the embedded mode: when there are no users yet, creates the administrator named by
 * {@code planner.security.bootstrap-admin} with the password read from the file
 * {@code planner.security.bootstrap-password-file} (or the setting {@code planner.security.bootstrap-password},
 * e.g. from the environment variable PLANNER_SECURITY_BOOTSTRAP_PASSWORD). The password is never
 * printed or logged; only its bcrypt hash is stored.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String passwordFile;
    private final String password;
    private final String orgUnits;

    FirstAdministrator(UserStore users, PasswordEncoder encoder, @Value("${planner.security.bootstrap-admin:}") String username,
            @Value("${planner.security.bootstrap-password-file:}") String passwordFile,
            @Value("${planner.security.bootstrap-password:}") String password,
            @Value("${planner.security.bootstrap-org-units:default}") String orgUnits) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.passwordFile = passwordFile;
        this.password = password;
        this.orgUnits = orgUnits;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.count() > 0 || username.isBlank()) {
            if (users.count() == 0) {
                LOG.warn("No users yet: set planner.security.bootstrap-admin and a bootstrap password (file) to create the first "
                        + "administrator (see README)");
            }
            return;
        }
        String secret = secret();
        Set<String> units = Arrays.stream(orgUnits.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>(Accounts.checkPassword(secret));
        violations.addAll(Accounts.checkUnits(units));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The first administrator cannot be created: " + violations);
        }
        users.insert(new PlannerUser(username, encoder.encode(secret), Set.of(Role.ADMIN), units));
        LOG.info("Created the first administrator '{}'", username);
    }

    private String secret() {
        if (!passwordFile.isBlank()) {
            try {
                return Files.readString(Path.of(passwordFile)).strip();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read planner.security.bootstrap-password-file", e);
            }
        }
        return password;
    }
}
