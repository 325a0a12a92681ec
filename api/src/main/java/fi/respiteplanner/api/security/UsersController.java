package fi.respiteplanner.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.web.ApiException;
import fi.respiteplanner.common.Violation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administration: embedded users and the audit trail (ADMIN only). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration")
public class UsersController {

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UsersController(UserStore users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    record NewUser(String username, String password, Set<Role> roles, Set<String> orgUnits) {
    }

    @Operation(summary = "Users with their roles and organisation units (no password hashes)")
    @GetMapping("/users")
    public List<PlannerUser.View> list() {
        return users.list().stream().map(PlannerUser::view).toList();
    }

    @Operation(summary = "Create a user (password at least 12 characters; stored as a bcrypt hash)")
    @PostMapping("/users")
    public ResponseEntity<PlannerUser.View> create(@RequestBody NewUser user) {
        List<Violation> violations = new ArrayList<>();
        if (user.username() == null || !user.username().matches("[A-Za-z0-9._@-]{2,100}")) {
            violations.add(new Violation("username", "2-100 letters, digits or . _ @ -"));
        } else if (users.find(user.username()).isPresent()) {
            violations.add(new Violation("username", "is taken"));
        }
        if (user.password() == null || user.password().length() < 12) {
            violations.add(new Violation("password", "must be at least 12 characters"));
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            violations.add(new Violation("roles", "must hold at least one of VIEWER, PLANNER, MANAGER, ADMIN"));
        }
        if (user.orgUnits() == null || user.orgUnits().isEmpty() || user.orgUnits().stream().anyMatch(u -> u == null || u.isBlank())) {
            violations.add(new Violation("orgUnits", "must name at least one organisation unit"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        PlannerUser created = new PlannerUser(user.username(), encoder.encode(user.password()), user.roles(), user.orgUnits());
        users.insert(created);
        AuditLog.detail("user " + user.username() + " with roles " + user.roles() + " in " + user.orgUnits());
        return ResponseEntity.status(201).body(created.view());
    }

    @Operation(summary = "Delete a user")
    @DeleteMapping("/users/{username}")
    public ResponseEntity<Void> delete(@PathVariable String username) {
        if (!users.delete(username)) {
            throw ApiException.notFound("User " + username);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The audit trail, newest first, optionally of one plan")
    @GetMapping("/audit")
    public List<AuditLog.Event> audit(@RequestParam(required = false) String planId, @RequestParam(defaultValue = "200") int limit) {
        return audit.events(planId, Math.max(1, Math.min(limit, 10_000)));
    }
}
