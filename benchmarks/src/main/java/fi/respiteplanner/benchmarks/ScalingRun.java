package fi.respiteplanner.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * How the cost grows with size: for each instance, the time to the first plan without hard
 * violations, the move evaluation speed and the peak heap used while solving. Arguments: seconds per
 * run (default 120), then sizes (default S M L XL). Run each size in its own JVM for clean heap
 * figures (BENCHMARKS.md shows the command).
 */
public final class ScalingRun {

    private ScalingRun() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L", "XL");
        System.out.println("| size | requests | beds | first feasible | score | move evaluation | peak heap |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            RespitePlan plan = BundledDatasets.load(size).orElseThrow();
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            Solver<RespitePlan> solver = SolverFactory.<RespitePlan> create(
                    RespiteSolver.fittedTo(plan.getStays().size(), RespiteSolver.config(Duration.ofSeconds(seconds), null))).buildSolver();
            AtomicLong firstFeasible = new AtomicLong(-1);
            long start = System.nanoTime();
            solver.addEventListener(event -> {
                BendableLongScore score = event.getNewBestSolution().getScore();
                if (score.isSolutionInitialized() && score.isFeasible()) {
                    firstFeasible.compareAndSet(-1, (System.nanoTime() - start) / 1_000_000);
                }
            });
            RespitePlan solved = solver.solve(plan);
            long speed = ((DefaultSolver<RespitePlan>) solver).getSolverScope().getMoveEvaluationSpeed();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %,d /s | %,d MiB |%n", size, plan.getStays().size(),
                    plan.getBeds().size(), firstFeasible.get() < 0 ? "not within " + seconds + " s" : "%.1f s".formatted(firstFeasible.get() / 1000.0),
                    solved.getScore(), speed, peak / (1024 * 1024));
        }
    }
}
