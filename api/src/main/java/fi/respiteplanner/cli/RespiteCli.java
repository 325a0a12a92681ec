package fi.respiteplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.json.InvalidPlanException;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * Command line: {@code solve <plan.json | respite-S | respite-M | respite-L | respite-XL> [--time 60]
 * [--unimproved 0] [--out solution.json]}. Prints the score, when the plan first had no hard
 * violation, the move evaluation speed, the KPIs and the constraint breakdown.
 */
public final class RespiteCli {

    private static final String USAGE = """
            usage: solve <plan.json | %s> [--time SECONDS] [--unimproved SECONDS] [--out FILE]
              --time        time limit (default 60)
              --unimproved  also stop after this many seconds without a better score (default: off)
              --out         where to write the solved plan JSON (default: solution-<name>.json)
            """.formatted(String.join(" | ", BundledDatasets.names()));

    private RespiteCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns the exit code: 0 solved, 1 invalid plan, 2 usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        RespitePlan plan;
        try {
            plan = load(options.input());
        } catch (InvalidPlanException e) {
            err.println("The plan " + options.input() + " is not valid:");
            for (Violation violation : e.violations()) {
                err.println("  " + violation);
            }
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + options.input() + ": " + e.getMessage());
            return 1;
        }
        SolveResult result = solve(plan, options);
        try (OutputStream file = Files.newOutputStream(options.output())) {
            PlanJson.write(result.plan(), file);
        } catch (IOException e) {
            err.println("Cannot write " + options.output() + ": " + e.getMessage());
            return 1;
        }
        report(result, options, out);
        return 0;
    }

    private static RespitePlan load(String input) throws IOException {
        Path path = Path.of(input);
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return PlanJson.read(in);
            }
        }
        return BundledDatasets.load(input).orElseThrow(() -> new IOException(
                "no such file, and not a dataset name (" + String.join(", ", BundledDatasets.names()) + ")"));
    }

    record SolveResult(RespitePlan plan, long firstFeasibleMillis, long moveEvaluationSpeed, long millis) {
    }

    static SolveResult solve(RespitePlan plan, Options options) {
        SolverFactory<RespitePlan> factory = SolverFactory.create(RespiteSolver.config(options.timeLimit(), options.unimproved()));
        AtomicLong firstFeasible = new AtomicLong(-1);
        long start = System.nanoTime();
        try (SolverManager<RespitePlan, UUID> manager = SolverManager.create(factory)) {
            SolverJob<RespitePlan, UUID> job = manager.solveBuilder()
                    .withProblemId(UUID.randomUUID())
                    .withProblem(plan)
                    .withBestSolutionEventConsumer(event -> {
                        HardMediumSoftLongScore score = event.solution().getScore();
                        if (score != null && score.isSolutionInitialized() && score.hardScore() == 0) {
                            firstFeasible.compareAndSet(-1, (System.nanoTime() - start) / 1_000_000);
                        }
                    })
                    .run();
            RespitePlan solved = job.getFinalBestSolution();
            return new SolveResult(solved, firstFeasible.get(), job.getMoveEvaluationSpeed(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("solving failed", e.getCause());
        }
    }

    private static void report(SolveResult result, Options options, PrintStream out) {
        RespitePlan plan = result.plan();
        out.printf(Locale.ROOT, "Plan            %s%n", plan.getName());
        out.printf(Locale.ROOT, "Score           %s  (after %.1f s)%n", plan.getScore(), result.millis() / 1000.0);
        out.printf(Locale.ROOT, "First feasible  %s%n", result.firstFeasibleMillis() < 0 ? "never (hard constraints broken)"
                : "%.2f s".formatted(result.firstFeasibleMillis() / 1000.0));
        out.printf(Locale.ROOT, "Move evaluation %,d moves/s%n", result.moveEvaluationSpeed());
        out.printf(Locale.ROOT, "Solution        %s%n%n", options.output());
        KpiReport.print(RespiteKpis.of(plan), out);
        SolutionManager<RespitePlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(SolverFactory.create(RespiteSolver.config(options.timeLimit(), null)));
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan);
        out.println();
        out.println("Constraint breakdown");
        List<ConstraintAnalysis<HardMediumSoftLongScore>> rows = new ArrayList<>(analysis.constraintMap().values());
        rows.sort((a, b) -> a.score().compareTo(b.score()));
        for (ConstraintAnalysis<HardMediumSoftLongScore> row : rows) {
            out.printf(Locale.ROOT, "  %-36s %8d matches  %s%n", row.constraintRef().constraintName(), row.matchCount(), row.score());
        }
    }

    record Options(String input, Duration timeLimit, Duration unimproved, Path output) {

        static Options parse(String[] args) {
            if (args.length < 2 || !args[0].equals("solve")) {
                throw new IllegalArgumentException(args.length == 0 ? "no command given" : "unknown command or missing input: " + String.join(" ", args));
            }
            String input = args[1];
            Map<String, String> flags = new java.util.HashMap<>();
            for (int i = 2; i < args.length; i += 2) {
                if (!List.of("--time", "--unimproved", "--out").contains(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
                }
                flags.put(args[i], args[i + 1]);
            }
            Duration time = Duration.ofSeconds(seconds(flags.getOrDefault("--time", "60"), "--time"));
            long unimproved = seconds(flags.getOrDefault("--unimproved", "0"), "--unimproved");
            String name = Path.of(input).getFileName().toString().replace(".json", "");
            return new Options(input, time, unimproved == 0 ? null : Duration.ofSeconds(unimproved),
                    Path.of(flags.getOrDefault("--out", "solution-" + name + ".json")));
        }

        private static long seconds(String value, String flag) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds < 0 || (flag.equals("--time") && seconds == 0)) {
                    throw new IllegalArgumentException(flag + " must be a positive number of seconds: " + value);
                }
                return seconds;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " must be a whole number of seconds: " + value);
            }
        }
    }
}
