package fi.respiteplanner.api.office;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which families of a plan's contact list the office has reached: who set the mark and when. */
@Repository
class ContactMarks {

    /** A family marked contacted by a user at a moment. */
    public record Contacted(String by, Instant at) {
    }

    private final JdbcClient jdbc;

    ContactMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Contacted mark(String planId, String clientId, String by) {
        Contacted contacted = new Contacted(by, Instant.now());
        // Plain SQL that H2 and PostgreSQL share; two marks of one family at the same moment: the second answers 409.
        Timestamp at = Timestamp.from(contacted.at());
        int updated = jdbc.sql("UPDATE contact_mark SET contacted_by = ?, contacted_at = ? WHERE plan_id = ? AND client_id = ?")
                .params(by, at, planId, clientId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO contact_mark (plan_id, client_id, contacted_by, contacted_at) VALUES (?, ?, ?, ?)")
                    .params(planId, clientId, by, at).update();
        }
        return contacted;
    }

    /** @return whether there was a mark */
    boolean unmark(String planId, String clientId) {
        return jdbc.sql("DELETE FROM contact_mark WHERE plan_id = ? AND client_id = ?").params(planId, clientId).update() > 0;
    }

    Map<String, Contacted> of(String planId) {
        return jdbc.sql("SELECT client_id, contacted_by, contacted_at FROM contact_mark WHERE plan_id = ?").param(planId)
                .query((rs, row) -> Map.entry(rs.getString("client_id"),
                        new Contacted(rs.getString("contacted_by"), rs.getTimestamp("contacted_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
