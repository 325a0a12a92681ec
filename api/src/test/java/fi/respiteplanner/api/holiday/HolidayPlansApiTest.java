package fi.respiteplanner.api.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.CsvFile;
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
        for (String language : List.of("fi", "en")) {
            CsvFile table = CsvFile.read(http.send("GET", PLANS + "/" + id + "/plan.csv", null, null, "Accept-Language", language).body(),
                    language);
            assertThat(table.bom()).isTrue();
            assertThat(table.row(0).get(0)).startsWith(language.equals("fi") ? "# Sisältää henkilötietoja: asiakkaiden nimet ja tunnukset."
                    : "# Contains personal data: client names and ids.");
            assertThat(table.row(1)).isEqualTo(language.equals("fi")
                    ? List.of("Hakemus", "Lapsi", "Nimi", "Viikko", "Päivät", "Kiireellisyys", "Ryhmä", "Tiimi", "Palveluntuottaja")
                    : List.of("Request", "Child", "Name", "Week", "Days", "Priority", "Group", "Team", "Provider"));
            assertThat(table.rows()).hasSize(placements.size() + 2);
            for (JsonNode placement : placements) {
                assertThat(table.rowOf(placement.get("id").asText()).get(6)).as(placement.get("id").asText())
                        .isEqualTo(placement.path("group").asText(""));
            }
        }
        CsvFile kpiTable = CsvFile.read(http.get(PLANS + "/" + id + "/kpis.csv").body(), "fi");
        assertThat(kpiTable.rowOf("Toteutuvat lapsipäivät").get(1)).isEqualTo(kpis.get("servedChildDays").asText());
        assertThat(kpiTable.rowOf("Sisarukset samassa ryhmässä").get(1)).matches("0|1|0,\\d+");
        CsvFile englishKpis = CsvFile.read(http.send("GET", PLANS + "/" + id + "/kpis.csv", null, null, "Accept-Language", "en").body(), "en");
        assertThat(englishKpis.rowOf("Child-days served").get(1)).isEqualTo(kpis.get("servedChildDays").asText());

        Http.Response bad = http.post(PLANS, demo.replace("\"grade\" : 3", "\"grade\" : 12"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).anyMatch(field -> field.endsWith(".grade"));
        assertThat(http.post(PLANS + "/" + id + "/stop", "").status()).isEqualTo(409);
        assertThat(http.delete(PLANS + "/" + id).status()).isEqualTo(204);
    }
}
