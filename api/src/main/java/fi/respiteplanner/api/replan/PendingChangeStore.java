package fi.respiteplanner.api.replan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Changes posted during the day, waiting for a plan's nightly re-plan. */
@Repository
class PendingChangeStore {

    record Pending(long id, String body) {
    }

    private final JdbcClient jdbc;

    PendingChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String planId, String body) {
        jdbc.sql("INSERT INTO pending_change (plan_id, created_at, body) VALUES (?, ?, ?)")
                .params(planId, Timestamp.from(Instant.now()), body).update();
    }

    List<Pending> list(String planId) {
        return jdbc.sql("SELECT id, body FROM pending_change WHERE plan_id = ? ORDER BY id").param(planId)
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("body"))).list();
    }

    /** Replaces one pending change of the plan; false when it is not (any longer) there. */
    boolean replace(String planId, long id, String body) {
        return jdbc.sql("UPDATE pending_change SET body = ? WHERE plan_id = ? AND id = ?").params(body, planId, id).update() == 1;
    }

    /** Removes one pending change of the plan; false when it is not (any longer) there. */
    boolean remove(String planId, long id) {
        return jdbc.sql("DELETE FROM pending_change WHERE plan_id = ? AND id = ?").params(planId, id).update() == 1;
    }

    List<String> plansWithPendingChanges() {
        return jdbc.sql("SELECT DISTINCT plan_id FROM pending_change ORDER BY plan_id").query(String.class).list();
    }

    /** Removes the changes a re-plan took (those up to and including {@code lastId}); later ones stay for the next night. */
    void clearThrough(String planId, long lastId) {
        jdbc.sql("DELETE FROM pending_change WHERE plan_id = ? AND id <= ?").params(planId, lastId).update();
    }
}
