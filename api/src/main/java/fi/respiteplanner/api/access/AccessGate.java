package fi.respiteplanner.api.access;

/**
 * The one place that decides who may do what with the things of an organisation unit (plans, their
 * solutions, changes, pending changes, diffs, scenarios, users, audit rows). It fails closed: no caller,
 * no access; another unit's thing is answered as not found, so its existence cannot be probed.
 */
public final class AccessGate {

    /** What a caller wants to do, and the least role that may. */
    public enum Action {
        READ(Role.VIEWER),
        /** Create, solve, stop, change, re-plan, publish, archive, rename; delete drafts; recommendations. */
        PLAN(Role.PLANNER),
        /** Families' contact details (personal data) and the office's contacted marks. */
        CONTACT(Role.PLANNER),
        /** What-if scenarios; constraint weights in a plan. */
        MANAGE(Role.MANAGER),
        /** Delete published and archived plans; users and the audit trail. */
        ADMINISTER(Role.ADMIN);

        private final Role role;

        Action(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }
    }

    private AccessGate() {
    }

    /**
     * Passes when the caller may do the action on a thing of that unit: no caller is refused first, then a
     * role that may not do it at all, then a unit the caller does not belong to (as not found).
     *
     * @param what names the thing in the refusal, e.g. "Plan 6f1c…"
     */
    public static void check(Caller caller, String orgUnit, Action action, String what) {
        checkRole(caller, action);
        if (orgUnit == null || !caller.belongsTo(orgUnit)) {
            throw Refusal.notFound(what);
        }
    }

    /** Passes when the caller's role allows the action at all (e.g. before anything of a unit is read). */
    public static void checkRole(Caller caller, Action action) {
        if (caller == null) {
            throw Refusal.unauthenticated();
        }
        if (!caller.has(action.role())) {
            throw Refusal.forbidden("This needs the " + action.role() + " role");
        }
    }

    /** Whether a thing of that unit appears in the caller's lists. */
    public static boolean sees(Caller caller, String orgUnit) {
        return caller != null && orgUnit != null && caller.belongsTo(orgUnit) && caller.has(Role.VIEWER);
    }

    /**
     * The organisation unit a new thing belongs to: the one asked for (if the caller's), else the caller's
     * only one. The service itself must always say which.
     */
    public static String unitForNew(Caller caller, String requested, Action action) {
        checkRole(caller, action);
        if (requested != null) {
            if (!caller.belongsTo(requested)) {
                throw Refusal.forbidden("orgUnit: '" + requested + "' is not one of your organisation units");
            }
            return requested;
        }
        if (caller.orgUnits().size() != 1) {
            throw Refusal.invalid("orgUnit", "is required: you belong to " + caller.orgUnits().size() + " organisation units");
        }
        return caller.orgUnits().iterator().next();
    }
}
