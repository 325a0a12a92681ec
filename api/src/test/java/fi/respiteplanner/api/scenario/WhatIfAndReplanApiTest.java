package fi.respiteplanner.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.CsvFile;
import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** What-if scenarios and re-planning over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8", "planner.replan.time-limit-seconds=2" })
class WhatIfAndReplanApiTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

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

    @Test
    void whatIfComparesVariantsAsJsonAndCsv() {
        Http.Response created = http.post("/api/respite/scenarios", """
                {"name": "own beds", "base": %s, "stepCountLimit": 6000, "variants": [
                  {"name": "+4 children's beds", "changes": [{"type": "ADD_BEDS", "unitId": "U2", "count": 4}]},
                  {"name": "purchased block", "changes": [{"type": "OPEN_UNIT", "unitId": "P1", "name": "Purchased block",
                     "producer": "PURCHASED", "minAge": 4, "maxAge": 17, "beds": 3, "costPerNight": 320,
                     "skillCapacity": {"AUTISM": 2, "MEDICATION": 3}, "awakeNightStaff": true,
                     "period": {"from": "2027-02-15", "to": "2027-03-14"}}]}]}""".formatted(SMALL));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asText();
        JsonNode done = http.await("/api/respite/scenarios/" + id, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(90));

        JsonNode columns = done.at("/comparison/columns");
        assertThat(columns).hasSize(3);
        assertThat(columns.get(0).get("variant").asText()).isEqualTo("base");
        assertThat(columns.get(1).at("/values/servedNights").asDouble())
                .isGreaterThanOrEqualTo(columns.get(0).at("/values/servedNights").asDouble());
        assertThat(done.get("variants")).allSatisfy(variant -> assertThat(variant.get("status").asText()).isEqualTo("DONE"));

        CsvFile finnish = CsvFile.read(http.get("/api/respite/scenarios/" + id + "/comparison.csv").body(), "fi");
        assertThat(finnish.bom()).isTrue();
        // '+4 …: text a spreadsheet would run as a formula is shown, not run (Csv)
        assertThat(finnish.row(0)).containsExactly("Tunnusluku", "base", "'+4 children's beds", "'+4 children's beds – muutos", "purchased block",
                "purchased block – muutos");
        assertThat(finnish.row(1).get(0)).isEqualTo("Noudattaa kaikkia sääntöjä");
        List<String> served = finnish.rowOf("Toteutuvat yöt");
        assertThat(CsvFile.number(served.get(2), "fi")).isEqualTo(columns.get(1).at("/values/servedNights").asDouble());
        assertThat(CsvFile.number(served.get(3), "fi")).isEqualTo(columns.get(1).at("/deltas/servedNights").asDouble());
        assertThat(finnish.rowOf("Käyttöaste").get(1)).as("a share with a decimal comma").matches("0,\\d+");
        CsvFile english = CsvFile.read(http.send("GET", "/api/respite/scenarios/" + id + "/comparison.csv", null, null,
                "Accept-Language", "en").body(), "en");
        assertThat(english.row(0)).startsWith("Indicator", "base", "'+4 children's beds", "'+4 children's beds – change");
        assertThat(english.rowOf("Occupancy").get(1)).matches("0\\.\\d+");
        assertThat(CsvFile.number(english.rowOf("Nights served").get(2), "en")).isEqualTo(columns.get(1).at("/values/servedNights").asDouble());
    }

    @Test
    void badVariantsAreNamed() {
        Http.Response refused = http.post("/api/respite/scenarios", """
                {"base": %s, "variants": [{"name": "x", "changes": [{"type": "ADD_BEDS", "unitId": "U9", "count": 2}]}]}"""
                .formatted(SMALL));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("violations").findValuesAsText("field")).containsExactly("variants[0].changes[0].unitId");
        assertThat(http.post("/api/respite/scenarios", "{\"variants\": []}").status()).isEqualTo(400);
        assertThat(http.get("/api/respite/scenarios/nope").status()).isEqualTo(404);
    }

    @Test
    void replanWithAChangeSetGivesANewPlanAndTheDiff() {
        String published = solvedPlan();
        Http.Response replanned = http.post("/api/respite/plans/" + published + "/replan?timeLimitSeconds=2", """
                {"today": "2027-02-01", "freezeDays": 14, "changes": [
                  {"type": "CLOSE_UNIT", "unitId": "U2", "nights": {"from": "2027-02-01", "to": "2027-02-07"}},
                  {"type": "ADD_STAY", "stay": {"id": "NEW-1", "client": "C00002", "requestedArrival": "2027-03-05", "nights": 2}}]}""");
        assertThat(replanned.status()).as(replanned.body()).isEqualTo(202);
        String next = replanned.json().get("id").asText();
        assertThat(replanned.json().get("basePlanId").asText()).isEqualTo(published);
        http.await("/api/respite/plans/" + next, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));

        JsonNode diff = http.get("/api/respite/plans/" + next + "/diff").json();
        assertThat(diff.get("familiesAffected").asInt()).isPositive();
        assertThat(diff.get("changes")).anySatisfy(change -> assertThat(change.get("oldUnit").asText()).isEqualTo("U2"));
        CsvFile csv = CsvFile.read(http.get("/api/respite/plans/" + next + "/diff.csv").body(), "fi");
        assertThat(csv.row(0).get(0)).startsWith("# Sisältää henkilötietoja");
        assertThat(csv.rows()).hasSize(diff.get("changes").size() + 2);
        assertThat(http.get("/api/respite/plans/" + published + "/changes").json().get(0).asText()).contains("re-planned", next);

        Http.Response bad = http.post("/api/respite/plans/" + published + "/replan", "{\"today\": \"2030-01-01\", \"changes\": []}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).containsExactly("today");
    }

    @Test
    void pendingChangesOfThePublishedPlanAreReplannedByTheNightlyRun() {
        String draft = solvedPlan();
        assertThat(http.post("/api/respite/plans/" + draft + "/pending-changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000101\"}")
                .status()).isEqualTo(202);
        String published = solvedPlan();
        assertThat(http.post("/api/respite/plans/" + published + "/publish", "").status()).isEqualTo(200);
        Http.Response pending = http.post("/api/respite/plans/" + published + "/pending-changes", """
                {"type": "CANCEL_STAY", "stayId": "S000100"}""");
        assertThat(pending.status()).as(pending.body()).isEqualTo(202);
        assertThat(http.get("/api/respite/plans/" + published + "/pending-changes").json()).hasSize(1);
        assertThat(http.post("/api/respite/plans/" + published + "/pending-changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NO\"}")
                .status()).isEqualTo(400);

        JsonNode created = http.post("/api/respite/nightly-replan?today=2027-02-01", "").json();
        assertThat(created).as("only the published plan is re-planned").hasSize(1);
        assertThat(http.get("/api/respite/plans/" + published + "/pending-changes").json()).isEmpty();
        assertThat(http.get("/api/respite/plans/" + draft + "/pending-changes").json()).as("a draft's changes wait").hasSize(1);
        String next = created.get(0).asText();
        assertThat(http.get("/api/respite/plans/" + next).json().get("basePlanId").asText()).isEqualTo(published);
        http.await("/api/respite/plans/" + next, plan -> !plan.get("status").asText().matches("QUEUED|SOLVING"), Duration.ofSeconds(90));
        assertThat(http.get("/api/respite/plans/" + next + "/solution").json().get("stays").findValuesAsText("id")).doesNotContain("S000100");
    }

    @Test
    void pendingChangesAreEditedRemovedAndReplannedNowExactlyAsListed() {
        String published = solvedPlan();
        String pending = "/api/respite/plans/" + published + "/pending-changes";
        http.post(pending, "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000100\"}");
        http.post(pending, "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000101\"}");
        JsonNode listed = http.post(pending, "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000102\"}").json();
        assertThat(listed.findValuesAsText("stayId")).containsExactly("S000100", "S000101", "S000102");
        long first = listed.get(0).get("id").asLong();
        long second = listed.get(1).get("id").asLong();
        assertThat(listed.get(0).get("summary").asText()).as("in Finnish by default").contains(": jakso ", " peruttu");

        Http.Response edited = http.put(pending + "/" + first, "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000103\"}");
        Http.Response removed = http.delete(pending + "/" + second);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(http.get(pending).json().findValuesAsText("stayId")).containsExactly("S000103", "S000102");
        assertThat(http.put(pending + "/" + first, "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NO\"}").status()).isEqualTo(400);
        assertThat(http.delete(pending + "/" + second).status()).as("removed already").isEqualTo(404);
        assertThat(http.get(pending).json().findValuesAsText("stayId")).as("a refused edit changes nothing").containsExactly("S000103", "S000102");

        Http.Response now = http.post(pending + "/replan?today=2027-02-01&stepCountLimit=50", "");

        assertThat(now.status()).as(now.body()).isEqualTo(202);
        String next = now.json().get("id").asText();
        assertThat(http.get(pending).json()).as("the re-plan took the pending changes").isEmpty();
        assertThat(http.post(pending + "/replan?today=2027-02-01", "").status()).as("nothing left to re-plan").isEqualTo(409);
        http.await("/api/respite/plans/" + next, plan -> !plan.get("status").asText().matches("QUEUED|SOLVING"), Duration.ofSeconds(90));
        JsonNode stays = http.get("/api/respite/plans/" + next + "/solution").json().get("stays");
        assertThat(stays.findValuesAsText("id")).contains("S000100", "S000101").doesNotContain("S000102", "S000103");
    }
}
