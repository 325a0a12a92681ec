package fi.respiteplanner.api.security;

/** What a user may do; each role includes the ones below it. */
public enum Role {
    /** Reads plans, KPIs, explanations, diffs. */
    VIEWER,
    /** Creates, solves, changes and re-plans plans; applies recommendations. */
    PLANNER,
    /** Runs what-if scenarios and sets constraint weights. */
    MANAGER,
    /** Manages users, deletes plans, reads the audit trail. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
