package fi.respiteplanner.api.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** The office's day over real HTTP: the diff in words, the contact list with its contacted marks, a freed place given away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8",
        "planner.replan.time-limit-seconds=2" })
class OfficeApiTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final String CHILDREN = "Helsinki, lasten yksikkö";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void deletePlans() {
        http.get("/api/respite/plans").json().forEach(plan -> http.delete("/api/respite/plans/" + plan.get("id").asText()));
    }

    private String solvedPlan() {
        String id = http.post("/api/respite/plans?timeLimitSeconds=1", SMALL).json().get("id").asText();
        http.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        return id;
    }

    /** The children's unit closed for the first week of February, re-planned. */
    private String replanned() {
        Http.Response replanned = http.post("/api/respite/plans/" + solvedPlan() + "/replan?timeLimitSeconds=2", """
                {"today": "2027-02-01", "freezeDays": 0, "changes": [
                  {"type": "CLOSE_UNIT", "unitId": "U2", "nights": {"from": "2027-02-01", "to": "2027-02-07"}}]}""");
        assertThat(replanned.status()).as(replanned.body()).isEqualTo(202);
        String next = replanned.json().get("id").asText();
        http.await("/api/respite/plans/" + next, plan -> !plan.get("status").asText().matches("QUEUED|SOLVING"), Duration.ofSeconds(60));
        return next;
    }

    private Http.Response get(String path, String language) {
        return http.send("GET", path, null, null, "Accept-Language", language);
    }

    @Test
    void diffRowsSayPlaceDatesAndReasonInTheCallersLanguage() {
        String id = replanned();
        JsonNode finnish = http.get("/api/respite/plans/" + id + "/diff").json();
        assertThat(finnish.get("language").asText()).isEqualTo("fi");
        JsonNode closed = rowsFrom(finnish, "U2");
        assertThat(closed.get("before").asText()).startsWith(CHILDREN + ", ").matches(".*\\d{1,2}\\.\\d{1,2}\\.2027");
        assertThat(closed.get("reasonText").asText()).isEqualTo("Yksikkö " + CHILDREN + " suljettu 1.–7.2.2027");
        assertThat(closed.get("forced").asBoolean()).isTrue();

        JsonNode swedish = get("/api/respite/plans/" + id + "/diff", "sv-FI,sv;q=0.9,en;q=0.5").json();
        assertThat(swedish.get("language").asText()).isEqualTo("sv");
        assertThat(rowsFrom(swedish, "U2").get("reasonText").asText()).isEqualTo("Enhet " + CHILDREN + " stängd 1.–7.2.2027");
        assertThat(get("/api/respite/plans/" + id + "/diff", "de").json().get("language").asText()).as("no German: Finnish").isEqualTo("fi");

        String csv = get("/api/respite/plans/" + id + "/diff.csv", "sv").body();
        assertThat(csv).startsWith("# contains personal data").contains("Enhet " + CHILDREN + " stängd 1.–7.2.2027");
    }

    private static JsonNode rowsFrom(JsonNode diff, String oldUnit) {
        List<JsonNode> rows = new ArrayList<>();
        diff.get("changes").forEach(row -> {
            if (oldUnit.equals(row.path("oldUnit").asText()) && row.get("reason").get("code").asText().equals("UNIT_CLOSED")) {
                rows.add(row);
            }
        });
        assertThat(rows).as("rows forced out of " + oldUnit).isNotEmpty();
        return rows.get(0);
    }

    @Test
    void theOfficeMarksAFamilyContactedAndTakesTheMarkBack() {
        String id = replanned();
        JsonNode contacts = http.get("/api/respite/plans/" + id + "/contacts").json();
        assertThat(contacts.get("contacted").asInt()).isZero();
        JsonNode family = contacts.get("families").get(0);
        String client = family.get("clientId").asText();
        assertThat(family.get("contact").get("phone").asText()).startsWith("040");
        assertThat(family.get("draft").get("text").asText()).startsWith(family.get("language").asText().equals("sv") ? "Hej " : "Hei ");
        assertThat(family.get("changes")).isNotEmpty();
        assertThat(family.get("contacted").isNull()).isTrue();

        Http.Response marked = http.post("/api/respite/plans/" + id + "/contacts/" + client + "/contacted", "");
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("by").asText()).isEqualTo(Http.ADMIN);
        JsonNode after = http.get("/api/respite/plans/" + id + "/contacts").json();
        assertThat(after.get("contacted").asInt()).isEqualTo(1);
        assertThat(after.get("families").get(0).get("contacted").get("by").asText()).isEqualTo(Http.ADMIN);

        String csv = http.get("/api/respite/plans/" + id + "/contacts.csv").body();
        assertThat(csv).startsWith("# contains personal data");
        assertThat(csv.lines().filter(line -> line.startsWith(client + ",")).findFirst().orElseThrow()).contains(",admin,");

        assertThat(http.delete("/api/respite/plans/" + id + "/contacts/" + client + "/contacted").status()).isEqualTo(204);
        assertThat(http.get("/api/respite/plans/" + id + "/contacts").json().get("contacted").asInt()).isZero();
        assertThat(http.get("/api/admin/audit?limit=50").body()).contains("family of client " + client + " contacted",
                "family of client " + client + " not contacted after all");

        Http.Response unknown = http.post("/api/respite/plans/" + id + "/contacts/NO-ONE/contacted", "");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("violations").findValuesAsText("field")).containsExactly("clientId");
    }

    @Test
    void aFreedPlaceIsOfferedToTheBestWaitingRequestAndGivenByTwoChanges() {
        String id = solvedPlan();
        JsonNode solution = http.get("/api/respite/plans/" + id + "/solution").json();
        JsonNode found = null;
        for (JsonNode stay : solution.get("stays")) {
            if (stay.hasNonNull("bed")) {
                JsonNode candidate = http.get("/api/respite/plans/" + id + "/stays/" + stay.get("id").asText() + "/freed-place").json();
                if (!candidate.get("options").isEmpty()) {
                    found = candidate;
                    break;
                }
            }
        }
        assertThat(found).as("some placed stay frees a place a waiting request fits").isNotNull();
        JsonNode ranking = found;
        JsonNode best = ranking.get("options").get(0);
        assertThat(best.get("bedId").asText()).isEqualTo(ranking.get("bedId").asText());
        assertThat(best.get("fairness").has("servedNights")).isTrue();
        assertThat(best.get("reason").asText()).isNotBlank();

        assertThat(http.post("/api/respite/plans/" + id + "/changes", ranking.get("cancel").toString()).status()).isEqualTo(202);
        Http.Response placed = http.post("/api/respite/plans/" + id + "/changes", best.get("place").toString());
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        JsonNode after = http.get("/api/respite/plans/" + id + "/solution").json();
        List<JsonNode> stays = new ArrayList<>();
        after.get("stays").forEach(stays::add);
        assertThat(stays).noneMatch(stay -> stay.get("id").asText().equals(ranking.get("cancelledStayId").asText()));
        assertThat(stays).filteredOn(stay -> stay.get("id").asText().equals(best.get("stayId").asText())).singleElement()
                .satisfies(stay -> {
                    assertThat(stay.get("bed").asText()).isEqualTo(best.get("bedId").asText());
                    assertThat(stay.get("arrival").asText()).isEqualTo(best.get("arrival").asText());
                });
        assertThat(http.get("/api/respite/plans/" + id + "/stays/S-NONE/freed-place").json().get("violations").findValuesAsText("field"))
                .containsExactly("stayId");
    }
}
