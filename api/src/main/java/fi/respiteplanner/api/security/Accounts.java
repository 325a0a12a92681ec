package fi.respiteplanner.api.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.access.Role;
import fi.respiteplanner.common.Violation;

/**
 * Managing embedded users: an administrator manages only users all of whose organisation units are
 * theirs, and grants only units they hold; the last administrator stays; a user deleted or changed has
 * their browser sessions ended at once (their API tokens go with a deletion).
 */
@Service
public class Accounts {

    public static final int MAX_UNITS = 50;
    public static final int UNIT_LENGTH = 100;
    /** bcrypt reads at most 72 bytes: a longer password would be checked only in part. */
    public static final int PASSWORD_BYTES = 72;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<?> sessions;

    Accounts(UserStore users, PasswordEncoder encoder, FindByIndexNameSessionRepository<?> sessions) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** What a new or changed user should be; a null password keeps the old one. */
    public record UserChange(String password, Set<Role> roles, Set<String> orgUnits) {
    }

    public List<PlannerUser.View> list(Caller caller) {
        AccessGate.checkRole(caller, Action.ADMINISTER);
        return users.list().stream().filter(user -> manages(caller, user)).map(PlannerUser::view).toList();
    }

    @Transactional
    public PlannerUser.View create(Caller caller, String username, UserChange user) {
        AccessGate.checkRole(caller, Action.ADMINISTER);
        List<Violation> violations = new ArrayList<>();
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            violations.add(new Violation("username", "2-100 letters, digits or . _ @ -"));
        } else if (users.find(username).isPresent()) {
            violations.add(new Violation("username", "is taken"));
        }
        if (user.password() == null) {
            violations.add(new Violation("password", "is required"));
        }
        violations.addAll(check(caller, user));
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        PlannerUser created = new PlannerUser(username, encoder.encode(user.password()), user.roles(), user.orgUnits());
        users.insert(created);
        return created.view();
    }

    @Transactional
    public PlannerUser.View update(Caller caller, String username, UserChange change) {
        PlannerUser user = managed(caller, username);
        List<Violation> violations = check(caller, change);
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        if (user.roles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN) && users.administrators() <= 1) {
            throw Refusal.conflict("User " + username + " is the last administrator");
        }
        PlannerUser changed = new PlannerUser(username, change.password() == null ? user.passwordHash() : encoder.encode(change.password()),
                change.roles(), change.orgUnits());
        users.update(changed);
        endSessions(username);
        return changed.view();
    }

    @Transactional
    public void delete(Caller caller, String username) {
        PlannerUser user = managed(caller, username);
        if (user.roles().contains(Role.ADMIN) && users.administrators() <= 1) {
            throw Refusal.conflict("User " + username + " is the last administrator");
        }
        users.delete(username);
        endSessions(username);
    }

    /** Checks a password alone (also for the first administrator). */
    static List<Violation> checkPassword(String password) {
        if (password != null && (password.length() < 12 || password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_BYTES)) {
            return List.of(new Violation("password", "must be 12 to " + PASSWORD_BYTES + " bytes long"));
        }
        return List.of();
    }

    /** Checks organisation unit names alone (also for the first administrator). */
    static List<Violation> checkUnits(Set<String> units) {
        if (units == null || units.isEmpty() || units.size() > MAX_UNITS) {
            return List.of(new Violation("orgUnits", "must name 1 to " + MAX_UNITS + " organisation units"));
        }
        List<Violation> violations = new ArrayList<>();
        for (String unit : units) {
            if (unit == null || unit.isBlank() || unit.length() > UNIT_LENGTH || !unit.equals(unit.strip())
                    || unit.chars().anyMatch(c -> c == ',' || Character.isISOControl(c))) {
                violations.add(new Violation("orgUnits", "'" + printable(unit) + "' is not a unit name (1-" + UNIT_LENGTH
                        + " characters without commas, control characters or surrounding spaces)"));
            }
        }
        return violations;
    }

    private List<Violation> check(Caller caller, UserChange user) {
        List<Violation> violations = new ArrayList<>(checkPassword(user.password()));
        if (user.roles() == null || user.roles().isEmpty() || user.roles().contains(null)) {
            violations.add(new Violation("roles", "must hold at least one of VIEWER, PLANNER, MANAGER, ADMIN"));
        }
        violations.addAll(checkUnits(user.orgUnits()));
        if (violations.isEmpty()) {
            Set<String> foreign = new HashSet<>(user.orgUnits());
            foreign.removeIf(caller::belongsTo);
            if (!foreign.isEmpty()) {
                violations.add(new Violation("orgUnits", "you cannot grant units you do not hold: " + foreign.stream().sorted().toList()));
            }
        }
        return violations;
    }

    private PlannerUser managed(Caller caller, String username) {
        AccessGate.checkRole(caller, Action.ADMINISTER);
        return users.find(username).filter(user -> manages(caller, user)).orElseThrow(() -> Refusal.notFound("User " + username));
    }

    private static boolean manages(Caller caller, PlannerUser user) {
        return user.orgUnits().stream().allMatch(caller::belongsTo);
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private static String printable(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
