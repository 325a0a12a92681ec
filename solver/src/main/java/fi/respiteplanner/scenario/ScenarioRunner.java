package fi.respiteplanner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * Solves a base plan and its variants side by side (at most {@code parallelism} at once) under one
 * termination, and compares their KPIs. The service does the same through its plan queue.
 */
public final class ScenarioRunner {

    public static final String BASE = "base";

    private ScenarioRunner() {
    }

    /**
     * @param copier makes an independent deep copy of a plan (e.g. a JSON round trip)
     */
    public static KpiComparison run(RespitePlan base, List<Variant> variants, TerminationConfig termination, int parallelism,
            UnaryOperator<RespitePlan> copier) {
        Map<String, RespitePlan> problems = new LinkedHashMap<>();
        problems.put(BASE, copier.apply(base));
        for (Variant variant : variants) {
            problems.put(variant.name(), variant.applyTo(copier.apply(base)));
        }
        return KpiComparison.of(solveAll(problems, termination, parallelism));
    }

    /**
     * Solves named, linked problems under one termination and one search (the default fitted to the largest of them),
     * at most {@code parallelism} at once; the same order back.
     */
    public static Map<String, RespitePlan> solveAll(Map<String, RespitePlan> problems, TerminationConfig termination, int parallelism) {
        int largest = problems.values().stream().mapToInt(problem -> problem.getStays().size()).max().orElse(0);
        SolverFactory<RespitePlan> factory = SolverFactory.create(RespiteSolver.fittedTo(largest, RespiteSolver.config(termination)));
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, parallelism));
        try {
            List<Future<RespitePlan>> futures = new ArrayList<>();
            for (RespitePlan problem : problems.values()) {
                futures.add(executor.submit(() -> factory.buildSolver().solve(problem)));
            }
            Map<String, RespitePlan> solved = new LinkedHashMap<>();
            int i = 0;
            for (String name : problems.keySet()) {
                solved.put(name, futures.get(i++).get());
            }
            return solved;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving the variants", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("solving a variant failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
