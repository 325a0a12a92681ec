package fi.respiteplanner.api.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Plans and their changes in the embedded database. */
@Repository
public class PlanStore {

    private static final String SUMMARY_COLUMNS = "id, kind, org_unit, name, status, score, time_limit_seconds, step_limit, error, created_at, updated_at";

    private final JdbcClient jdbc;

    public PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PlanRecord plan) {
        jdbc.sql("""
                INSERT INTO plan (id, kind, org_unit, name, status, score, time_limit_seconds, step_limit, problem, solution, error,
                                  created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.kind(), plan.orgUnit(), plan.name(), plan.status().name(), plan.score(), plan.timeLimitSeconds(), plan.stepLimit(),
                        plan.problem(), plan.solution(), plan.error(), Timestamp.from(plan.createdAt()), Timestamp.from(plan.updatedAt()))
                .update();
    }

    /** The whole record, with problem and solution. */
    public Optional<PlanRecord> find(String kind, String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", problem, solution FROM plan WHERE id = ? AND kind = ?")
                .params(id, kind).query((rs, row) -> map(rs, true)).optional();
    }

    /** Plans of a kind without their documents, newest first. */
    public List<PlanRecord> list(String kind) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE kind = ? ORDER BY created_at DESC")
                .param(kind).query((rs, row) -> map(rs, false)).list();
    }

    public void updateStatus(String id, PlanStatus status, String error) {
        jdbc.sql("UPDATE plan SET status = ?, error = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), error, Timestamp.from(Instant.now()), id).update();
    }

    public void updateSolution(String id, String solution, String score) {
        jdbc.sql("UPDATE plan SET solution = ?, score = ?, updated_at = ? WHERE id = ?")
                .params(solution, score, Timestamp.from(Instant.now()), id).update();
    }

    public void updateSolutionAndStatus(String id, String solution, String score, PlanStatus status, String error) {
        jdbc.sql("UPDATE plan SET solution = ?, score = ?, status = ?, error = ?, updated_at = ? WHERE id = ?")
                .params(solution, score, status.name(), error, Timestamp.from(Instant.now()), id).update();
    }

    public void updateLimits(String id, long seconds, Long steps) {
        jdbc.sql("UPDATE plan SET time_limit_seconds = ?, step_limit = ? WHERE id = ?").params(seconds, steps, id).update();
    }

    public boolean delete(String id) {
        return jdbc.sql("DELETE FROM plan WHERE id = ?").param(id).update() > 0;
    }

    @Transactional
    public int markInterrupted() {
        return jdbc.sql("UPDATE plan SET status = ?, updated_at = ? WHERE status IN (?, ?)")
                .params(PlanStatus.INTERRUPTED.name(), Timestamp.from(Instant.now()), PlanStatus.QUEUED.name(), PlanStatus.SOLVING.name())
                .update();
    }

    public void recordChange(String planId, String summary, String body) {
        jdbc.sql("INSERT INTO plan_change (plan_id, created_at, summary, body) VALUES (?, ?, ?, ?)")
                .params(planId, Timestamp.from(Instant.now()), summary, body).update();
    }

    public List<String> changeSummaries(String planId) {
        return jdbc.sql("SELECT summary FROM plan_change WHERE plan_id = ? ORDER BY id").param(planId).query(String.class).list();
    }

    private static PlanRecord map(ResultSet rs, boolean withDocuments) throws SQLException {
        return new PlanRecord(rs.getString("id"), rs.getString("kind"), rs.getString("org_unit"), rs.getString("name"), PlanStatus.valueOf(rs.getString("status")),
                rs.getString("score"), rs.getLong("time_limit_seconds"), (Long) rs.getObject("step_limit", Long.class),
                withDocuments ? rs.getString("problem") : null, withDocuments ? rs.getString("solution") : null,
                rs.getString("error"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
