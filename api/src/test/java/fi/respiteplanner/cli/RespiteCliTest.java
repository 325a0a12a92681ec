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
        assertThat(run("solve", "respite-S", "--time", "3", "--out", solution.toString())).isZero();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Score", "First feasible", "Move evaluation", "KPIs", "Constraint breakdown", "Unmet demand");
        try (InputStream in = Files.newInputStream(solution)) {
            RespitePlan solved = PlanJson.read(in);
            assertThat(solved.getScore().hardScore()).isZero();
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("units: must list at least one unit");
    }

    @Test
    void explainsUsage() {
        assertThat(run("solve")).isEqualTo(2);
        assertThat(run("solve", "respite-S", "--time", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--time must be a whole number of seconds: soon", "usage: solve");
    }

    @Test
    void unknownDatasetIsAnError() {
        assertThat(run("solve", "respite-XXL", "--out", directory.resolve("x.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a dataset name");
    }
}
