package fi.respiteplanner.api.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans and their change logs in the database. Writes that read a plan first lock its row
 * ({@link #lock}) inside the caller's transaction, so that writes to one plan never lose each other.
 */
@Repository
public class PlanStore {

    private static final String SUMMARY_COLUMNS = "id, kind, org_unit, name, status, score, time_limit_seconds, step_limit, error, "
            + "created_at, updated_at, changes_through, spent_millis, solver_instance, heartbeat_at, stop_requested, outcome, stage, base_plan_id, "
            + "scenario_id";

    /** What a change-log entry is: see V4__durable_plans.sql. */
    public enum Effect {
        LIVE, STORED, NOTE
    }

    /** A logged change: its place in the log and the body as sent. */
    public record LoggedChange(long seq, String body) {
    }

    private final JdbcClient jdbc;

    public PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PlanRecord plan) {
        jdbc.sql("""
                INSERT INTO plan (id, kind, org_unit, name, status, score, time_limit_seconds, step_limit, problem, solution, error,
                                  created_at, updated_at, stage, base_plan_id, scenario_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.kind(), plan.orgUnit(), plan.name(), plan.status().name(), plan.score(), plan.timeLimitSeconds(),
                        plan.stepLimit(), plan.problem(), plan.solution(), plan.error(), Timestamp.from(plan.createdAt()),
                        Timestamp.from(plan.updatedAt()), plan.stage().name(), plan.basePlanId(), plan.scenarioId())
                .update();
    }

    /** The whole record, with problem and solution. */
    public Optional<PlanRecord> find(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", problem, solution FROM plan WHERE id = ?")
                .param(id).query((rs, row) -> map(rs, true)).optional();
    }

    /** The whole record, its row locked until the surrounding transaction ends. */
    Optional<PlanRecord> lock(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", problem, solution FROM plan WHERE id = ? FOR UPDATE")
                .param(id).query((rs, row) -> map(rs, true)).optional();
    }

    /** The record without its documents. */
    public Optional<PlanRecord> findSummary(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE id = ?").param(id).query((rs, row) -> map(rs, false)).optional();
    }

    /** The problems of a what-if scenario's plans: its base and its variants. */
    List<String> problemsInScenario(String scenarioId) {
        return jdbc.sql("SELECT problem FROM plan WHERE scenario_id = ?").param(scenarioId).query(String.class).list();
    }

    /** Plans of a kind without their documents, newest first. */
    List<PlanRecord> list(String kind) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE kind = ? ORDER BY created_at DESC")
                .param(kind).query((rs, row) -> map(rs, false)).list();
    }

    /** Plans that hold a place in the solving queue (queued, solving or waiting to resume). */
    List<PlanRecord> active() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE status IN (?, ?, ?)")
                .params(PlanStatus.QUEUED.name(), PlanStatus.SOLVING.name(), PlanStatus.INTERRUPTED.name())
                .query((rs, row) -> map(rs, false)).list();
    }

    /** Plans of every kind and instance waiting for a solver: queued, or interrupted and waiting to resume. */
    public long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM plan WHERE status IN (?, ?)").params(PlanStatus.QUEUED.name(), PlanStatus.INTERRUPTED.name())
                .query(Long.class).single();
    }

    void updateStatus(String id, PlanStatus status, String error) {
        jdbc.sql("UPDATE plan SET status = ?, error = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), error, now(), id).update();
    }

    /** A solver of this instance takes the plan. */
    void markSolving(String id, String instance) {
        jdbc.sql("UPDATE plan SET status = ?, error = NULL, solver_instance = ?, heartbeat_at = ?, updated_at = ? WHERE id = ?")
                .params(PlanStatus.SOLVING.name(), instance, now(), now(), id).update();
    }

    /**
     * A running solver's progress: its best solution (including the change log up to {@code changesThrough}),
     * time used and a heartbeat; only while this instance still holds the plan.
     *
     * @return false when the plan is gone or another instance took it over (the solver should stop)
     */
    boolean saveProgress(String id, String instance, String solution, String score, PlanOutcome outcome, long changesThrough,
            long spentMillis) {
        return jdbc.sql("""
                UPDATE plan SET solution = COALESCE(?, solution), score = COALESCE(?, score), outcome = COALESCE(?, outcome),
                                changes_through = ?, spent_millis = ?, heartbeat_at = ?, updated_at = ?
                WHERE id = ? AND status = ? AND solver_instance = ?""")
                .params(solution, score, json(outcome), changesThrough, spentMillis, now(), now(), id, PlanStatus.SOLVING.name(), instance)
                .update() > 0;
    }

    /** A solver's last word on a plan. */
    void saveFinal(String id, String solution, String score, PlanOutcome outcome, long changesThrough, long spentMillis, PlanStatus status,
            String error) {
        jdbc.sql("""
                UPDATE plan SET solution = COALESCE(?, solution), score = COALESCE(?, score), outcome = COALESCE(?, outcome),
                                changes_through = ?, spent_millis = ?, status = ?, error = ?, solver_instance = NULL, heartbeat_at = NULL,
                                stop_requested = FALSE, updated_at = ?
                WHERE id = ?""")
                .params(solution, score, json(outcome), changesThrough, spentMillis, status.name(), error, now(), id).update();
    }

    /** A stored (not solving) plan's new solution, including the change log up to {@code changesThrough}. */
    void saveSolution(String id, String solution, String score, PlanOutcome outcome, long changesThrough) {
        jdbc.sql("UPDATE plan SET solution = ?, score = ?, outcome = ?, changes_through = ?, updated_at = ? WHERE id = ?")
                .params(solution, score, json(outcome), changesThrough, now(), id).update();
    }

    void rename(String id, String name) {
        jdbc.sql("UPDATE plan SET name = ?, updated_at = ? WHERE id = ?").params(name, now(), id).update();
    }

    void setStage(String id, PlanStage stage) {
        jdbc.sql("UPDATE plan SET stage = ?, updated_at = ? WHERE id = ?").params(stage.name(), now(), id).update();
    }

    /** The unit's published plan of a kind, if any. */
    Optional<PlanRecord> published(String kind, String orgUnit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE kind = ? AND org_unit = ? AND stage = ?")
                .params(kind, orgUnit, PlanStage.PUBLISHED.name()).query((rs, row) -> map(rs, false)).optional();
    }

    /** Queued again to solve from its best solution with new limits. */
    void requeue(String id, long seconds, Long steps) {
        jdbc.sql("""
                UPDATE plan SET status = ?, error = NULL, time_limit_seconds = ?, step_limit = ?, spent_millis = 0, stop_requested = FALSE,
                                solver_instance = NULL, heartbeat_at = NULL, updated_at = ?
                WHERE id = ?""")
                .params(PlanStatus.QUEUED.name(), seconds, steps, now(), id).update();
    }

    void requestStop(String id) {
        jdbc.sql("UPDATE plan SET stop_requested = TRUE, updated_at = ? WHERE id = ?").params(now(), id).update();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM plan WHERE id = ?").param(id).update() > 0;
    }

    /** @return the entry's place in the log */
    long recordChange(String planId, String summary, String body, Effect effect, String username) {
        jdbc.sql("INSERT INTO plan_change (plan_id, created_at, summary, body, effect, username) VALUES (?, ?, ?, ?, ?, ?)")
                .params(planId, now(), summary, body, effect.name(), username).update();
        return jdbc.sql("SELECT MAX(id) FROM plan_change WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    /** Changes sent to a running solver after {@code seq}, oldest first. */
    List<LoggedChange> liveChangesAfter(String planId, long seq) {
        return jdbc.sql("SELECT id, body FROM plan_change WHERE plan_id = ? AND id > ? AND effect = ? ORDER BY id")
                .params(planId, seq, Effect.LIVE.name()).query((rs, row) -> new LoggedChange(rs.getLong("id"), rs.getString("body"))).list();
    }

    List<String> changeSummaries(String planId) {
        return jdbc.sql("SELECT summary FROM plan_change WHERE plan_id = ? ORDER BY id").param(planId).query(String.class).list();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static PlanRecord map(ResultSet rs, boolean withDocuments) throws SQLException {
        Timestamp heartbeat = rs.getTimestamp("heartbeat_at");
        return new PlanRecord(rs.getString("id"), rs.getString("kind"), rs.getString("org_unit"), rs.getString("name"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("score"), rs.getLong("time_limit_seconds"),
                (Long) rs.getObject("step_limit", Long.class), withDocuments ? rs.getString("problem") : null,
                withDocuments ? rs.getString("solution") : null, rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("changes_through"), rs.getLong("spent_millis"),
                rs.getString("solver_instance"), heartbeat == null ? null : heartbeat.toInstant(), rs.getBoolean("stop_requested"),
                PlanOutcome.fromJson(rs.getString("outcome")), PlanStage.valueOf(rs.getString("stage")), rs.getString("base_plan_id"),
                rs.getString("scenario_id"));
    }

    private static String json(PlanOutcome outcome) {
        return outcome == null ? null : outcome.toJson();
    }
}
