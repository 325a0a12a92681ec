package fi.respiteplanner.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;

/**
 * Health, build info and Prometheus metrics on the management port, without login; not on the service's port; and no
 * personal data (no client, contact, user, plan or stay) in any tag of any metric after a plan was solved, changed,
 * read, refused and looked up under an unknown id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureObservability(tracing = false)
class HealthAndMetricsTest extends ServiceTest {

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @LocalManagementPort
    int managementPort;

    @Test
    void probesAndBuildInfoAnswerWithoutLoginOnTheManagementPortOnly() {
        Http management = new Http(managementPort, null, null);
        assertThat(management.get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
        JsonNode readiness = management.get("/actuator/health/readiness").json();
        assertThat(readiness.get("status").asText()).as(readiness.toString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("db").get("status").asText()).isEqualTo("UP");
        JsonNode solving = readiness.get("components").get("solving");
        assertThat(solving.get("status").asText()).isEqualTo("UP");
        assertThat(solving.get("details").get("slots").asInt()).isEqualTo(2);
        assertThat(management.get("/actuator/info").json().get("build").get("artifact").asText()).isEqualTo("respite-api");

        assertThat(new Http(port, null, null).get("/actuator/health").status()).as("the service's port sends to the login").isEqualTo(302);
        assertThat(new Http(port).get("/actuator/health").status()).as("and has no actuator").isEqualTo(404);
        assertThat(new Http(port).get("/actuator/prometheus").status()).isEqualTo(404);
    }

    @Test
    void metricsCountSolvingAndRequestsWithoutNamingAnyoneOrAnyPlan() {
        Http http = new Http(port);
        RespitePlan small = BundledDatasets.load("respite-S").orElseThrow();
        String id = http.post("/api/respite/plans?timeLimitSeconds=1", PlanJson.write(small)).json().get("id").asText();
        http.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        assertThat(http.post("/api/respite/plans/" + id + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000001\"}").status())
                .isEqualTo(202);
        assertThat(http.get("/api/respite/plans/" + id + "/solution").status()).isEqualTo(200);
        assertThat(http.get("/api/respite/plans/" + id + "/explanation?client=C00001").status()).isEqualTo(200);
        assertThat(http.get("/api/respite/plans/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(new Http(port, "maija.virtanen@example.com", "a-wrong-password").get("/api/respite/plans").status()).isEqualTo(401);

        Http.Response prometheus = new Http(managementPort, null, null).get("/actuator/prometheus");
        assertThat(prometheus.status()).as(prometheus.body()).isEqualTo(200);
        String scrape = prometheus.body();
        assertThat(scrape).containsPattern("planner_solve_seconds_count\\{.*kind=\"respite\".*outcome=\"DONE\".*} 1")
                .containsPattern("planner_solve_penalty_count\\{.*kind=\"respite\".*level=\"entitlement\".*} 1")
                .containsPattern("planner_solving_penalty\\{.*kind=\"holiday\".*level=\"medium\".*} 0")
                .containsPattern("planner_solver_move_evaluations_total\\{.*kind=\"respite\".*} [1-9]")
                .containsPattern("planner_solving\\{.*kind=\"respite\".*} 0")
                .containsPattern("planner_waiting\\{.*} 0")
                .containsPattern("http_server_requests_seconds_count\\{.*method=\"GET\".*uri=\"/api/respite/plans/\\{id}/solution\"");

        Set<String> labelValues = new HashSet<>();
        Matcher label = LABEL.matcher(scrape);
        while (label.find()) {
            labelValues.add(label.group(2));
        }
        Set<String> personal = new HashSet<>(List.of(id, "maija.virtanen@example.com", "S000001", "00000000-0000-0000-0000-000000000000"));
        small.getClients().forEach(client -> {
            personal.add(client.getId());
            personal.add(client.getName());
            if (client.getContact() != null) {
                personal.add(client.getContact().guardian());
                personal.add(client.getContact().phone());
                personal.add(client.getContact().email());
            }
        });
        personal.remove(null);
        assertThat(labelValues).as("tag values").isNotEmpty().contains("respite", "/api/respite/plans/{id}");
        assertThat(labelValues.stream().filter(value -> personal.stream().anyMatch(value::contains)).toList()).isEmpty();
    }
}
