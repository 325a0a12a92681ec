package fi.respiteplanner.benchmarks.bound;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * Timefold against the CP-SAT reference: for each size, the bound (S: every bed separate, exact; M, L:
 * interchangeable beds grouped), then the default solver's score after each time limit and its gap to the
 * bound on the entitlement and demand levels, and on the soft level where both are proven and reached.
 * Holiday instances (holiday-S, holiday-M) get {@link HolidayBound} and the holiday solver, their medium gap in the
 * demand column. Arguments: bound seconds per level (default 300), then sizes (default S M L); the system property
 * {@code timefoldSeconds} (e.g. {@code -DtimefoldSeconds=30,60}) replaces the Timefold time limits, empty for none.
 */
public final class BoundBenchmark {

    static final String TIMEFOLD_SECONDS = "10,60,300";

    private BoundBenchmark() {
    }

    public static void main(String[] args) {
        double boundSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 300;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L");
        List<Long> timefoldSeconds = Arrays.stream(System.getProperty("timefoldSeconds", TIMEFOLD_SECONDS).split(","))
                .filter(limit -> !limit.isBlank()).map(Long::parseLong).toList();
        System.out.println("| size | bound (CP-SAT) | Timefold after | score | entitlement gap | demand gap | soft gap |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            if (size.startsWith("holiday-")) {
                holiday(size, boundSeconds, timefoldSeconds);
                continue;
            }
            RespitePlan plan = BundledDatasets.load(size).orElseThrow();
            RespiteBound.Result bound = new RespiteBound(plan, !size.equals("S")).solve(boundSeconds, 2);
            if (timefoldSeconds.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %s | %s (%.0f s, %,d options) | – | – | – | – | – |%n", size, bound.describe(), bound.seconds(),
                        bound.options());
            }
            for (long seconds : timefoldSeconds) {
                BendableLongScore score = SolverFactory.<RespitePlan> create(
                        RespiteSolver.fittedTo(plan.getStays().size(), RespiteSolver.config(Duration.ofSeconds(seconds), null)))
                        .buildSolver().solve(BundledDatasets.load(size).orElseThrow()).getScore();
                long entitlement = -RespiteLevel.ENTITLEMENT.valueIn(score);
                long demand = -RespiteLevel.DEMAND.valueIn(score);
                boolean levelsReached = bound.entitlement().proven() && entitlement == bound.entitlement().bound()
                        && bound.demand().proven() && demand == bound.demand().bound();
                System.out.printf(Locale.ROOT, "| %s | %s (%.0f s, %,d options) | %d s | %s | %s | %s | %s |%n", size, bound.describe(),
                        bound.seconds(), bound.options(), seconds, score, gap(entitlement, bound.entitlement().bound()),
                        gap(demand, bound.demand().bound()),
                        bound.soft() == null || !levelsReached ? "–" : gap(-RespiteLevel.SOFT.valueIn(score), bound.soft().bound()));
            }
        }
    }

    /** The holiday instance's bound and the default holiday solver's gaps to it (medium, and soft where the medium is reached). */
    private static void holiday(String name, double boundSeconds, List<Long> timefoldSeconds) {
        HolidayBound.Result bound = new HolidayBound(BundledDatasets.loadHoliday(name).orElseThrow()).solve(boundSeconds, 2);
        if (timefoldSeconds.isEmpty()) {
            System.out.printf(Locale.ROOT, "| %s | %s (%.0f s, %,d options) | – | – | – | – | – |%n", name, bound.describe(), bound.seconds(),
                    bound.options());
        }
        for (long seconds : timefoldSeconds) {
            HardMediumSoftLongScore score = SolverFactory.<HolidayPlan> create(HolidaySolver.config(
                    new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds))))
                    .buildSolver().solve(BundledDatasets.loadHoliday(name).orElseThrow()).getScore();
            System.out.printf(Locale.ROOT, "| %s | %s (%.0f s, %,d options) | %d s | %s | – | %s | %s |%n", name, bound.describe(),
                    bound.seconds(), bound.options(), seconds, score, gap(-score.mediumScore(), bound.medium().bound()),
                    bound.soft() == null || -score.mediumScore() != bound.medium().bound() ? "–" : gap(-score.softScore(), bound.soft().bound()));
        }
    }

    /** (found − bound) / bound, as a percentage; 0 when both are 0. */
    static String gap(long found, long bound) {
        if (bound == 0) {
            return found == 0 ? "0 %" : "∞ (bound 0)";
        }
        return String.format(Locale.ROOT, "%.2f %%", 100.0 * (found - bound) / bound);
    }
}
