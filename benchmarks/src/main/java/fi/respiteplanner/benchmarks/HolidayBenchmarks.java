package fi.respiteplanner.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidaySolver;

/**
 * Timefold's benchmarker over holiday configurations and the bundled holiday S and M; report in
 * {@code benchmarks/local/holiday-report}. Argument: seconds per run (default 60).
 */
public final class HolidayBenchmarks {

    static final List<String> CONFIGURATIONS = List.of(HolidaySolver.CONFIG_RESOURCE, "benchmarks/holiday-tabu.xml",
            "benchmarks/holiday-late-acceptance-no-swaps.xml");

    private HolidayBenchmarks() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        Path directory = Files.createDirectories(Instances.LOCAL.resolve("data"));
        List<Path> files = new ArrayList<>();
        for (String name : BundledDatasets.holidayNames()) {
            Path file = directory.resolve(name + ".json");
            Files.writeString(file, HolidayJson.write(BundledDatasets.loadHoliday(name).orElseThrow()));
            files.add(file);
        }
        PlannerBenchmarkFactory.create(config(seconds, files, Instances.LOCAL.resolve("holiday-report").toFile()))
                .buildPlannerBenchmark().benchmark();
    }

    static PlannerBenchmarkConfig config(long seconds, List<Path> instances, File reportDirectory) {
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig().withSolutionFileIOClass(HolidayFileIO.class)
                .withInputSolutionFileList(instances.stream().map(Path::toFile).toList());
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (String resource : CONFIGURATIONS) {
            String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".xml", "");
            solvers.add(new SolverBenchmarkConfig().withName(name.equals("holidaySolverConfig") ? "late-acceptance-200 (default)" : name)
                    .withSolverConfig(SolverConfig.createFromXmlResource(resource)
                            .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds)))
                    .withProblemBenchmarksConfig(problems));
        }
        return new PlannerBenchmarkConfig().withBenchmarkDirectory(reportDirectory).withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(solvers);
    }
}
