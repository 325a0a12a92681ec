package fi.respiteplanner.api.plans;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every kind's plan engine by name, for the scheduler's jobs, and their life with the service: at start,
 * plans that hold a place in the queue but lost their job (an older version, a store restored from backup)
 * are queued again; at stop, this instance takes no more jobs, and running solvers save their best and queue
 * themselves to resume (on another instance, or at the next start) before the scheduler shuts down.
 */
@Component
public class PlanEngines implements SmartLifecycle {

    /** Stops before the scheduler, whose phase is {@link #SCHEDULER_PHASE}. */
    public static final int PHASE = Integer.MAX_VALUE;
    public static final int SCHEDULER_PHASE = Integer.MAX_VALUE - 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PlanEngines.class);

    private final Map<String, PlanJobs<?>> byKind;
    private final SolveQueue queue;
    private volatile boolean running;

    PlanEngines(List<PlanJobs<?>> engines, SolveQueue queue) {
        this.queue = queue;
        this.byKind = engines.stream().collect(Collectors.toMap(engine -> engine.kind().name(), Function.identity()));
    }

    PlanJobs<?> of(String kind) {
        PlanJobs<?> engine = byKind.get(kind);
        if (engine == null) {
            throw new IllegalStateException("no plan engine for kind " + kind);
        }
        return engine;
    }

    @Override
    public void start() {
        int requeued = byKind.values().stream().mapToInt(PlanJobs::requeueOrphans).sum();
        if (requeued > 0) {
            LOG.warn("{} plans held a place in the solving queue without a job; they are queued again", requeued);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        queue.standby();
        byKind.values().forEach(PlanJobs::interruptAll);
        byKind.values().forEach(PlanJobs::awaitIdle);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
