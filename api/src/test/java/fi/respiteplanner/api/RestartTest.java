package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Stops and starts the service on one data directory: a plan solving at shutdown saves its best, waits as
 * INTERRUPTED and resumes by itself at the next start; plans and statuses survive. (A killed process:
 * {@code CrashRecoveryIT}.)
 */
class RestartTest {

    private static final String PLANS = "/api/respite/plans";

    @TempDir
    Path dataDir;

    private TestDatabase store;

    @BeforeEach
    void freshStore() {
        store = TestDatabase.fresh(dataDir);
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--planner.save-interval=100ms",
                "--spring.quartz.scheduler-name=restart-test"));
        arguments.addAll(store.arguments());
        return new SpringApplicationBuilder(RespitePlannerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aPlanSolvingAtShutdownResumesAtTheNextStartFromItsBestSolution() throws SQLException {
        String id;
        String doneId;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            String small = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
            doneId = http.post(PLANS + "?timeLimitSeconds=1", small).json().get("id").asText();
            id = http.post(PLANS + "?timeLimitSeconds=300", small).json().get("id").asText();
            http.await(PLANS + "/" + doneId, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("SOLVING") && plan.hasNonNull("score"),
                    Duration.ofSeconds(60));
        }
        String scoreAtShutdown;
        try (Connection db = store.connect();
                ResultSet plan = db.createStatement().executeQuery("SELECT status, score, solution FROM plan WHERE id = '" + id + "'")) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString("status")).isEqualTo("INTERRUPTED");
            scoreAtShutdown = plan.getString("score");
            assertThat(scoreAtShutdown).startsWith("[0]hard/");
            assertThat(plan.getString("solution")).contains("\"bed\"");
        }
        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.get(PLANS + "/" + doneId).json().get("status").asText()).isEqualTo("DONE");
            assertThat(http.get(PLANS).json()).hasSize(2);
            http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("SOLVING"), Duration.ofSeconds(60));
            JsonNode stopped = http.post(PLANS + "/" + id + "/stop", "").json();
            assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
            assertThat(BendableLongScore.parseScore(stopped.get("score").asText()))
                    .as("resumed from the best saved at shutdown").isGreaterThanOrEqualTo(BendableLongScore.parseScore(scoreAtShutdown));
        }
    }

    /** A plan left SOLVING by an instance that is gone (no job, no heartbeat) is queued again at the next start. */
    @Test
    void aPlanLeftSolvingWithoutItsJobIsQueuedAgainAtStart() throws SQLException {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            id = http.post(PLANS + "?timeLimitSeconds=1", PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()))
                    .json().get("id").asText();
            http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        }
        try (Connection db = store.connect()) {
            db.createStatement().executeUpdate("UPDATE plan SET status = 'SOLVING', solver_instance = 'gone', heartbeat_at = NULL");
        }
        try (ConfigurableApplicationContext second = start()) {
            JsonNode done = http(second).await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            assertThat(done.get("score").asText()).startsWith("[0]hard/");
        }
    }
}
