package fi.respiteplanner.api.plans;

/** Where a plan is in its life. */
public enum PlanStatus {
    /** Waiting for a free solver. */
    QUEUED,
    SOLVING,
    /** Solved to its time limit. */
    DONE,
    /** Stopped early by a user; the best solution is kept. */
    STOPPED,
    /** The solver failed; the last best solution (if any) is kept. */
    FAILED,
    /** The service stopped while the plan was queued or solving; it can be resumed. */
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
