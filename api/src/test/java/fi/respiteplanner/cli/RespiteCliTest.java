package fi.respiteplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

class RespiteCliTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RespiteCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void solvesABundledDatasetAndWritesTheSolution() throws IOException {
        Path solution = directory.resolve("solved.json");
        assertThat(run("solve", "respite-S", "--steps", "2000", "--out", solution.toString())).isZero();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Score", "First feasible", "Move evaluation", "KPIs", "Constraint breakdown", "Unmet demand");
        try (InputStream in = Files.newInputStream(solution)) {
            RespitePlan solved = PlanJson.read(in);
            assertThat(solved.getScore().isFeasible()).isTrue();
            assertThat(solved.getStays()).filteredOn(Stay::isAssigned).isNotEmpty();
            assertThat(report).contains("Score           " + solved.getScore());
        }
    }

    @Test
    void rejectsAnInvalidPlanNamingTheField() throws IOException {
        Path bad = directory.resolve("bad.json");
        Files.writeString(bad, """
                {"horizon": {"from": "2027-01-01", "to": "2027-01-31"}, "units": [], "clients": [], "stays": []}
                """);
        assertThat(run("solve", bad.toString(), "--out", directory.resolve("x.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Invalid input", "units: must list at least one unit");
    }

    @Test
    void explainsUsage() {
        assertThat(run("solve")).isEqualTo(2);
        assertThat(run("solve", "respite-S", "--time", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--time must be a whole number: soon", "usage:");
        assertThat(run("sweep", "respite-S", "sweep.json", "--lang", "de")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang must be one of fi, sv, en: de");
    }

    @Test
    void unknownDatasetIsAnError() {
        assertThat(run("solve", "respite-XXL", "--out", directory.resolve("x.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a dataset name");
    }

    @Test
    void whatIfWritesTheComparison() throws IOException {
        Path variants = directory.resolve("variants.json");
        Files.writeString(variants, """
                [{"name": "+3 children's beds", "changes": [{"type": "ADD_BEDS", "unitId": "U2", "count": 3}]}]""");
        Path csv = directory.resolve("comparison.csv");
        assertThat(run("whatif", "respite-S", variants.toString(), "--steps", "1000", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).as("Finnish by default").startsWith(Csv.BOM + "Tunnusluku;base;'+3 children's beds;");
        assertThat(Files.readString(directory.resolve("comparison.json"))).contains("\"servedNights\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Toteutuvat yöt;").doesNotContain(Csv.BOM);
        assertThat(run("whatif", "respite-S", variants.toString(), "--steps", "1000", "--lang", "en", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith(Csv.BOM + "Indicator,base,'+3 children's beds,").contains("\nNights served,");
    }

    @Test
    void replanWritesTheNewPlanAndTheDiff() throws IOException {
        Path published = directory.resolve("published.json");
        assertThat(run("solve", "respite-S", "--steps", "200", "--out", published.toString())).isZero();
        Path changes = directory.resolve("changes.json");
        Files.writeString(changes, """
                {"today": "2027-02-01", "changes": [
                  {"type": "CLOSE_UNIT", "unitId": "U1", "nights": {"from": "2027-02-20", "to": "2027-02-28"}}]}""");
        Path replanned = directory.resolve("replanned.json");
        assertThat(run("replan", published.toString(), changes.toString(), "--steps", "2000", "--out", replanned.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Families to tell", "published stays dropped", "moved to another unit");
        String diff = Files.readString(directory.resolve("replanned-diff.csv"));
        assertThat(diff).as("adults in the closed unit have nowhere else to go, forced out by the closure")
                .containsPattern(";ei paikkaa;[^;]*;;kyllä;Yksikkö [^;]* suljettu [^;]*;");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Needless moves put back after solving");
        try (InputStream in = Files.newInputStream(replanned)) {
            assertThat(PlanJson.read(in).getReplanning().today()).hasToString("2027-02-01");
        }
    }

    @Test
    void sweepSolvesEveryStepAndAnswersPerAxis() throws IOException {
        Path sweep = directory.resolve("sweep.json");
        Files.writeString(sweep, """
                {"axes": [
                  {"type": "OWN_BEDS", "name": "own children's beds", "unitId": "U2", "bedsPerStep": 2, "steps": 2, "fixedCostPerBedNight": 180},
                  {"type": "PURCHASED_BLOCK", "name": "purchased block", "unitId": "P1", "minAge": 4, "maxAge": 17, "costPerNight": 290,
                   "awakeNightStaff": true, "skillCapacity": {"AUTISM": 4}, "bedsPerStep": 2, "steps": 1}]}""");
        Path csv = directory.resolve("sweep.csv");
        assertThat(run("sweep", "respite-S", sweep.toString(), "--steps", "500", "--out", csv.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(csv).lines()).hasSize(1 + 1 + 3).first().asString().startsWith(Csv.BOM + "Vaihtoehto;Askel;");
        assertThat(Files.readString(directory.resolve("sweep.json"))).contains("\"answers\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("own children's beds: ", "purchased block: ", "At equal coverage");
    }

    @Test
    void solveMergesThePreviousPlansLedger() throws IOException {
        Path previous = directory.resolve("previous.json");
        assertThat(run("solve", "respite-S", "--steps", "200", "--out", previous.toString())).isZero();
        assertThat(run("solve", "respite-S", "--steps", "200", "--ledger", previous.toString(), "--out", directory.resolve("next.json")
                .toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the same quarter: its months are this plan's own")
                .containsPattern("Ledger +0 months from .*previous.json .* [1-9][0-9]* inside its horizon")
                .contains("decided entitlement", "cost, OWN");
    }

    @Test
    void solvesAHolidayPlan() throws IOException {
        Path solution = directory.resolve("holiday.json");
        assertThat(run("solve-holiday", "holiday-S", "--steps", "2000", "--out", solution.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Child-days", "Continuity", "Week-to-week continuity");
        assertThat(Files.readString(solution)).contains("\"placements\"");
    }
}
