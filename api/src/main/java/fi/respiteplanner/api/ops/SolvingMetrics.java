package fi.respiteplanner.api.ops;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanJobs.FinishedSolve;
import fi.respiteplanner.api.plans.PlanStore;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The solving side in Prometheus terms. Tags name only the kind of plan ({@code respite}, {@code holiday}), the score
 * level and the outcome: never a plan, a client, a unit or a user. (HTTP timings come from Spring Boot, tagged with
 * the path's template, e.g. {@code /api/respite/plans/{id}}.)
 * <ul>
 * <li>{@code planner.solving{kind}}: solvers running on this instance; {@code planner.solving.slots}: how many may;
 * {@code planner.waiting}: plans of the whole cluster waiting for a solver (queued or interrupted).</li>
 * <li>{@code planner.solve{kind,outcome}}: solving time per run (outcome DONE, STOPPED, FAILED, INTERRUPTED, or
 * ELSEWHERE when the plan was deleted or taken over).</li>
 * <li>{@code planner.solve.penalty{kind,level}}: each level's penalty at the end of a run (0 is perfect);
 * {@code planner.solving.penalty{kind,level}}: the largest penalty among the plans solving here now.</li>
 * <li>{@code planner.solver.move.evaluations{kind}}: moves evaluated; its rate is the move evaluation speed.</li>
 * </ul>
 */
@Component
class SolvingMetrics {

    private final MeterRegistry registry;
    private final Map<String, LongAdder> finishedMoves = new ConcurrentHashMap<>();

    SolvingMetrics(MeterRegistry registry, List<PlanJobs<?>> engines, PlanStore store, PlannerSettings settings) {
        this.registry = registry;
        Gauge.builder("planner.solving.slots", settings::parallelSolves).description("Plans this instance may solve at once")
                .register(registry);
        Gauge.builder("planner.waiting", store::waiting).description("Plans of the cluster waiting for a solver").register(registry);
        for (PlanJobs<?> engine : engines) {
            String kind = engine.kind().name();
            LongAdder moves = finishedMoves.computeIfAbsent(kind, k -> new LongAdder());
            Gauge.builder("planner.solving", engine, e -> e.runningSolves().size()).tag("kind", kind)
                    .description("Plans solving on this instance").register(registry);
            FunctionCounter.builder("planner.solver.move.evaluations", engine,
                    e -> moves.sum() + e.runningSolves().stream().mapToLong(PlanJobs.RunningSolve::moveEvaluations).sum())
                    .tag("kind", kind).description("Moves evaluated by this instance's solvers").register(registry);
            List<String> levels = engine.kind().scoreLevels();
            for (int level = 0; level < levels.size(); level++) {
                int index = level;
                Gauge.builder("planner.solving.penalty", engine, e -> e.runningSolves().stream()
                        .mapToDouble(run -> penalty(run.best(), index)).max().orElse(0))
                        .tags("kind", kind, "level", levels.get(level))
                        .description("The largest penalty of this level among the plans solving here").register(registry);
            }
            engine.onFinished(solve -> finished(solve, levels, moves));
        }
    }

    private void finished(FinishedSolve solve, List<String> levels, LongAdder moves) {
        moves.add(solve.moveEvaluations());
        Timer.builder("planner.solve").tags("kind", solve.kind(), "outcome", solve.status() == null ? "ELSEWHERE" : solve.status().name())
                .description("Solving time of a run on this instance").register(registry).record(solve.solvingTime());
        if (solve.score() != null) {
            for (int level = 0; level < levels.size(); level++) {
                DistributionSummary.builder("planner.solve.penalty").tags("kind", solve.kind(), "level", levels.get(level))
                        .description("A level's penalty when a run ends").register(registry).record(penalty(solve.score(), level));
            }
        }
    }

    /** A level's penalty as a positive number (0 when there is no solution yet). */
    private static double penalty(Score<?> score, int level) {
        return score == null ? 0 : Math.max(0, -score.toLevelNumbers()[level].doubleValue());
    }
}
