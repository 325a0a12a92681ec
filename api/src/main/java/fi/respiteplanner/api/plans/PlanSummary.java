package fi.respiteplanner.api.plans;

import java.time.Instant;

/** What a plan listing and a plan read answer: no documents, no personal data. */
public record PlanSummary(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String error, Instant createdAt, Instant updatedAt, Instant solvingSince) {

    public static PlanSummary of(PlanRecord record) {
        return of(record, record.score(), null);
    }

    /** With the running solver's best score (the stored one lags by up to the save interval) and when it started. */
    static PlanSummary of(PlanRecord record, String liveScore, Instant solvingSince) {
        return new PlanSummary(record.id(), record.kind(), record.orgUnit(), record.name(), record.status(), liveScore, record.timeLimitSeconds(),
                record.stepLimit(), record.error(), record.createdAt(), record.updatedAt(), solvingSince);
    }
}
