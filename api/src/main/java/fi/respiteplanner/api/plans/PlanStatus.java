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
    /**
     * Done or stopped, but its solution breaks a hard rule: never shown as finished, not for publishing or
     * re-planning until a change or another solve makes it keep every rule (shown, never stored).
     */
    NEEDS_ATTENTION,
    /** The solver failed; the last best solution (if any) is kept. */
    FAILED,
    /**
     * Its solver stopped without finishing (the service stopped or crashed); it resumes from its last saved
     * best, with every change acknowledged since, as soon as a solver of any instance is free.
     */
    INTERRUPTED;

    /** Queued, solving or waiting to resume: it holds a place in the solving queue. */
    public boolean isActive() {
        return this == QUEUED || this == SOLVING || this == INTERRUPTED;
    }
}
