package fi.respiteplanner.benchmarks.bound;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * Timefold against the CP-SAT reference: for each size, the bound (S: every bed separate, exact; M, L:
 * interchangeable beds grouped), then the default solver's score after each time limit and its gap
 * to the bound on the demand level (unmet demand, squared per client; "medium" in the table), and on the
 * soft level where the demand optimum is proven and reached. Arguments: bound seconds per level
 * (default 300), then sizes (default S M L).
 */
public final class BoundBenchmark {

    static final List<Long> TIMEFOLD_SECONDS = List.of(10L, 60L, 300L);

    private BoundBenchmark() {
    }

    public static void main(String[] args) {
        double boundSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 300;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L");
        System.out.println("| size | bound (CP-SAT) | Timefold after | score | medium gap | soft gap |");
        System.out.println("|---|---|---|---|---|---|");
        for (String size : sizes) {
            RespitePlan plan = BundledDatasets.load(size).orElseThrow();
            RespiteBound.Result bound = new RespiteBound(plan, !size.equals("S")).solve(boundSeconds, 2);
            for (long seconds : TIMEFOLD_SECONDS) {
                BendableLongScore score = SolverFactory.<RespitePlan> create(RespiteSolver.config(Duration.ofSeconds(seconds), null))
                        .buildSolver().solve(BundledDatasets.load(size).orElseThrow()).getScore();
                System.out.printf(Locale.ROOT, "| %s | %s (%.0f s, %,d options) | %d s | %s | %s | %s |%n", size, bound.describe(),
                        bound.seconds(), bound.options(), seconds, score, gap(-RespiteLevel.DEMAND.valueIn(score), bound.mediumBound()),
                        bound.softBound() == null || -RespiteLevel.DEMAND.valueIn(score) != bound.mediumBound() ? "–"
                                : gap(-RespiteLevel.SOFT.valueIn(score), bound.softBound()));
            }
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
