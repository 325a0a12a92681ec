package fi.respiteplanner.api.plans;

import java.time.Instant;

/**
 * What a plan listing and a plan read answer: no documents, no personal data.
 *
 * @param score the running solver's best on this instance (the stored one lags by up to the save interval)
 * @param solvingSince when the running solver started, while it solves here
 * @param outcome what the stored solution comes to: feasible, broken rules, unmet requests, cost (null before the first)
 * @param basePlanId the plan a re-plan started from; {@code scenarioId} the what-if scenario of a variant
 */
public record PlanSummary(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String error, Instant createdAt, Instant updatedAt, Instant solvingSince, PlanOutcome outcome, PlanStage stage,
        String basePlanId, String scenarioId) {

    static PlanSummary of(PlanRecord record, PlanStatus status, String score, Instant solvingSince) {
        return new PlanSummary(record.id(), record.kind(), record.orgUnit(), record.name(), status, score, record.timeLimitSeconds(),
                record.stepLimit(), record.error(), record.createdAt(), record.updatedAt(), solvingSince, record.outcome(), record.stage(),
                record.basePlanId(), record.scenarioId());
    }
}
