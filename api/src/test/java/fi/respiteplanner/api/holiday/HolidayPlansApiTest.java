package fi.respiteplanner.api.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;

/** Holiday plans over real HTTP: the shared plan endpoints, KPIs and explanations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HolidayPlansApiTest extends ServiceTest {

    private static final String PLANS = "/api/holiday/plans";

    @Test
    void submitPollKpisExplainStopDelete() {
        Http http = new Http(port);
        assertThat(http.get("/api/demo-data").body()).contains("holiday-S", "holiday-M");
        String demo = http.get("/api/demo-data/holiday-S").body();

        Http.Response submitted = http.post(PLANS + "?timeLimitSeconds=2", demo);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        JsonNode done = http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        assertThat(done.get("score").asText()).startsWith("0hard/");

        JsonNode kpis = http.get(PLANS + "/" + id + "/kpis").json();
        assertThat(kpis.get("servedChildDays").asInt()).isPositive().isLessThanOrEqualTo(kpis.get("requestedChildDays").asInt());
        JsonNode explanation = http.get(PLANS + "/" + id + "/explanation?child=H0001").json();
        explanation.get("constraints").forEach(constraint -> constraint.get("matches").forEach(match ->
                assertThat(match.at("/justification/childIds").toString()).contains("H0001")));
        assertThat(http.get(PLANS + "/" + id + "/solution").json().get("placements").get(0).has("days")).isTrue();
        assertThat(http.get(PLANS).json().findValuesAsText("id")).contains(id);
        assertThat(http.get("/api/respite/plans/" + id).status()).as("kinds are separate").isEqualTo(404);

        JsonNode placements = http.get(PLANS + "/" + id + "/solution").json().get("placements");
        var rows = http.get(PLANS + "/" + id + "/plan.csv").body().lines().toList();
        assertThat(rows.get(1)).isEqualTo("placementId,childId,week,days,priority,group,team,provider");
        assertThat(rows).hasSize(placements.size() + 2);
        for (JsonNode placement : placements) {
            String row = rows.stream().filter(r -> r.startsWith(placement.get("id").asText() + ",")).findFirst().orElseThrow();
            assertThat(row.split(",", -1)[5]).as(placement.get("id").asText()).isEqualTo(placement.path("group").asText(""));
        }
        assertThat(http.get(PLANS + "/" + id + "/kpis.csv").body().lines())
                .contains("servedChildDays," + kpis.get("servedChildDays").asInt());

        Http.Response bad = http.post(PLANS, demo.replace("\"grade\" : 3", "\"grade\" : 12"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).anyMatch(field -> field.endsWith(".grade"));
        assertThat(http.post(PLANS + "/" + id + "/stop", "").status()).isEqualTo(409);
        assertThat(http.delete(PLANS + "/" + id).status()).isEqualTo(204);
    }
}
