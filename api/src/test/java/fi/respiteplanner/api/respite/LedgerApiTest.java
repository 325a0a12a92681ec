package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** A plan takes the ledger of an earlier finished plan of its unit, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8" })
class LedgerApiTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPlanTakesTheServedNightsOfTheQuarterBeforeIntoANewPlan() throws Exception {
        Http http = new Http(port);
        String earlier = submit(http, shifted(SMALL, -91), "?stepCountLimit=200");
        String current = submit(http, SMALL, "?stepCountLimit=200");
        String unfinished = submit(http, SMALL, "?timeLimitSeconds=600");
        Http.Response whileQueued = http.post("/api/respite/plans/" + current + "/ledger?from=" + unfinished, "");
        assertThat(whileQueued.status()).as("an earlier plan still queued or solving").isEqualTo(409);
        http.post("/api/respite/plans/" + unfinished + "/stop", "");
        await(http, earlier);

        Http.Response taken = http.post("/api/respite/plans/" + current + "/ledger?from=" + earlier + "&stepCountLimit=200", "");
        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        JsonNode body = taken.json();
        assertThat(body.get("added").asInt()).as("client-months of the quarter before").isPositive();
        String next = body.at("/plan/id").asText();
        assertThat(taken.header("Location")).isEqualTo("/api/respite/plans/" + next);
        JsonNode ledger = http.get("/api/respite/plans/" + next + "/solution").json().get("ledger");
        assertThat(ledger).hasSize(body.get("added").asInt());
        assertThat(http.get("/api/respite/plans/" + current + "/solution").json().path("ledger")).as("the plan itself is unchanged")
                .isEmpty();
        assertThat(http.get("/api/respite/plans/" + current + "/changes").json().toString()).doesNotContain("ledger");

        assertThat(http.post("/api/respite/plans/" + current + "/ledger?from=" + current, "").json().get("violations")
                .findValuesAsText("field")).containsExactly("from");
        assertThat(http.post("/api/respite/plans/" + current + "/ledger?from=NO-PLAN", "").status()).isEqualTo(404);
    }

    private static String submit(Http http, String plan, String query) {
        Http.Response response = http.post("/api/respite/plans" + query, plan);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asText();
    }

    private static void await(Http http, String id) {
        http.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(120));
    }

    /** The same plan some days earlier: every date in it moved. */
    private static String shifted(String plan, int days) throws Exception {
        JsonNode tree = JSON.readTree(plan);
        shift(tree, days);
        return JSON.writeValueAsString(tree);
    }

    private static void shift(JsonNode node, int days) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (isDate(field.getValue())) {
                    object.set(field.getKey(), new TextNode(LocalDate.parse(field.getValue().asText()).plusDays(days).toString()));
                } else {
                    shift(field.getValue(), days);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isDate(array.get(i))) {
                    array.set(i, new TextNode(LocalDate.parse(array.get(i).asText()).plusDays(days).toString()));
                } else {
                    shift(array.get(i), days);
                }
            }
        }
    }

    private static boolean isDate(JsonNode node) {
        return node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
