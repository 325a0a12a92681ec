package fi.respiteplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.i18n.Messages;

class CsvTest {

    private static final String FINNISH_HEADER = "Jakso;Asiakas;Nimi;Yksikkö;Saapuu;Yöt\r\n";

    @Test
    void finnishAndSwedishAreWhatTheirExcelOpens() {
        String finnish = Csv.of(Messages.of("fi")).header("stayId", "clientId", "clientName", "unit", "arrival", "nights")
                .row("S1", "C1", "Aino Virtanen", "U1", LocalDate.of(2027, 2, 8), 12.5).toString();
        assertThat(finnish).isEqualTo(Csv.BOM + FINNISH_HEADER + "S1;C1;Aino Virtanen;U1;8.2.2027;12,5\r\n");
        assertThat(Csv.of(Messages.of("sv")).header("stayId", "nights").row("S1", 0.85).toString())
                .isEqualTo(Csv.BOM + "Vistelse;Nätter\r\nS1;0,85\r\n");
    }

    @Test
    void englishHasCommasDecimalPointsAndIsoDates() {
        assertThat(Csv.of(Messages.of("en")).header("stayId", "arrival", "nights").row("S1", LocalDate.of(2027, 2, 8), 12.5).toString())
                .isEqualTo(Csv.BOM + "Stay,Arrives,Nights\r\nS1,2027-02-08,12.5\r\n");
    }

    @Test
    void cellsWithTheSeparatorQuoteOrLineBreakAreQuoted() {
        assertThat(Csv.of(Messages.of("fi")).row("a;b", "say \"hi\"", "two\nlines", "cr\rhere", "1,5 as text", "plain").toString())
                .isEqualTo(Csv.BOM + "\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\rhere\";1,5 as text;plain\r\n");
        assertThat(Csv.of(Messages.of("en")).row("a;b", "1,5").toString()).isEqualTo(Csv.BOM + "a;b,\"1,5\"\r\n");
    }

    /** CSV injection: text a spreadsheet would run as a formula is shown instead; numbers, negative ones too, stay numbers. */
    @Test
    void textThatWouldRunAsAFormulaIsShownNotRun() {
        assertThat(Csv.of(Messages.of("fi")).row("=HYPERLINK(\"x\")", "+2 beds", "-1 bed", "@SUM(A1)", "\tx", -5, -2.5, "a=b").toString())
                .isEqualTo(Csv.BOM + "\"'=HYPERLINK(\"\"x\"\")\";'+2 beds;'-1 bed;'@SUM(A1);'\tx;-5;-2,5;a=b\r\n");
    }

    @Test
    void nullIsEmptyAndBooleansAreWords() {
        assertThat(Csv.of(Messages.of("fi")).row(null, "x", null, true, false).toString()).isEqualTo(Csv.BOM + ";x;;kyllä;ei\r\n");
        assertThat(Csv.of(Messages.of("en")).row(true, null).toString()).isEqualTo(Csv.BOM + "yes,\r\n");
    }

    @Test
    void numbersHaveNoThousandsSeparatorAndNegativeDecimalsKeepTheirSign() {
        assertThat(Csv.of(Messages.of("fi")).row(-0.125, -3, 493269L, 1234567.5, 2.0, 0.81534567, new BigDecimal("-1234.50"), Double.NaN)
                .toString()).isEqualTo(Csv.BOM + "-0,125;-3;493269;1234567,5;2;0,8153;-1234,5;\r\n");
        assertThat(Csv.of(Messages.of("en")).row(-0.125, 1234567.5, 1e-7).toString()).isEqualTo(Csv.BOM + "-0.125,1234567.5,0\r\n");
    }

    @Test
    void thePersonalDataLineSaysWhatTheFileHoldsInTheReadersLanguage() {
        assertThat(Csv.of(Messages.of("fi")).personalData("csv.holds.contacts").toString())
                .startsWith(Csv.BOM + "# Sisältää henkilötietoja: asiakkaiden ja huoltajien nimet, puhelinnumerot");
        assertThat(Csv.of(Messages.of("en")).personalData("csv.holds.names").toString())
                .startsWith(Csv.BOM + "# Contains personal data: client names and ids.");
    }
}
