package fi.respiteplanner.api.plans;

/** Where a plan is in the office's life of it, apart from solving ({@link PlanStatus}). */
public enum PlanStage {
    /** Being worked on; a planner may delete it. */
    DRAFT,
    /** What the families were told: one per kind and organisation unit; re-plans start from it. */
    PUBLISHED,
    /** Kept for the record (a published plan is archived when another one is published). */
    ARCHIVED
}
