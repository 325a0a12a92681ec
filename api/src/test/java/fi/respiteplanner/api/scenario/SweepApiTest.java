package fi.respiteplanner.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.CsvFile;
import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** A capacity sweep over real HTTP: its steps are plans of the service, its answer the curve once all are done. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=30" })
class SweepApiTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

    @Test
    void aSweepSolvesEveryStepAsAPlanAndAnswersTheCurve() {
        Http http = new Http(port);
        String base = http.post("/api/respite/plans?stepCountLimit=200", SMALL).json().get("id").asText();
        http.await("/api/respite/plans/" + base, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(120));

        Http.Response created = http.post("/api/respite/sweeps", """
                {"name": "children's beds", "basePlanId": "%s", "stepCountLimit": 300, "axes": [
                  {"type": "OWN_BEDS", "name": "own", "unitId": "U2", "bedsPerStep": 2, "steps": 2, "fixedCostPerBedNight": 100},
                  {"type": "STAFF", "name": "autism staff", "unitId": "U2", "skill": "AUTISM", "placesPerStep": 1, "steps": 1}]}"""
                .formatted(base));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("steps").findValuesAsText("step")).containsExactly("base", "own #1", "own #2", "autism staff #1");
        assertThat(http.get("/api/respite/sweeps/" + id + "/sweep.csv").status()).as("no result while solving").isEqualTo(409);

        JsonNode done = http.await("/api/respite/sweeps/" + id, sweep -> sweep.get("status").asText().equals("DONE"), Duration.ofSeconds(180));
        JsonNode result = done.get("result");
        assertThat(result.get("points")).hasSize(3);
        assertThat(result.at("/points/1/capacity").asInt()).isEqualTo(4);
        assertThat(result.at("/points/1/fixedCost").asLong()).as("4 beds × the horizon's nights × 100 €").isPositive();
        assertThat(result.get("answers")).extracting(answer -> answer.get("axis").asText()).containsExactly("own", "autism staff");
        assertThat(result.get("equalCoverage")).hasSize(1);
        CsvFile finnish = CsvFile.read(http.get("/api/respite/sweeps/" + id + "/sweep.csv").body(), "fi");
        assertThat(finnish.bom()).isTrue();
        assertThat(finnish.row(0)).startsWith("Vaihtoehto", "Askel", "Lisättyjä paikkoja", "Perheitä alle päätöksen");
        assertThat(finnish.rows()).hasSize(5);
        assertThat(finnish.column(0, "Myönnetyistä öistä toteutuu")).as("shares with a decimal comma").allMatch(share -> share.matches("0,\\d+|1"));
        assertThat(finnish.column(0, "Kiinteä kustannus (€)").get(1)).as("euros without a thousands separator").matches("\\d+")
                .isEqualTo(result.at("/points/0/fixedCost").asText());
        CsvFile english = CsvFile.read(http.send("GET", "/api/respite/sweeps/" + id + "/sweep.csv", null, null, "Accept-Language", "en").body(),
                "en");
        assertThat(english.row(0)).startsWith("Option", "Step", "Places added", "Families below their entitlement");
        assertThat(english.column(0, "Share of entitled nights served")).allMatch(share -> share.matches("0\\.\\d+|1"));

        Http.Response tooMany = http.post("/api/respite/sweeps", """
                {"basePlanId": "%s", "axes": [{"type": "OWN_BEDS", "name": "own", "unitId": "U2", "bedsPerStep": 1, "steps": 21}]}"""
                .formatted(base));
        assertThat(tooMany.status()).isEqualTo(413);
        Http.Response bad = http.post("/api/respite/sweeps", """
                {"basePlanId": "%s", "axes": [{"type": "OWN_BEDS", "name": "own", "unitId": "U9", "bedsPerStep": 1, "steps": 2}]}"""
                .formatted(base));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).containsExactly("axes[0].unitId");
    }
}
