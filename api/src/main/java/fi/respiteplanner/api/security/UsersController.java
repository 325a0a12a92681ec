package fi.respiteplanner.api.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.access.Role;
import fi.respiteplanner.api.web.AuditNote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administration: embedded users of the administrator's organisation units, and the audit trail. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration")
public class UsersController {

    private static final int MAX_AUDIT_ROWS = 10_000;

    private final Accounts accounts;
    private final AuditLog audit;

    UsersController(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    record NewUser(String username, String password, Set<Role> roles, Set<String> orgUnits) {
    }

    /** A user's new roles and units, and optionally a new password. */
    record UserUpdate(String password, Set<Role> roles, Set<String> orgUnits) {
    }

    @Operation(summary = "Users of your organisation units with their roles and units (no password hashes)")
    @GetMapping("/users")
    public List<PlannerUser.View> list(Caller caller) {
        return accounts.list(caller);
    }

    @Operation(summary = "Create a user in your units (password 12 to 72 bytes; stored as a bcrypt hash)")
    @PostMapping("/users")
    public ResponseEntity<PlannerUser.View> create(Caller caller, AuditNote note, @RequestBody NewUser user) {
        PlannerUser.View created = accounts.create(caller, user.username(), new Accounts.UserChange(user.password(), user.roles(), user.orgUnits()));
        note.note(null, null, "created user " + created.username() + " with roles " + created.roles() + " in " + created.orgUnits());
        return ResponseEntity.status(201).body(created);
    }

    @Operation(summary = "Change a user's roles, units or password; their sessions end")
    @PutMapping("/users/{username}")
    public PlannerUser.View update(Caller caller, AuditNote note, @PathVariable String username, @RequestBody UserUpdate user) {
        PlannerUser.View changed = accounts.update(caller, username, new Accounts.UserChange(user.password(), user.roles(), user.orgUnits()));
        note.note(null, null, "changed user " + username + " to roles " + changed.roles() + " in " + changed.orgUnits()
                + (user.password() == null ? "" : ", new password"));
        return changed;
    }

    @Operation(summary = "Delete a user; their sessions and API tokens end")
    @DeleteMapping("/users/{username}")
    public ResponseEntity<Void> delete(Caller caller, AuditNote note, @PathVariable String username) {
        accounts.delete(caller, username);
        note.note(null, null, "deleted user " + username);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The audit trail of your units, newest first, optionally of one plan")
    @GetMapping("/audit")
    public List<AuditLog.Event> audit(Caller caller, @RequestParam(required = false) String planId,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > MAX_AUDIT_ROWS) {
            throw Refusal.invalid("limit", "must be between 1 and " + MAX_AUDIT_ROWS);
        }
        return audit.events(caller, planId, limit);
    }
}
