package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** Stops and starts the service on one data directory: plans, solutions and statuses survive. */
class RestartTest {

    private static final String PLANS = "/api/respite/plans";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RespitePlannerApplication.class)
                .run("--server.port=0", "--planner.data-dir=" + dataDir, "--planner.save-interval=100ms");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aPlanSolvingAtShutdownComesBackInterruptedWithItsBestSolutionAndCanBeResumed() {
        String id;
        String doneId;
        String scoreAtShutdown;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            String small = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
            doneId = http.post(PLANS + "?timeLimitSeconds=1", small).json().get("id").asText();
            id = http.post(PLANS + "?timeLimitSeconds=300", small).json().get("id").asText();
            http.await(PLANS + "/" + doneId, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            JsonNode saved = http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("SOLVING")
                    && plan.hasNonNull("score") && plan.get("score").asText().startsWith("[0]hard/"), Duration.ofSeconds(60));
            assertThat(saved.get("score").asText()).isNotBlank();
        }
        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            JsonNode interrupted = http.get(PLANS + "/" + id).json();
            assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
            scoreAtShutdown = interrupted.get("score").asText();
            assertThat(scoreAtShutdown).startsWith("[0]hard/");
            JsonNode solution = http.get(PLANS + "/" + id + "/solution").json();
            assertThat(solution.get("score").asText()).isEqualTo(scoreAtShutdown);
            assertThat(solution.get("stays").findValuesAsText("bed")).isNotEmpty();
            assertThat(http.get(PLANS + "/" + doneId).json().get("status").asText()).isEqualTo("DONE");
            assertThat(http.get(PLANS).json()).hasSize(2);

            assertThat(http.post(PLANS + "/" + id + "/solve?timeLimitSeconds=1", "").status()).isEqualTo(202);
            JsonNode resumed = http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            assertThat(resumed.get("score").asText()).startsWith("[0]hard/");
        }
    }

    /** A crash leaves plans marked SOLVING in the store; the next start marks them INTERRUPTED. */
    @Test
    void plansLeftSolvingByACrashAreMarkedInterruptedAtStart() throws SQLException {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            id = http.post(PLANS + "?timeLimitSeconds=1", PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()))
                    .json().get("id").asText();
            http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/planner", "planner", "")) {
            db.createStatement().executeUpdate("UPDATE plan SET status = 'SOLVING'");
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(http(second).get(PLANS + "/" + id).json().get("status").asText()).isEqualTo("INTERRUPTED");
        }
    }
}
