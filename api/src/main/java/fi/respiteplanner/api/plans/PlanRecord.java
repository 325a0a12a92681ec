package fi.respiteplanner.api.plans;

import java.time.Duration;
import java.time.Instant;

/**
 * A stored plan: the problem as submitted, the best solution so far and the status.
 *
 * @param changesThrough the last change-log entry the stored solution includes (later live changes are re-applied on reading)
 * @param spentMillis solving time used so far (a resumed job solves the rest of its limit)
 * @param solverInstance the service instance solving it; {@code heartbeatAt} when it last said so
 * @param outcome what the stored solution comes to (null before the first one)
 * @param basePlanId the plan this one re-plans; {@code scenarioId} the what-if scenario it is a variant of
 */
public record PlanRecord(String id, String kind, String orgUnit, String name, PlanStatus status, String score, long timeLimitSeconds,
        Long stepLimit, String problem, String solution, String error, Instant createdAt, Instant updatedAt, long changesThrough,
        long spentMillis, String solverInstance, Instant heartbeatAt, boolean stopRequested, PlanOutcome outcome, PlanStage stage,
        String basePlanId, String scenarioId) {

    /** The longest plan name the store keeps. */
    public static final int NAME_LENGTH = 300;

    /** A new plan, queued. */
    static PlanRecord queued(String id, String kind, String orgUnit, String name, long timeLimitSeconds, Long stepLimit, String problem,
            String basePlanId, String scenarioId, Instant now) {
        return new PlanRecord(id, kind, orgUnit, name, PlanStatus.QUEUED, null, timeLimitSeconds, stepLimit, problem, null, null, now, now,
                0, 0, null, null, false, null, PlanStage.DRAFT, basePlanId, scenarioId);
    }

    /**
     * The status a reader sees: a plan whose solver stopped saying it is alive was interrupted (it resumes when
     * taken over); a finished plan known to break a hard rule needs attention.
     */
    public PlanStatus visibleStatus(Instant now, Duration heartbeatTimeout) {
        if (status == PlanStatus.SOLVING && (heartbeatAt == null || heartbeatAt.plus(heartbeatTimeout).isBefore(now))) {
            return PlanStatus.INTERRUPTED;
        }
        if ((status == PlanStatus.DONE || status == PlanStatus.STOPPED) && outcome != null && !outcome.feasible()) {
            return PlanStatus.NEEDS_ATTENTION;
        }
        return status;
    }
}
