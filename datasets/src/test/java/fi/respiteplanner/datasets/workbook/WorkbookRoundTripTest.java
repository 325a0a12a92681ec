package fi.respiteplanner.datasets.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.respite.LedgerEntry;
import fi.respiteplanner.respite.PlanParameters;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;

/** Export → import gives an equal plan: the JSON writes of both are the same text. */
class WorkbookRoundTripTest {

    static byte[] export(RespitePlan plan, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RespiteWorkbook.write(plan, language, out);
        return out.toByteArray();
    }

    static byte[] export(HolidayPlan plan, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HolidayWorkbook.write(plan, language, out);
        return out.toByteArray();
    }

    static List<String> sheetNames(byte[] workbook) throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> names = new ArrayList<>();
            read.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "respite-S", "respite-M" })
    void respitePlanSurvivesTheWorkbookInEveryLanguage(String dataset) {
        RespitePlan plan = BundledDatasets.load(dataset).orElseThrow();
        String json = PlanJson.write(plan);
        for (Locale language : Messages.LANGUAGES) {
            WorkbookImport<RespitePlan> read = RespiteWorkbook.read(new ByteArrayInputStream(export(plan, language)));
            assertThat(PlanJson.write(read.plan())).as(language.toString()).isEqualTo(json);
            assertThat(read.warnings()).noneMatch(WorkbookProblem::isError);
        }
    }

    @Test
    void earlierMonthsAndTheUrgentSettingSurviveTheWorkbook() {
        RespitePlan plan = BundledDatasets.load("respite-S").orElseThrow();
        plan.getLedger().add(new LedgerEntry("C00001", YearMonth.of(2026, 11), 6, 2, 6));
        plan.getLedger().add(new LedgerEntry("C00002", YearMonth.of(2026, 12), 4, 4, 3));
        plan.withParameters(new PlanParameters(null, null, true, 5));
        String json = PlanJson.write(plan);
        assertThat(json).contains("\"ledger\"", "\"urgentMayDisplacePublished\" : true");

        for (Locale language : Messages.LANGUAGES) {
            byte[] workbook = export(plan, language);
            assertThat(PlanJson.write(RespiteWorkbook.read(new ByteArrayInputStream(workbook)).plan())).as(language.toString()).isEqualTo(json);
        }
    }

    @Test
    void solvedPlanKeepsItsDecisionsAndScoreAndGetsTheResultSheets() throws IOException {
        RespitePlan plan = BundledDatasets.load("respite-S").orElseThrow();
        RespitePlan solved = SolverFactory.<RespitePlan> create(RespiteSolver.config(new TerminationConfig().withStepCountLimit(200)))
                .buildSolver().solve(plan);
        assertThat(solved.getStays()).anyMatch(Stay::isAssigned).anyMatch(stay -> !stay.isAssigned());

        byte[] workbook = export(solved, Messages.FINNISH);

        assertThat(PlanJson.write(RespiteWorkbook.read(new ByteArrayInputStream(workbook)).plan())).isEqualTo(PlanJson.write(solved));
        assertThat(sheetNames(workbook)).containsExactly("Ohjeet", "Suunnitelma", "Yksiköt", "Huoneet ja vuoteet", "Asiakkaat",
                "Jaksotoiveet", "Sulkemiset", "Henkilöstömuutokset", "Painot", "Aiemmat kuukaudet", "Jaksot vuoteittain",
                "Jaksot asiakkaittain", "Toteutumattomat", "Tunnusluvut", "Koodit");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            long unmet = solved.getStays().stream().filter(stay -> !stay.isAssigned()).count();
            long served = solved.getStays().size() - unmet;
            assertThat(read.getSheet("Toteutumattomat").getLastRowNum()).isEqualTo(unmet);
            assertThat(read.getSheet("Jaksot vuoteittain").getLastRowNum()).isEqualTo(served);
            assertThat(read.getSheet("Jaksot asiakkaittain").getLastRowNum()).isEqualTo(solved.getStays().size());
            assertThat(read.getSheet("Toteutumattomat").getRow(1).getCell(7).getStringCellValue())
                    .isIn("ei yhtään sopivaa vuodetta", "sopivat vuoteet täynnä tai suljettu koko ikkunan ajan",
                            "vapaa vuode rikkoisi säännön (osaaminen, yhteensopimattomat asiakkaat) tai maksaisi enemmän kuin hyödyttää");
            assertThat(read.getSheet("Tunnusluvut").getRow(1).getCell(1).getStringCellValue()).isEqualTo(solved.getScore().toString());
            assertThat(read.isSheetHidden(read.getSheetIndex("Koodit"))).isTrue();
        }
    }

    @Test
    void theKpiSheetReportsTheDecidedEntitlementAndCostByProducer() throws IOException {
        RespitePlan solved = SolverFactory.<RespitePlan> create(RespiteSolver.config(new TerminationConfig().withStepCountLimit(200)))
                .buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());
        RespiteKpis.Entitlement entitlement = RespiteKpis.of(solved).entitlement();

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(export(solved, Messages.FINNISH)))) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            for (Row row : read.getSheet("Tunnusluvut")) {
                if (row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
                    continue;
                }
                labels.add(row.getCell(0).getStringCellValue());
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(values).containsEntry("Perheitä, joilla on päätös", (double) entitlement.families())
                    .containsEntry("Perheitä, joiden päätös jäi jonakin kuukautena toteutumatta", (double) entitlement.familiesBelow())
                    .containsEntry("Päätöksistä puuttuvat yöt", (double) entitlement.nightsShort());
            assertThat(labels).contains("Päätösten vajaus asiakassegmenteittäin", "Päätösten vajaus yksikkötyypeittäin",
                    "Kustannukset tuottajittain", "oma tuotanto", "Heikoimmin palvellut perheet");
            assertThat(labels).containsAll(entitlement.worstServed().stream().map(RespiteKpis.FamilyShortfall::clientId).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "holiday-S", "holiday-M" })
    void holidayPlanSurvivesTheWorkbookInEveryLanguage(String dataset) {
        HolidayPlan plan = BundledDatasets.loadHoliday(dataset).orElseThrow();
        String json = HolidayJson.write(plan);
        for (Locale language : Messages.LANGUAGES) {
            WorkbookImport<HolidayPlan> read = HolidayWorkbook.read(new ByteArrayInputStream(export(plan, language)));
            assertThat(HolidayJson.write(read.plan())).as(language.toString()).isEqualTo(json);
        }
    }

    @Test
    void solvedHolidayPlanKeepsItsGroups() throws IOException {
        HolidayPlan plan = BundledDatasets.loadHoliday("holiday-S").orElseThrow();
        HolidayPlan solved = SolverFactory.<HolidayPlan> create(HolidaySolver.config(new TerminationConfig().withStepCountLimit(100)))
                .buildSolver().solve(plan);

        byte[] workbook = export(solved, Locale.ENGLISH);

        assertThat(HolidayJson.write(HolidayWorkbook.read(new ByteArrayInputStream(workbook)).plan())).isEqualTo(HolidayJson.write(solved));
        assertThat(sheetNames(workbook)).containsExactly("Instructions", "Plan", "Holiday weeks", "Groups", "Children",
                "Placement requests", "Weights", "Unmet requests", "KPIs", "Codes");
    }

    @Test
    void templatesAreEmptyWorkbooksWithEveryInputSheet() throws IOException {
        ByteArrayOutputStream respite = new ByteArrayOutputStream();
        RespiteWorkbook.template(Messages.SWEDISH, respite);
        assertThat(sheetNames(respite.toByteArray())).containsExactly("Anvisningar", "Plan", "Enheter", "Rum och sängar", "Klienter",
                "Periodönskemål", "Stängningar", "Personaländringar", "Vikter", "Tidigare månader", "Koder");
        ByteArrayOutputStream holiday = new ByteArrayOutputStream();
        HolidayWorkbook.template(Messages.FINNISH, holiday);
        assertThat(sheetNames(holiday.toByteArray())).containsExactly("Ohjeet", "Suunnitelma", "Lomaviikot", "Ryhmät", "Lapset",
                "Paikkatoiveet", "Painot", "Koodit");
    }
}
