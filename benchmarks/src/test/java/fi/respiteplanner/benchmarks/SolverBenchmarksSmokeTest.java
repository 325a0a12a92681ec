package fi.respiteplanner.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** CI's seconds-long run of the benchmark harness: every configuration solves S and the report is written. */
class SolverBenchmarksSmokeTest {

    @TempDir
    Path directory;

    @Test
    void everyConfigurationRunsAndTheReportIsWritten() throws IOException {
        Path small = directory.resolve("respite-S.json");
        Files.copy(Instances.write(List.of("S")).get(0), small);
        PlannerBenchmarkFactory.create(SolverBenchmarks.config(1, List.of(small), directory.resolve("report").toFile()))
                .buildPlannerBenchmark().benchmark();
        try (Stream<Path> files = Files.walk(directory.resolve("report"))) {
            List<Path> reports = files.filter(file -> file.getFileName().toString().equals("index.html")).toList();
            assertThat(reports).hasSize(1);
            assertThat(Files.readString(reports.get(0))).contains("tabu", "simulated-annealing", "diversified-late-acceptance", "greedy-search-moves (default below 1000 stays)", "default for large plans (late acceptance 50)", "ffd-late-acceptance");
        }
    }

    @Test
    void everyHolidayConfigurationRunsAndTheReportIsWritten() throws IOException {
        Path small = directory.resolve("holiday-S.json");
        Files.writeString(small, HolidayJson.write(BundledDatasets.loadHoliday("holiday-S").orElseThrow()));
        PlannerBenchmarkFactory.create(HolidayBenchmarks.config(1, List.of(small), directory.resolve("holiday-report").toFile()))
                .buildPlannerBenchmark().benchmark();
        try (Stream<Path> files = Files.walk(directory.resolve("holiday-report"))) {
            assertThat(files.filter(file -> file.getFileName().toString().equals("index.html"))).hasSize(1);
        }
    }
}
