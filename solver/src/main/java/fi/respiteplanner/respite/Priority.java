package fi.respiteplanner.respite;

/**
 * How much an unmet night of a request weighs. The factors are defaults; a plan may override them
 * ({@link PlanParameters#priorityWeights()}).
 */
public enum Priority {
    /** The carer's crisis: hospitalisation, exhaustion. */
    URGENT(4),
    /** Statutory days off already postponed, or a decision-based entitlement. */
    HIGH(2),
    NORMAL(1);

    private final int defaultWeight;

    Priority(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
