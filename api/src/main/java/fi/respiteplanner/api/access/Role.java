package fi.respiteplanner.api.access;

/** What a user may do; each role includes the ones before it. The service's one role hierarchy. */
public enum Role {
    /** Reads plans, KPIs, explanations, diffs. */
    VIEWER,
    /** Creates, solves, changes, re-plans, publishes and archives plans, deletes drafts; applies recommendations. */
    PLANNER,
    /** Runs what-if scenarios and sets constraint weights. */
    MANAGER,
    /** Manages users, deletes published and archived plans, reads the audit trail. */
    ADMIN;

    /** Whether this role may do what {@code other} may. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The name an identity provider's token or Spring Security's authorities use. */
    public String authority() {
        return "ROLE_" + name();
    }
}
