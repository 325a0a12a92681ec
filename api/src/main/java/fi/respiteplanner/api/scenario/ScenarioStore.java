package fi.respiteplanner.api.scenario;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What-if comparisons and capacity sweeps (kind {@code respite} or {@code sweep}): a name, the base, the organisation unit
 * and the plans it solves (as JSON).
 */
@Repository
class ScenarioStore {

    record ScenarioRecord(String id, String name, String basePlan, String orgUnit, String variants, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ScenarioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final String WHAT_IF = "respite";
    static final String SWEEP = "sweep";

    void insert(String kind, ScenarioRecord scenario) {
        jdbc.sql("INSERT INTO scenario (id, kind, name, base_plan, org_unit, variants, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(scenario.id(), kind, scenario.name(), scenario.basePlan(), scenario.orgUnit(), scenario.variants(),
                        Timestamp.from(scenario.createdAt()))
                .update();
    }

    Optional<ScenarioRecord> find(String kind, String id) {
        return jdbc.sql("SELECT id, name, base_plan, org_unit, variants, created_at FROM scenario WHERE id = ? AND kind = ?").params(id, kind)
                .query((rs, row) -> new ScenarioRecord(rs.getString("id"), rs.getString("name"), rs.getString("base_plan"),
                        rs.getString("org_unit"), rs.getString("variants"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
