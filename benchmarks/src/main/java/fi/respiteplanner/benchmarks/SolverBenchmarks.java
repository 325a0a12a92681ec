package fi.respiteplanner.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.respite.RespiteSolver;

/**
 * Timefold's benchmarker over solver configurations and respite instances; the HTML report lands in
 * {@code benchmarks/local/solver-report}. Arguments: seconds per run (default 60), then sizes (default S M L).
 */
public final class SolverBenchmarks {

    /** The default configuration first (as it is and as large plans get it), then the alternatives in benchmarks/src/main/resources/benchmarks. */
    static final List<String> CONFIGURATIONS = List.of(RespiteSolver.CONFIG_RESOURCE, "benchmarks/ffd-late-acceptance.xml",
            "benchmarks/diversified-late-acceptance.xml",
            "benchmarks/tabu.xml",
            "benchmarks/simulated-annealing.xml", "benchmarks/late-acceptance-no-swaps.xml", "benchmarks/late-acceptance-100.xml");

    private SolverBenchmarks() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L");
        PlannerBenchmarkFactory.create(config(seconds, Instances.write(sizes), Instances.LOCAL.resolve("solver-report").toFile()))
                .buildPlannerBenchmark().benchmark();
    }

    static PlannerBenchmarkConfig config(long seconds, List<Path> instances, File reportDirectory) {
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(PlanFileIO.class)
                .withInputSolutionFileList(instances.stream().map(Path::toFile).toList());
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (String resource : CONFIGURATIONS) {
            SolverConfig solver = SolverConfig.createFromXmlResource(resource)
                    .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
            solvers.add(new SolverBenchmarkConfig().withName(name(resource)).withSolverConfig(solver).withProblemBenchmarksConfig(problems));
            if (resource.equals(RespiteSolver.CONFIG_RESOURCE)) {
                solvers.add(new SolverBenchmarkConfig().withName("default for large plans (late acceptance %d)".formatted(RespiteSolver.LARGE_PLAN_LATE_ACCEPTANCE))
                        .withSolverConfig(RespiteSolver.withLateAcceptance(solver, RespiteSolver.LARGE_PLAN_LATE_ACCEPTANCE))
                        .withProblemBenchmarksConfig(problems));
            }
        }
        return new PlannerBenchmarkConfig().withBenchmarkDirectory(reportDirectory).withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(solvers);
    }

    private static String name(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1).replace(".xml", "");
        return file.equals("respiteSolverConfig") ? "greedy-search-moves (default below %d stays)".formatted(RespiteSolver.LARGE_PLAN_STAYS) : file;
    }
}
