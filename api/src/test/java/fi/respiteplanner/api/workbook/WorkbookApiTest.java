package fi.respiteplanner.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.ExcelEdits;
import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.datasets.workbook.Messages;
import fi.respiteplanner.datasets.workbook.RespiteWorkbook;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The plan workbook over real HTTP: the template in the caller's language, an upload that creates a plan or
 * answers every problem at once (sheet, row, column, reason in fi/sv/en), the export of any plan, and the
 * hostile files (each a clear 4xx problem body, never a 500, and no plan created).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.parallel-solves=1",
        "planner.queue-capacity=20" })
class WorkbookApiTest extends ServiceTest {

    private static final String CLIENTS = "Asiakkaat";
    private static final String STAYS = "Jaksotoiveet";

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deletePlans() {
        Http http = new Http(port);
        created.forEach(id -> http.delete("/api/respite/plans/" + id));
    }

    private static byte[] finnishWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RespiteWorkbook.write(BundledDatasets.load("respite-S").orElseThrow(), Messages.FINNISH, out);
        return out.toByteArray();
    }

    private Http.Response upload(byte[] workbook, String language) {
        return new Http(port).send("POST", "/api/respite/plans/workbook?stepCountLimit=50", PlanEndpoints.XLSX, workbook,
                "Accept-Language", language);
    }

    private Http.Response uploadForm(byte[] workbook) {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"suunnitelma.xlsx\"\r\n"
                + "Content-Type: " + PlanEndpoints.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Http(port).send("POST", "/api/respite/plans/workbook?stepCountLimit=50", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), "Accept-Language", "fi");
    }

    private int planCount() {
        return new Http(port).get("/api/respite/plans").json().size();
    }

    @Test
    void theTemplateIsInTheCallersLanguageForBothKinds() throws IOException {
        Http http = new Http(port);
        Map<String, String> clientsSheet = Map.of("fi", "Asiakkaat", "sv", "Klienter", "en", "Clients");
        Map<String, String> childrenSheet = Map.of("fi", "Lapset", "sv", "Barn", "en", "Children");
        for (String language : List.of("fi", "sv", "en")) {
            Http.Download respite = http.download("/api/respite/plans/template.xlsx", "Accept-Language", language);
            Http.Download holiday = http.download("/api/holiday/plans/template.xlsx", "Accept-Language", language);

            assertThat(respite.status()).isEqualTo(200);
            assertThat(respite.header("Content-Type")).isEqualTo(PlanEndpoints.XLSX);
            assertThat(respite.header("Content-Disposition")).startsWith("attachment").contains(".xlsx");
            assertThat(sheetNames(respite.body())).contains(clientsSheet.get(language));
            assertThat(holiday.status()).isEqualTo(200);
            assertThat(sheetNames(holiday.body())).contains(childrenSheet.get(language));
        }
        assertThat(http.download("/api/respite/plans/template.xlsx", "Accept-Language", "fi").header("Content-Disposition"))
                .contains("lyhytaikainen-huolenpito-pohja.xlsx");
        assertThat(sheetNames(http.download("/api/respite/plans/template.xlsx").body())).as("Finnish by default").contains("Asiakkaat");
    }

    @Test
    void anInvalidWorkbookGetsEveryProblemAtOnceAtItsCellInTheCallersLanguage() {
        byte[] workbook = ExcelEdits.edit(finnishWorkbook(), book -> {
            ExcelEdits.cell(book, CLIENTS, 14, "Syntymäaika").setCellValue("31.2.2012");
            ExcelEdits.cell(book, CLIENTS, 15, "Sukupuoli").setCellValue("naaras");
            ExcelEdits.cell(book, STAYS, 5, "Yöt").setCellValue("kaksi");
        });
        int plans = planCount();

        Http.Response finnish = upload(workbook, "fi");
        Http.Response swedish = upload(workbook, "sv-FI,sv;q=0.9");

        assertThat(finnish.status()).as(finnish.body()).isEqualTo(400);
        assertThat(finnish.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = finnish.json();
        assertThat(problem.get("detail").asText()).isEqualTo("Työkirjassa on 3 virhettä: korjaa ne ja lataa työkirja uudelleen.");
        assertThat(problem.get("violations").findValuesAsText("message")).containsExactly(
                "Asiakkaat, rivi 14, sarake Syntymäaika (C): '31.2.2012' ei ole päivämäärä (p.k.vvvv)",
                "Asiakkaat, rivi 15, sarake Sukupuoli (D): 'naaras' ei ole sallittu arvo (sallitut: nainen, mies, muu)",
                "Jaksotoiveet, rivi 5, sarake Yöt (D): 'kaksi' ei ole luku");
        JsonNode first = problem.get("violations").get(0);
        assertThat(first.get("sheet").asText()).isEqualTo("Asiakkaat");
        assertThat(first.get("row").asInt()).isEqualTo(14);
        assertThat(first.get("column").asText()).isEqualTo("C");
        assertThat(first.get("header").asText()).isEqualTo("Syntymäaika");
        assertThat(first.get("field").asText()).isEqualTo("Asiakkaat!C14");
        assertThat(first.get("reason").asText()).isEqualTo("'31.2.2012' ei ole päivämäärä (p.k.vvvv)");
        assertThat(swedish.status()).isEqualTo(400);
        assertThat(swedish.json().get("detail").asText()).isEqualTo("Arbetsboken har 3 fel: rätta dem och ladda upp arbetsboken igen.");
        assertThat(swedish.json().get("violations").get(0).get("message").asText())
                .isEqualTo("Asiakkaat, rad 14, kolumn Syntymäaika (C): '31.2.2012' är inte ett datum (d.m.åååå)");
        assertThat(planCount()).as("no plan from an invalid workbook").isEqualTo(plans);
    }

    @Test
    void aValidWorkbookCreatesAPlanWhoseExportIsUploadedAgain() {
        Http http = new Http(port);
        Http.Response response = uploadForm(finnishWorkbook());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("plan").get("id").asText();
        created.add(id);
        assertThat(response.header("Location")).isEqualTo("/api/respite/plans/" + id);
        assertThat(response.json().get("warnings").isArray()).isTrue();
        http.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(120));

        Http.Download export = http.download("/api/respite/plans/" + id + "/plan.xlsx", "Accept-Language", "sv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains(id + "-plan.xlsx");
        RespitePlan exported = RespiteWorkbook.read(new ByteArrayInputStream(export.body())).plan();
        RespitePlan solved = PlanJson.read(http.get("/api/respite/plans/" + id + "/solution").body());
        assertThat(PlanJson.write(exported)).as("the export reads back as the solved plan").isEqualTo(PlanJson.write(solved));
        Http.Response again = upload(export.body(), "sv");
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        created.add(again.json().get("plan").get("id").asText());
    }

    @Test
    void warningsComeWithTheCreatedPlan() {
        byte[] workbook = ExcelEdits.edit(finnishWorkbook(),
                book -> ExcelEdits.cell(book, CLIENTS, 2, "Välttämättömät ominaisuudet").setCellValue("kattonosturi"));

        Http.Response response = upload(workbook, "fi");

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        created.add(response.json().get("plan").get("id").asText());
        assertThat(response.json().get("warnings").findValuesAsText("message"))
                .isNotEmpty().allSatisfy(message -> assertThat(message).startsWith("Jaksotoiveet, rivi ").contains("ei sovi"));
    }

    @Test
    void hostileFilesAreClearRefusalsAndCreateNothing() {
        byte[] workbook = finnishWorkbook();
        int plans = planCount();
        byte[] bomb = withPart(workbook, "xl/media/image1.png", out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 500; i++) {
                out.write(zeros);
            }
        });
        byte[] millionRows = withPart(workbook, "xl/worksheets/sheet5.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 1_000_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>C" + r + "</t></is></c></row>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        byte[] macros = withPart(workbook, "xl/vbaProject.bin", out -> out.write(new byte[] { 1, 2, 3 }));
        byte[] links = withPart(workbook, "xl/externalLinks/externalLink1.xml",
                out -> out.write("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8)));
        byte[] tooLarge = new byte[21 << 20];
        System.arraycopy(workbook, 0, tooLarge, 0, workbook.length);

        record Hostile(String what, byte[] file, int status, String reason) {
        }
        for (Hostile hostile : List.of(
                new Hostile("a Finnish CSV", "tunnus;nimi;syntymäaika\nC1;Helmi;4.5.2012\n".getBytes(StandardCharsets.UTF_8), 400,
                        "Tiedosto ei ole Excel-työkirja (.xlsx)."),
                new Hostile("a zip bomb", bomb, 413, "Työkirja on purettuna liian suuri"),
                new Hostile("a million rows", millionRows, 413, "Välilehdellä Asiakkaat on yli 100000 riviä."),
                new Hostile("macros", macros, 400, "Työkirjassa on makroja (.xlsm)."),
                new Hostile("external links", links, 400, "Työkirja viittaa muihin tiedostoihin"),
                new Hostile("a file over 20 MB", tooLarge, 413, "Tiedosto on liian suuri (enintään 20 Mt)."))) {
            Http.Response raw = upload(hostile.file(), "fi");
            Http.Response form = uploadForm(hostile.file());
            for (Http.Response response : List.of(raw, form)) {
                assertThat(response.status()).as(hostile.what() + ": " + response.body()).isEqualTo(hostile.status());
                assertThat(response.header("Content-Type")).as(hostile.what()).isEqualTo("application/problem+json");
                assertThat(response.json().get("detail").asText()).as(hostile.what()).startsWith(hostile.reason());
            }
        }
        assertThat(planCount()).as("no plan from a hostile file").isEqualTo(plans);
    }

    @Test
    void refusalsNameTheCallersProblemBeforeTheFileIsRead() {
        Http admin = new Http(port);
        admin.post("/api/admin/users", """
                {"username": "katsoja", "password": "a-long-enough-password", "roles": ["VIEWER"], "orgUnits": ["default"]}""");
        Http viewer = new Http(port, "katsoja", "a-long-enough-password");
        Http nobody = new Http(port, null, null);

        assertThat(nobody.send("POST", "/api/respite/plans/workbook", PlanEndpoints.XLSX, finnishWorkbook()).status()).isEqualTo(401);
        assertThat(nobody.download("/api/respite/plans/template.xlsx").status()).isEqualTo(401);
        assertThat(viewer.send("POST", "/api/respite/plans/workbook", PlanEndpoints.XLSX, finnishWorkbook()).status()).isEqualTo(403);
        assertThat(viewer.download("/api/respite/plans/template.xlsx").status()).isEqualTo(200);
        assertThat(viewer.download("/api/respite/plans/no-such-plan/plan.xlsx").status()).isEqualTo(404);
        assertThat(admin.send("POST", "/api/respite/plans/workbook?orgUnit=ELSEWHERE", PlanEndpoints.XLSX, finnishWorkbook()).status())
                .isEqualTo(403);
        assertThat(admin.send("POST", "/api/respite/plans/workbook?timeLimitSeconds=0", PlanEndpoints.XLSX, finnishWorkbook()).status())
                .isEqualTo(400);
    }

    private static List<String> sheetNames(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The workbook's zip with one part added or replaced. */
    private static byte[] withPart(byte[] workbook, String name, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(workbook), "UTF-8", true, true);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                }
            }
            out.putNextEntry(new ZipEntry(name));
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
