package fi.respiteplanner.api.plans;

import java.time.Instant;

/** What a plan listing and a plan read answer: no documents, no personal data. */
public record PlanSummary(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String error, Instant createdAt, Instant updatedAt) {

    public static PlanSummary of(PlanRecord record) {
        return new PlanSummary(record.id(), record.kind(), record.orgUnit(), record.name(), record.status(), record.score(), record.timeLimitSeconds(),
                record.stepLimit(), record.error(), record.createdAt(), record.updatedAt());
    }
}
