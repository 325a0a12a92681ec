package fi.respiteplanner.datasets.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Unit;

/** A filled workbook's problems: all at once, each at its sheet, row and column, in the user's language. */
class WorkbookProblemsTest {

    private static final String CLIENTS = "Asiakkaat";
    private static final String STAYS = "Jaksotoiveet";

    private static RespitePlan small() {
        return BundledDatasets.load("respite-S").orElseThrow();
    }

    private static byte[] finnish(RespitePlan plan) {
        return WorkbookRoundTripTest.export(plan, Messages.FINNISH);
    }

    private static List<String> errors(byte[] workbook, Locale language) {
        InvalidWorkbookException invalid = catchThrowableOfType(InvalidWorkbookException.class,
                () -> RespiteWorkbook.read(new ByteArrayInputStream(workbook)));
        assertThat(invalid).as("the workbook is refused as invalid").isNotNull();
        return invalid.errors().stream().map(problem -> problem.message(language)).toList();
    }

    @Test
    void everyProblemOfTheFileAtOnceInFileOrder() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> {
            EditedWorkbook.cell(book, "Yksiköt", 2, "Hinta / yö (€)").setCellValue(-5);
            EditedWorkbook.cell(book, CLIENTS, 14, "Syntymäaika").setCellValue("31.2.2012");
            EditedWorkbook.cell(book, CLIENTS, 15, "Sukupuoli").setCellValue("naaras");
            EditedWorkbook.cell(book, CLIENTS, 16, "Toivotut yksiköt").setCellValue("U1, U99");
            EditedWorkbook.cell(book, STAYS, 5, "Yöt").setCellValue("kaksi");
            String earliest = EditedWorkbook.text(book, STAYS, 6, "Saapuminen aikaisintaan");
            EditedWorkbook.cell(book, STAYS, 6, "Saapuminen viimeistään").setCellValue("1.1.2027");
            EditedWorkbook.cell(book, STAYS, 6, "Saapuminen aikaisintaan").setCellValue("3.1.2027");
            EditedWorkbook.cell(book, STAYS, 6, "Toivottu saapuminen").setCellValue("3.1.2027");
            EditedWorkbook.cell(book, STAYS, 7, "Tunnus").setCellValue(EditedWorkbook.text(book, STAYS, 2, "Tunnus"));
            assertThat(earliest).isNotEmpty();
        });

        assertThat(errors(workbook, Messages.FINNISH)).containsExactly(
                "Yksiköt, rivi 2, sarake Hinta / yö (€) (J): ei saa olla negatiivinen",
                "Asiakkaat, rivi 14, sarake Syntymäaika (C): '31.2.2012' ei ole päivämäärä (p.k.vvvv)",
                "Asiakkaat, rivi 15, sarake Sukupuoli (D): 'naaras' ei ole sallittu arvo (sallitut: nainen, mies, muu)",
                "Asiakkaat, rivi 16, sarake Toivotut yksiköt (L): tunnusta 'U99' ei ole välilehdellä Yksiköt",
                "Jaksotoiveet, rivi 5, sarake Yöt (D): 'kaksi' ei ole luku",
                "Jaksotoiveet, rivi 6, sarake Saapuminen viimeistään (F): on ennen aikaisinta saapumista: saapumisikkuna on tyhjä",
                "Jaksotoiveet, rivi 7, sarake Tunnus (A): tunnus 'S000001' on jo rivillä 2");
    }

    @Test
    void problemsAreSaidInSwedishAndEnglishToo() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book ->
                EditedWorkbook.cell(book, CLIENTS, 14, "Syntymäaika").setCellValue("31.2.2012"));

        assertThat(errors(workbook, Messages.SWEDISH)).containsExactly(
                "Asiakkaat, rad 14, kolumn Syntymäaika (C): '31.2.2012' är inte ett datum (d.m.åååå)");
        assertThat(errors(workbook, Locale.ENGLISH)).containsExactly(
                "Asiakkaat, row 14, column Syntymäaika (C): '31.2.2012' is not a date (d.M.yyyy)");
    }

    @Test
    void datesInFinnishIsoOrExcelFormAndNumbersWithADecimalComma() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> {
            CellStyle excelDate = book.createCellStyle();
            excelDate.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            var real = EditedWorkbook.cell(book, CLIENTS, 2, "Syntymäaika");
            real.setCellValue(LocalDate.of(2012, 5, 4));
            real.setCellStyle(excelDate);
            EditedWorkbook.cell(book, CLIENTS, 3, "Syntymäaika").setCellValue("4.5.2012");
            EditedWorkbook.cell(book, CLIENTS, 4, "Syntymäaika").setCellValue("2012-05-04");
            EditedWorkbook.cell(book, CLIENTS, 2, "Leveysaste").setCellValue("60,17");
            EditedWorkbook.cell(book, "Yksiköt", 2, "Hinta / yö (€)").setCellValue(" 1 234 ");
        });

        RespitePlan plan = RespiteWorkbook.read(new ByteArrayInputStream(workbook)).plan();

        assertThat(plan.getClients().subList(0, 3)).extracting(Client::getBirthDate).containsOnly(LocalDate.of(2012, 5, 4));
        assertThat(plan.getClients().get(0).getHome().lat()).isEqualTo(60.17);
        assertThat(plan.getUnits().get(0).getCostPerNight()).isEqualTo(1234);
    }

    @Test
    void datesOfAWorkbookCountingFrom1904AreTheSameDates() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> {
            book.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle excelDate = book.createCellStyle();
            excelDate.setDataFormat(book.createDataFormat().getFormat("d.m.yyyy"));
            var real = EditedWorkbook.cell(book, CLIENTS, 2, "Syntymäaika");
            real.setCellValue(LocalDate.of(2012, 5, 4));
            real.setCellStyle(excelDate);
        });

        assertThat(RespiteWorkbook.read(new ByteArrayInputStream(workbook)).plan().getClients().get(0).getBirthDate())
                .isEqualTo(LocalDate.of(2012, 5, 4));
    }

    @Test
    void englishAndSwedishValueNamesAreAcceptedInAFinnishFile() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> {
            EditedWorkbook.cell(book, CLIENTS, 2, "Sukupuoli").setCellValue("Female");
            EditedWorkbook.cell(book, CLIENTS, 2, "Tuen tarpeet").setCellValue("autism; epilepsi");
            EditedWorkbook.cell(book, "Yksiköt", 2, "Valveilla oleva yöhoitaja").setCellValue("nej");
        });

        RespitePlan plan = RespiteWorkbook.read(new ByteArrayInputStream(workbook)).plan();

        assertThat(plan.getClients().get(0).getGender()).hasToString("FEMALE");
        assertThat(plan.getClients().get(0).getNeeds()).containsExactly(Skill.AUTISM, Skill.EPILEPSY);
        assertThat(plan.getUnits().get(0).isAwakeNightStaff()).isFalse();
    }

    @Test
    void formulasAreNotEvaluatedButReportedAtTheirCell() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book ->
                EditedWorkbook.cell(book, STAYS, 3, "Yöt").setCellFormula("1+1"));

        assertThat(errors(workbook, Messages.FINNISH)).containsExactly(
                "Jaksotoiveet, rivi 3, sarake Yöt (D): sisältää kaavan =1+1: kirjoita arvo kaavan tilalle");
    }

    @Test
    void mergedCellsAreReportedWithTheirRange() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book ->
                book.getSheet(CLIENTS).addMergedRegion(CellRangeAddress.valueOf("B2:C2")));

        assertThat(errors(workbook, Messages.FINNISH)).contains("Asiakkaat: yhdistettyjä soluja B2:C2: pura yhdistäminen");
    }

    @Test
    void aMissingSheetAndAMissingRequiredColumnAreErrors() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> {
            book.removeSheetAt(book.getSheetIndex(STAYS));
            EditedWorkbook.cell(book, CLIENTS, 1, "Tunnus").setCellValue("Asiakasnumero");
        });

        assertThat(errors(workbook, Messages.FINNISH)).contains("Jaksotoiveet: välilehti puuttuu",
                "Asiakkaat, rivi 1: sarake Tunnus puuttuu");
    }

    @Test
    void anEmptyTemplateSaysWhatIsMissing() {
        java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream();
        RespiteWorkbook.template(Messages.FINNISH, template);

        assertThat(errors(template.toByteArray(), Messages.FINNISH)).containsExactly(
                "Suunnitelma, rivi 3, sarake Ensimmäinen yö (B): puuttuu",
                "Suunnitelma, rivi 4, sarake Viimeinen yö (B): puuttuu");
    }

    @Test
    void holidayProblemsAreFoundTheSameWay() {
        byte[] workbook = EditedWorkbook.edit(WorkbookRoundTripTest.export(BundledDatasets.loadHoliday("holiday-S").orElseThrow(),
                Messages.FINNISH), book -> {
                    EditedWorkbook.cell(book, "Paikkatoiveet", 2, "Toivotut päivät").setCellValue("1.1.2027");
                    EditedWorkbook.cell(book, "Paikkatoiveet", 3, "Ryhmä").setCellValue("G-404");
                    EditedWorkbook.cell(book, "Lapset", 2, "Luokka").setCellValue(12);
                });

        InvalidWorkbookException invalid = catchThrowableOfType(InvalidWorkbookException.class,
                () -> HolidayWorkbook.read(new ByteArrayInputStream(workbook)));

        assertThat(invalid.errors()).extracting(problem -> problem.message(Messages.FINNISH)).containsExactly(
                "Lapset, rivi 2, sarake Luokka (C): on oltava 1–9",
                "Paikkatoiveet, rivi 2, sarake Toivotut päivät (D): 1.1.2027 ei ole lomaviikon 2026-W42 päivä",
                "Paikkatoiveet, rivi 3, sarake Ryhmä (F): tunnusta 'G-404' ei ole välilehdellä Ryhmät");
    }

    @Test
    void aSheetGivenTwiceInTwoLanguagesIsAnError() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book -> book.createSheet("Clients"));

        assertThat(errors(workbook, Messages.FINNISH)).containsExactly("Clients: sama välilehti on jo nimellä Asiakkaat: poista toinen");
    }

    @Test
    void theHorizonIsRequiredOnThePlanSheet() {
        byte[] workbook = EditedWorkbook.edit(finnish(small()), book ->
                book.getSheet("Suunnitelma").getRow(2).getCell(1).setBlank());

        assertThat(errors(workbook, Messages.FINNISH)).containsExactly("Suunnitelma, rivi 3, sarake Ensimmäinen yö (B): puuttuu");
    }

    @Test
    void surprisesThatAreNotErrorsComeBackAsWarnings() {
        RespitePlan plan = small();
        plan.getUnits().forEach(unit -> unit.getSkillCapacity().put(Skill.AAC, 0));
        int aacClient = indexOf(plan, client -> client.getNeeds().contains(Skill.AAC));
        int stayOfAnother = plan.getStays().indexOf(plan.getStays().stream()
                .filter(stay -> !stay.getClient().getNeeds().contains(Skill.AAC)).findFirst().orElseThrow());
        Client old = plan.getStays().get(stayOfAnother).getClient();
        byte[] workbook = EditedWorkbook.edit(finnish(plan), book -> {
            int row = 2 + plan.getClients().indexOf(old);
            EditedWorkbook.cell(book, CLIENTS, row, "Syntymäaika").setCellValue("1.1.1900");
            EditedWorkbook.cell(book, CLIENTS, 1, "Nimi").setCellValue("Kutsumanimi");
            book.createSheet("Muistiinpanot");
        });

        WorkbookImport<RespitePlan> read = RespiteWorkbook.read(new ByteArrayInputStream(workbook));

        assertThat(read.warnings()).noneMatch(WorkbookProblem::isError);
        assertThat(read.warnings()).extracting(problem -> problem.message(Messages.FINNISH)).contains(
                "Asiakkaat, rivi 1, sarake Kutsumanimi (B): saraketta ei tunneta; se ohitettiin",
                "Asiakkaat, rivi " + (2 + aacClient) + ", sarake Tuen tarpeet (I): mikään yksikkö ei tarjoa osaamista "
                        + "puhetta tukeva viestintä: asiakkaan jaksot jäävät toteutumatta",
                "Jaksotoiveet, rivi " + (2 + stayOfAnother) + ", sarake Asiakas (B): asiakkaalle " + old.getId()
                        + " ei sovi yksikään vuode (ikä, tuen tarpeet, välttämättömät ominaisuudet, huoneen sukupuolirajaus tai matka): "
                        + "toive jää toteutumatta",
                "Muistiinpanot: välilehteä ei tunneta; se ohitettiin");
    }

    private static int indexOf(RespitePlan plan, java.util.function.Predicate<Client> test) {
        for (int c = 0; c < plan.getClients().size(); c++) {
            if (test.test(plan.getClients().get(c))) {
                return c;
            }
        }
        throw new IllegalStateException("no such client in respite-S");
    }

    @Test
    void aUnitWithoutBedsIsNamedAtItsRow() {
        RespitePlan plan = small();
        plan.getUnits().add(new Unit("U9", fi.respiteplanner.common.Producer.OWN, 18, 99, 100));

        assertThat(errors(finnish(plan), Messages.FINNISH))
                .containsExactly("Yksiköt, rivi " + (1 + plan.getUnits().size()) + ": yksiköllä ei ole yhtään vuodetta välilehdellä Huoneet ja vuoteet");
    }
}
