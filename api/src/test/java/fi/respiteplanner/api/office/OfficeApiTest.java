package fi.respiteplanner.api.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.CsvFile;
import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** The office's day over real HTTP: the diff in words, the contact list with its contacted marks, a freed place given away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8", "planner.security.bootstrap-org-units=default,TRE",
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
        String id = http.post("/api/respite/plans?timeLimitSeconds=1&orgUnit=default", SMALL).json().get("id").asText();
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

        CsvFile finnishCsv = CsvFile.read(get("/api/respite/plans/" + id + "/diff.csv", "fi").body(), "fi");
        assertThat(finnishCsv.bom()).isTrue();
        assertThat(finnishCsv.row(0).get(0)).startsWith("# Sisältää henkilötietoja: asiakkaiden nimet ja tunnukset.");
        assertThat(finnishCsv.row(1)).containsExactly("Jakso", "Asiakas", "Nimi", "Muutos", "Ennen", "Nyt", "Muutoksen pakottama", "Syy",
                "Rikkoo säännön", "Entinen vuode", "Uusi vuode");
        List<String> closedRow = finnishCsv.rowOf(closed.get("stayId").asText());
        assertThat(closedRow.get(6)).isEqualTo("kyllä");
        assertThat(closedRow.get(7)).isEqualTo("Yksikkö " + CHILDREN + " suljettu 1.–7.2.2027");
        assertThat(closedRow.get(4)).startsWith(CHILDREN + ", ").matches(".*\\d{1,2}\\.\\d{1,2}\\.2027");
        assertThat(finnishCsv.column(1, "Nimi")).allMatch(name -> !name.isBlank());
        CsvFile englishCsv = CsvFile.read(get("/api/respite/plans/" + id + "/diff.csv", "en").body(), "en");
        assertThat(englishCsv.bom()).isTrue();
        assertThat(englishCsv.row(0).get(0)).startsWith("# Contains personal data: client names and ids.");
        assertThat(englishCsv.row(1)).startsWith("Stay", "Client", "Name", "Change", "Before", "After", "Forced by a change", "Reason");
        assertThat(englishCsv.rowOf(closed.get("stayId").asText()).get(6)).isEqualTo("yes");
        assertThat(get("/api/respite/plans/" + id + "/diff.csv", "sv").body()).contains("Enhet " + CHILDREN + " stängd 1.–7.2.2027");
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
    void theOfficeMarksAFamilyContactedAndTakesTheMarkBack() throws IOException {
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

        CsvFile finnish = CsvFile.read(http.get("/api/respite/plans/" + id + "/contacts.csv").body(), "fi");
        assertThat(finnish.bom()).isTrue();
        assertThat(finnish.row(0).get(0)).isEqualTo("# Sisältää henkilötietoja: asiakkaiden ja huoltajien nimet, puhelinnumerot ja "
                + "sähköpostiosoitteet. Käsittele luottamuksellisesti, älä lähetä salaamattomana.");
        assertThat(finnish.row(1)).startsWith("Asiakas", "Nimi", "Huoltaja", "Puhelin", "Sähköposti", "Kieli", "Jakso", "Muutos");
        List<String> finnishRow = finnish.rowOf(client);
        assertThat(finnishRow.get(3)).startsWith("040");
        assertThat(finnishRow.get(12)).isEqualTo(Http.ADMIN);
        assertThat(finnishRow.get(13)).as("contacted at d.M.yyyy H.mm").matches("\\d{1,2}\\.\\d{1,2}\\.20\\d\\d \\d{1,2}\\.\\d\\d");
        assertThat(finnishRow.get(14)).as("the draft with its line breaks in one cell").startsWith("Hei").contains("\n");
        CsvFile english = CsvFile.read(get("/api/respite/plans/" + id + "/contacts.csv", "en").body(), "en");
        assertThat(english.row(0).get(0)).startsWith("# Contains personal data: names, phone numbers and e-mail addresses");
        assertThat(english.row(1)).startsWith("Client", "Name", "Guardian", "Phone", "E-mail", "Language", "Stay", "Change");
        assertThat(english.rowOf(client).get(13)).matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(english.rows()).hasSameSizeAs(finnish.rows());

        Http.Download workbook = http.download("/api/respite/plans/" + id + "/contacts.xlsx", "Accept-Language", "fi");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).isEqualTo(PlanEndpoints.XLSX);
        assertThat(workbook.header("Content-Disposition")).contains(id + "-contacts.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheet("Yhteydenotot");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Asiakas");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Puhelin");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).as("the CSV's rows").isEqualTo(finnish.rows().size() - 2);
            Row row = sheet.getRow(1 + finnish.rows().subList(2, finnish.rows().size()).indexOf(finnishRow));
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(client);
            assertThat(row.getCell(3).getCellType()).as("phone as text").isEqualTo(CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(finnishRow.get(3));
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo(Http.ADMIN);
            assertThat(sheet.getColumnWidth(14)).as("the draft's column is wide").isGreaterThan(sheet.getColumnWidth(5));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                http.download("/api/respite/plans/" + id + "/contacts.xlsx", "Accept-Language", "en").body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("Phone");
        }
        http.post("/api/admin/users", """
                {"username": "katsoja", "password": "a-long-enough-password", "roles": ["VIEWER"], "orgUnits": ["default"]}""");
        http.post("/api/admin/users", """
                {"username": "tampere", "password": "a-long-enough-password", "roles": ["PLANNER"], "orgUnits": ["TRE"]}""");
        assertThat(new Http(port, "katsoja", "a-long-enough-password").download("/api/respite/plans/" + id + "/contacts.xlsx").status())
                .as("a viewer may not see contacts").isEqualTo(403);
        assertThat(new Http(port, "tampere", "a-long-enough-password").download("/api/respite/plans/" + id + "/contacts.xlsx").status())
                .as("another unit's planner").isEqualTo(404);

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
