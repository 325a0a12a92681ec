package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** A plan's outcome, the status of a plan that breaks a rule, and its life: publish, archive, rename, delete, apply anyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8" })
class PlanLifecycleApiTest extends ServiceTest {

    private static final String PLANS = "/api/respite/plans";
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final String CUT_AUTISM_STAFF = """
            {"type": "CHANGE_STAFFING", "unitId": "U2",
             "change": {"nights": {"from": "2027-01-01", "to": "2027-03-31"}, "skill": "AUTISM", "capacity": %d}}""";

    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void deletePlans() {
        http.get(PLANS).json().forEach(plan -> http.delete(PLANS + "/" + plan.get("id").asText()));
    }

    private String solvedPlan() {
        Http.Response submitted = http.post(PLANS + "?stepCountLimit=200", SMALL);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        JsonNode done = http.await(PLANS + "/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(90));
        assertThat(done.at("/outcome/feasible").asBoolean()).as(done.toString()).isTrue();
        return id;
    }

    @Test
    void theOutcomeSaysWhatTheSolutionComesTo() {
        String id = solvedPlan();
        JsonNode plan = http.get(PLANS + "/" + id).json();
        JsonNode kpis = http.get(PLANS + "/" + id + "/kpis").json();
        JsonNode outcome = plan.get("outcome");
        assertThat(outcome.get("brokenRules")).isEmpty();
        assertThat(outcome.get("unmetRequests").asInt())
                .isEqualTo(kpis.at("/nights/requestedStays").asInt() - kpis.at("/nights/servedStays").asInt()).isPositive();
        assertThat(outcome.get("familiesWithoutStay").asInt()).isEqualTo(kpis.get("clientsLeftWithNothing").asInt());
        assertThat(outcome.get("familiesBelowEntitlement").asInt()).isEqualTo(kpis.at("/entitlement/familiesBelow").asInt());
        assertThat(outcome.get("cost").asLong()).isEqualTo(kpis.get("totalCost").asLong()).isPositive();
        assertThat(outcome.get("brokenPromises").isNull()).as("not a re-plan").isTrue();
        assertThat(plan.get("stage").asText()).isEqualTo("DRAFT");
        assertThat(http.get(PLANS).json().findValuesAsText("stage")).containsOnly("DRAFT");
    }

    @Test
    void aPlanThatBreaksARuleNeedsAttentionIsNeverPublishedOrReplannedAndRecoversWhenFixed() {
        String id = solvedPlan();
        assertThat(http.post(PLANS + "/" + id + "/changes", CUT_AUTISM_STAFF.formatted(0)).status()).isEqualTo(202);
        JsonNode broken = http.get(PLANS + "/" + id).json();
        assertThat(broken.get("status").asText()).isEqualTo("NEEDS_ATTENTION");
        assertThat(broken.at("/outcome/feasible").asBoolean()).isFalse();
        assertThat(broken.at("/outcome/brokenRules/0/constraint").asText()).isEqualTo("Skill capacity exceeded");
        assertThat(broken.at("/outcome/brokenRules/0/count").asInt()).isPositive();

        Http.Response publish = http.post(PLANS + "/" + id + "/publish", "");
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(publish.json().get("detail").asText()).contains("Skill capacity exceeded", "never published");
        Http.Response replan = http.post(PLANS + "/" + id + "/replan", "{\"today\": \"2027-02-01\", \"changes\": []}");
        assertThat(replan.status()).isEqualTo(409);
        assertThat(replan.json().get("detail").asText()).contains("Skill capacity exceeded");
        assertThat(http.get(PLANS + "/" + id).json().get("stage").asText()).isEqualTo("DRAFT");

        assertThat(http.post(PLANS + "/" + id + "/changes", CUT_AUTISM_STAFF.formatted(20)).status()).isEqualTo(202);
        JsonNode fixed = http.get(PLANS + "/" + id).json();
        assertThat(fixed.get("status").asText()).isEqualTo("DONE");
        assertThat(fixed.at("/outcome/brokenRules")).isEmpty();
        assertThat(http.post(PLANS + "/" + id + "/publish", "").status()).isEqualTo(200);
    }

    @Test
    void publishingArchivesTheUnitsPublishedPlanAndTheDatabaseKeepsOne() {
        String first = solvedPlan();
        String second = solvedPlan();
        JsonNode published = http.post(PLANS + "/" + first + "/publish", "").json();
        assertThat(published.get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(http.post(PLANS + "/" + first + "/publish", "").status()).as("twice").isEqualTo(409);

        assertThat(http.post(PLANS + "/" + second + "/publish", "").json().get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(http.get(PLANS + "/" + first).json().get("stage").asText()).isEqualTo("ARCHIVED");
        assertThat(http.get(PLANS + "/" + first + "/changes").json().toString()).contains("archived: plan " + second);
        assertThatThrownBy(() -> jdbc.sql("UPDATE plan SET stage = 'PUBLISHED' WHERE id = ?").param(first).update())
                .as("a second published plan of the unit").isInstanceOf(DataIntegrityViolationException.class);

        assertThat(http.post(PLANS + "/" + second + "/archive", "").json().get("stage").asText()).isEqualTo("ARCHIVED");
        assertThat(http.post(PLANS + "/" + second + "/archive", "").status()).as("twice").isEqualTo(409);
        assertThat(http.post(PLANS + "/" + first + "/publish", "").json().get("stage").asText()).as("an archived plan again")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void aPlanIsRenamedUnderTheSubmissionsNameRules() {
        String id = solvedPlan();
        Http.Response renamed = http.patch(PLANS + "/" + id, "{\"name\": \"  Kevät 2027, versio 2 \"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Kevät 2027, versio 2");
        assertThat(http.get(PLANS).json().findValuesAsText("name")).contains("Kevät 2027, versio 2");
        for (String bad : new String[] { "{\"name\": \" \"}", "{}", "{\"name\": \"" + "x".repeat(301) + "\"}" }) {
            Http.Response refused = http.patch(PLANS + "/" + id, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("violations").findValuesAsText("field")).containsExactly("name");
        }
    }

    @Test
    void applyingAPlaceThatBreaksARuleNeedsAReasonThatTheChangeLogKeeps() {
        String id = solvedPlan();
        JsonNode taken = null;
        for (JsonNode stay : http.get(PLANS + "/" + id + "/solution").json().get("stays")) {
            if (stay.hasNonNull("bed")) {
                taken = stay;
                break;
            }
        }
        assertThat(taken).isNotNull();
        String apply = """
                {"stay": {"id": "NEW-1", "client": "%s", "requestedArrival": "%s", "nights": %d}, "bed": "%s", "arrival": "%s"%s}""";
        String client = taken.get("client").asText();
        String arrival = taken.get("arrival").asText();
        Http.Response refused = http.post(PLANS + "/" + id + "/recommendations/apply",
                apply.formatted(client, arrival, taken.get("nights").asInt(), taken.get("bed").asText(), arrival, ""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("violations").findValuesAsText("field")).containsExactly("reason");
        assertThat(refused.json().get("detail").asText()).contains("say why");
        assertThat(http.get(PLANS + "/" + id).json().get("status").asText()).as("nothing applied").isEqualTo("DONE");

        Http.Response applied = http.post(PLANS + "/" + id + "/recommendations/apply", apply.formatted(client, arrival,
                taken.get("nights").asInt(), taken.get("bed").asText(), arrival, ", \"reason\": \"perheen kriisi, sovittu yksikön kanssa\""));
        assertThat(applied.status()).as(applied.body()).isEqualTo(202);
        JsonNode plan = http.get(PLANS + "/" + id).json();
        assertThat(plan.get("status").asText()).isEqualTo("NEEDS_ATTENTION");
        assertThat(plan.at("/outcome/brokenRules").findValuesAsText("constraint")).isNotEmpty();
        JsonNode log = http.get(PLANS + "/" + id + "/changes").json();
        assertThat(log.get(0).asText()).startsWith("applied anyway, breaking ").contains(plan.at("/outcome/brokenRules/0/constraint").asText(),
                "perheen kriisi");
        assertThat(log.get(1).asText()).contains("NEW-1");
    }

    @Test
    void aWhatIfVariantIsNeverPublished() {
        String base = solvedPlan();
        Http.Response created = http.post("/api/respite/scenarios", """
                {"name": "s", "basePlanId": "%s", "stepCountLimit": 100, "variants": [
                  {"name": "v", "changes": [{"type": "ADD_BEDS", "unitId": "U1", "count": 1}]}]}""".formatted(base));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String scenario = created.json().get("id").asText();
        JsonNode done = http.await("/api/respite/scenarios/" + scenario, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(90));
        assertThat(done.get("variants").findValuesAsText("feasible")).containsOnly("true");
        assertThat(done.at("/comparison/columns/1/feasible").asBoolean()).isTrue();
        String variant = done.at("/variants/1/planId").asText();
        assertThat(http.get(PLANS + "/" + variant).json().get("scenarioId").asText()).isEqualTo(scenario);
        Http.Response publish = http.post(PLANS + "/" + variant + "/publish", "");
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.json().get("detail").asText()).contains("what-if");
    }
}
