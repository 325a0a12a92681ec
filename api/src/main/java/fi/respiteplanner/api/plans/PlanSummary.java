package fi.respiteplanner.api.plans;

import java.time.Instant;

/**
 * What a plan listing and a plan read answer: no documents, no personal data.
 *
 * @param score the running solver's best on this instance (the stored one lags by up to the save interval)
 * @param solvingSince when the running solver started, while it solves here
 */
public record PlanSummary(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String error, Instant createdAt, Instant updatedAt, Instant solvingSince) {

    static PlanSummary of(PlanRecord record, PlanStatus status, String score, Instant solvingSince) {
        return new PlanSummary(record.id(), record.kind(), record.orgUnit(), record.name(), status, score, record.timeLimitSeconds(),
                record.stepLimit(), record.error(), record.createdAt(), record.updatedAt(), solvingSince);
    }
}
