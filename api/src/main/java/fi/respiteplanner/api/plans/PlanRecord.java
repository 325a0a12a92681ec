package fi.respiteplanner.api.plans;

import java.time.Instant;

/** A stored plan: the problem as submitted, the best solution so far and the status. */
public record PlanRecord(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String problem, String solution, String error, Instant createdAt, Instant updatedAt) {
}
