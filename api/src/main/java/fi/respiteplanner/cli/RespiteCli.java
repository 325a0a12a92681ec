package fi.respiteplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.api.office.OfficeDiff;
import fi.respiteplanner.common.Csv;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.json.InvalidPlanException;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.replan.PromiseReport;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.replan.StabilityPolish;
import fi.respiteplanner.respite.Ledger;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.scenario.CapacitySweep;
import fi.respiteplanner.scenario.KpiComparison;
import fi.respiteplanner.scenario.ScenarioRunner;
import fi.respiteplanner.scenario.Variant;

/**
 * The command line: solve a plan, compare what-if variants, re-plan a published plan with a change
 * set. Exit codes: 0 done, 1 invalid input, 2 usage error.
 */
public final class RespiteCli {

    public static final List<String> COMMANDS = List.of("solve", "whatif", "replan", "sweep", "solve-holiday");

    private static final String USAGE = """
            usage:
              solve  <plan.json | %1$s> [--time SECONDS | --steps N] [--unimproved SECONDS] [--ledger PREVIOUS.json] [--out FILE]
              whatif <base.json | dataset> <variants.json> [--time SECONDS | --steps N] [--lang fi|sv|en] [--out comparison.csv]
              replan <published.json> <changeset.json> [--time SECONDS | --steps N] [--lang fi|sv|en] [--out replanned.json]
              sweep  <base.json | dataset> <sweep.json> [--time SECONDS | --steps N] [--lang fi|sv|en] [--out sweep.csv]
              solve-holiday <holiday.json | holiday-S | holiday-M> [--time SECONDS | --steps N] [--out FILE]
            --time        time limit per solve (default 60)
            --steps       local search steps per solve instead: the same steps give the same result
            --unimproved  also stop after this many seconds without a better score (default: off)
            --ledger      a solved plan of an earlier period: its ledger (nights per client and month) is merged in
            --lang        the CSV files' language and dialect (default fi): fi and sv as Finnish and Swedish Excel opens them
                          (semicolons, decimal comma, d.M.yyyy), en with commas, decimal points and ISO dates
            """.formatted(String.join(" | ", BundledDatasets.names()));

    private RespiteCli() {
    }

    /** Runs a command and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args);
            return switch (options.command()) {
                case "solve" -> solve(options, out);
                case "whatif" -> whatIf(options, out);
                case "sweep" -> sweep(options, out);
                case "solve-holiday" -> solveHoliday(options, out);
                default -> replan(options, out);
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (InvalidPlanException e) {
            err.println("Invalid input:");
            e.violations().forEach(violation -> err.println("  " + violation));
            return 1;
        } catch (IOException e) {
            err.println("Cannot read or write a file: " + e.getMessage());
            return 1;
        }
    }

    // ---- solve ----

    private static int solve(Options options, PrintStream out) throws IOException {
        RespitePlan plan = load(options.positional(0));
        if (options.flags().containsKey("--ledger")) {
            String previous = options.flags().get("--ledger");
            Ledger.Merged merged = Ledger.merge(plan, Ledger.of(load(previous)));
            plan.link();
            out.printf(Locale.ROOT, "Ledger          %d months from %s (%d replacing older ones; left out: %d of clients not in this plan, "
                    + "%d inside its horizon)%n", merged.added() + merged.replaced(), previous, merged.replaced(), merged.unknownClients(),
                    merged.insideHorizon());
        }
        SolveResult result = solveWithProgress(plan, options.termination());
        Path output = options.output("solution-" + baseName(options.positional(0)) + ".json");
        Files.writeString(output, PlanJson.write(result.plan()));
        out.printf(Locale.ROOT, "Plan            %s%n", result.plan().getName());
        out.printf(Locale.ROOT, "Score           %s  (after %.1f s)%n", result.plan().getScore(), result.millis() / 1000.0);
        out.printf(Locale.ROOT, "First feasible  %s%n", result.firstFeasibleMillis() < 0 ? "never (hard constraints broken)"
                : "%.2f s".formatted(result.firstFeasibleMillis() / 1000.0));
        out.printf(Locale.ROOT, "Move evaluation %,d moves/s%n", result.moveEvaluationSpeed());
        out.printf(Locale.ROOT, "Solution        %s%n%n", output);
        KpiReport.print(RespiteKpis.of(result.plan()), out);
        printBreakdown(result.plan(), out);
        return 0;
    }

    record SolveResult(RespitePlan plan, long firstFeasibleMillis, long moveEvaluationSpeed, long millis) {
    }

    static SolveResult solveWithProgress(RespitePlan plan, TerminationConfig termination) {
        SolverFactory<RespitePlan> factory = SolverFactory.create(plan.getReplanning() == null ? RespiteSolver.config(termination, plan)
                : RespiteSolver.replanConfig(termination));
        AtomicLong firstFeasible = new AtomicLong(-1);
        long start = System.nanoTime();
        try (SolverManager<RespitePlan, UUID> manager = SolverManager.create(factory)) {
            SolverJob<RespitePlan, UUID> job = manager.solveBuilder()
                    .withProblemId(UUID.randomUUID())
                    .withProblem(plan)
                    .withBestSolutionEventConsumer(event -> {
                        BendableLongScore score = event.solution().getScore();
                        if (score != null && score.isSolutionInitialized() && score.isFeasible()) {
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

    private static void printBreakdown(RespitePlan plan, PrintStream out) {
        printRows(RespiteSolver.solutionManager().analyze(plan), out);
    }

    private static <Score_ extends Score<Score_>> void printRows(ScoreAnalysis<Score_> analysis, PrintStream out) {
        out.println();
        out.println("Constraint breakdown");
        List<ConstraintAnalysis<Score_>> rows = new ArrayList<>(analysis.constraintMap().values());
        rows.sort((a, b) -> a.score().compareTo(b.score()));
        for (ConstraintAnalysis<Score_> row : rows) {
            out.printf(Locale.ROOT, "  %-36s %8d matches  %s%n", row.constraintRef().constraintName(), row.matchCount(), row.score());
        }
    }

    // ---- what-if ----

    private static int whatIf(Options options, PrintStream out) throws IOException {
        RespitePlan base = load(options.positional(0));
        List<Variant> variants = readJson(options.positional(1), new TypeReference<>() {
        });
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String path = "variants[" + i + "]";
            variants.get(i).validate(base).forEach(v -> violations.add(new Violation(path + "." + v.field(), v.reason())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        KpiComparison comparison = ScenarioRunner.run(base, variants, options.termination(), Runtime.getRuntime().availableProcessors(),
                plan -> PlanJson.read(PlanJson.write(plan)));
        Path output = options.output("comparison-" + baseName(options.positional(0)) + ".csv");
        String csv = comparison.toCsv(options.words());
        Files.writeString(output, csv);
        Files.writeString(Path.of(output.toString().replaceAll("\\.csv$", "") + ".json"), PlanJson.mapper().writeValueAsString(comparison));
        out.print(withoutBom(csv));
        out.println("Comparison      " + output + " (and .json)");
        return 0;
    }

    // ---- capacity sweep ----

    private static int sweep(Options options, PrintStream out) throws IOException {
        RespitePlan base = load(options.positional(0));
        SweepFile file = readJson(options.positional(1), new TypeReference<>() {
        });
        List<CapacitySweep.Axis> axes = file == null ? null : file.axes();
        List<Violation> violations = CapacitySweep.validate(base, axes);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        CapacitySweep.Result result = CapacitySweep.run(base, axes, options.termination(), Runtime.getRuntime().availableProcessors(),
                plan -> PlanJson.read(PlanJson.write(plan)));
        Path output = options.output("sweep-" + baseName(options.positional(0)) + ".csv");
        String csv = result.toCsv(options.words());
        Files.writeString(output, csv);
        Files.writeString(Path.of(output.toString().replaceAll("\\.csv$", "") + ".json"), PlanJson.mapper().writeValueAsString(result));
        out.print(withoutBom(csv));
        out.println();
        for (CapacitySweep.Answer answer : result.answers()) {
            CapacitySweep.Point p = answer.point();
            out.printf(Locale.ROOT, "%s: %s %d added, %d families below entitlement, %d nights short, cost %,d € (%,d € operating + %,d € "
                    + "fixed)%n", answer.axis(), answer.everyDecisionMet() ? "every decision met with" : "best reachable with", p.capacity(),
                    p.familiesBelowEntitlement(), p.entitlementNightsShort(), p.totalCost(), p.operatingCost(), p.fixedCost());
        }
        for (CapacitySweep.EqualCoverage pair : result.equalCoverage()) {
            out.printf(Locale.ROOT, "At equal coverage (%d families below entitlement): %s %d added at %,d €, %s %d added at %,d €%n",
                    pair.familiesBelowEntitlement(), pair.first().axis(), pair.first().capacity(), pair.first().totalCost(),
                    pair.second().axis(), pair.second().capacity(), pair.second().totalCost());
        }
        out.println("Sweep           " + output + " (and .json)");
        return 0;
    }

    /** A CSV as the terminal shows it: without the byte order mark that tells Excel it is UTF-8. */
    private static String withoutBom(String csv) {
        return csv.startsWith(Csv.BOM) ? csv.substring(Csv.BOM.length()) : csv;
    }

    /** The sweep file: the axes along which capacity is added. */
    record SweepFile(List<CapacitySweep.Axis> axes) {
    }

    // ---- re-plan ----

    private static int replan(Options options, PrintStream out) throws IOException {
        RespitePlan published = load(options.positional(0));
        ChangeSet changeSet = readJson(options.positional(1), new TypeReference<>() {
        });
        Replanner.Prepared prepared = new Replanner(RespiteSolver.solutionManager()).prepare(published, changeSet);
        if (!prepared.violations().isEmpty()) {
            throw new InvalidPlanException(prepared.violations());
        }
        SolveResult result = solveWithProgress(prepared.plan(), options.termination());
        int reverted = StabilityPolish.revertNeedlessChanges(SolverFactory.create(RespiteSolver.config(options.termination())), result.plan());
        Path output = options.output("replanned-" + baseName(options.positional(0)) + ".json");
        Files.writeString(output, PlanJson.write(result.plan()));
        PlanDiff diff = PlanDiff.of(result.plan());
        Path diffFile = Path.of(output.toString().replaceAll("\\.json$", "") + "-diff.csv");
        Messages words = options.words();
        Files.writeString(diffFile, OfficeDiff.of(result.plan(), diff, words).toCsv(result.plan(), words, Naming.WITH_CLIENT_NAMES));
        out.printf(Locale.ROOT, "Score            %s  (after %.1f s)%n", result.plan().getScore(), result.millis() / 1000.0);
        out.printf(Locale.ROOT, "Families to tell %d (%d changed stays)%n", diff.familiesAffected(), diff.changes().size());
        out.printf(Locale.ROOT, "Re-planned from the freeze window: %s%n", result.plan().getReplanning().replannedFrozen());
        out.printf(Locale.ROOT, "Needless moves put back after solving: %d%n", reverted);
        out.print(PromiseReport.of(diff).table());
        out.printf(Locale.ROOT, "New plan         %s%nDiff             %s%n", output, diffFile);
        return 0;
    }

    // ---- holiday ----

    private static int solveHoliday(Options options, PrintStream out) throws IOException {
        String input = options.positional(0);
        HolidayPlan plan = Files.exists(Path.of(input)) ? HolidayJson.read(Files.readString(Path.of(input)))
                : BundledDatasets.loadHoliday(input).orElseThrow(() -> new IOException(
                        input + ": no such file, and not a dataset name (" + String.join(", ", BundledDatasets.holidayNames()) + ")"));
        SolverFactory<HolidayPlan> factory = SolverFactory.create(HolidaySolver.config(options.termination()));
        long start = System.nanoTime();
        HolidayPlan solved = factory.buildSolver().solve(plan);
        Path output = options.output("solution-" + baseName(input) + ".json");
        Files.writeString(output, HolidayJson.write(solved));
        HolidayKpis kpis = HolidayKpis.of(solved);
        out.printf(Locale.ROOT, "Plan            %s%n", solved.getName());
        out.printf(Locale.ROOT, "Score           %s  (after %.1f s)%n", solved.getScore(), (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "Child-days      %d of %d served (%.1f %%), %d children left with nothing%n", kpis.servedChildDays(),
                kpis.requestedChildDays(), 100.0 * kpis.servedChildDays() / Math.max(1, kpis.requestedChildDays()),
                kpis.childrenLeftWithNothing());
        out.printf(Locale.ROOT, "Unmet by need   %s%n", kpis.unmetDaysByNeed());
        out.printf(Locale.ROOT, "Continuity      %.1f %% of consecutive weeks in the same team%n", 100 * kpis.continuityShare());
        out.printf(Locale.ROOT, "Siblings        %.1f %% together%n", 100 * kpis.siblingsTogetherShare());
        out.printf(Locale.ROOT, "Cost            %,d €%nSolution        %s%n", kpis.totalCost(), output);
        SolutionManager<HolidayPlan, HardMediumSoftLongScore> solutions = SolutionManager.create(factory);
        printRows(solutions.analyze(solved), out);
        return 0;
    }

    // ---- input ----

    private static RespitePlan load(String input) throws IOException {
        Path path = Path.of(input);
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return PlanJson.read(in);
            }
        }
        return BundledDatasets.load(input).orElseThrow(() -> new IOException(
                input + ": no such file, and not a dataset name (" + String.join(", ", BundledDatasets.names()) + ")"));
    }

    private static <T> T readJson(String file, TypeReference<T> type) throws IOException {
        try {
            return PlanJson.mapper().readValue(Path.of(file).toFile(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException(List.of(PlanJson.violationOf(e)));
        }
    }

    private static String baseName(String input) {
        return Path.of(input).getFileName().toString().replace(".json", "");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    record Options(String command, List<String> positionals, Map<String, String> flags) {

        private static final Map<String, Integer> POSITIONALS = Map.of("solve", 1, "whatif", 2, "replan", 2, "sweep", 2,
                "solve-holiday", 1);
        private static final Map<String, List<String>> FLAGS = Map.of(
                "solve", List.of("--time", "--steps", "--unimproved", "--ledger", "--out"),
                "whatif", List.of("--time", "--steps", "--lang", "--out"),
                "replan", List.of("--time", "--steps", "--lang", "--out"),
                "sweep", List.of("--time", "--steps", "--lang", "--out"),
                "solve-holiday", List.of("--time", "--steps", "--out"));

        static Options parse(String[] args) {
            if (args.length == 0 || !COMMANDS.contains(args[0])) {
                throw new UsageException(args.length == 0 ? "no command given" : "unknown command: " + args[0]);
            }
            String command = args[0];
            int count = POSITIONALS.get(command);
            if (args.length < 1 + count) {
                throw new UsageException(command + " needs " + count + " input" + (count > 1 ? "s" : ""));
            }
            List<String> positionals = List.of(args).subList(1, 1 + count);
            Map<String, String> flags = new HashMap<>();
            for (int i = 1 + count; i < args.length; i += 2) {
                if (!FLAGS.get(command).contains(args[i]) || i + 1 >= args.length) {
                    throw new UsageException("unknown option or missing value: " + args[i]);
                }
                flags.put(args[i], args[i + 1]);
            }
            Options options = new Options(command, positionals, flags);
            options.termination();
            options.words();
            return options;
        }

        /** The language (and so the dialect) of the CSV files written. */
        Messages words() {
            String language = flags.getOrDefault("--lang", "fi");
            if (!Messages.LANGUAGES.contains(language)) {
                throw new UsageException("--lang must be one of " + String.join(", ", Messages.LANGUAGES) + ": " + language);
            }
            return Messages.of(language);
        }

        String positional(int index) {
            return positionals.get(index);
        }

        Path output(String defaultName) {
            return Path.of(flags.getOrDefault("--out", defaultName));
        }

        TerminationConfig termination() {
            Long steps = flags.containsKey("--steps") ? number("--steps") : null;
            Duration time = flags.containsKey("--time") || steps == null ? Duration.ofSeconds(number("--time", 60)) : null;
            TerminationConfig termination = RespiteSolver.termination(time, steps);
            if (flags.containsKey("--unimproved")) {
                termination.setUnimprovedSpentLimit(Duration.ofSeconds(number("--unimproved")));
            }
            return termination;
        }

        private long number(String flag) {
            return number(flag, -1);
        }

        private long number(String flag, long fallback) {
            String value = flags.get(flag);
            if (value == null) {
                return fallback;
            }
            try {
                long number = Long.parseLong(value);
                if (number < 1) {
                    throw new UsageException(flag + " must be a positive whole number: " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new UsageException(flag + " must be a whole number: " + value);
            }
        }
    }
}
