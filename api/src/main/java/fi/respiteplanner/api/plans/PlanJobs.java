package fi.respiteplanner.api.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.security.CurrentUser;
import fi.respiteplanner.api.security.Role;
import fi.respiteplanner.api.web.ApiException;
import fi.respiteplanner.common.PlanChange;
import fi.respiteplanner.common.Violation;

/**
 * Plans of one kind from submission to solution: solving in the background with a bounded number
 * at once and a bounded queue, the best solution saved as it improves (throttled), stop, resume,
 * delete, and changes while solving or stored. A restart loses nothing: plans that were queued or
 * solving come back INTERRUPTED with their last saved best solution.
 *
 * @param <S> the planning solution class
 */
public class PlanJobs<S> {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);

    private final PlanKind<S> kind;
    private final SolverManager<S, String> solverManager;
    private final SolverManager<S, String> replanSolverManager;
    private final SolutionManager<S, ?> solutionManager;
    private final PlanStore store;
    private final PlannerSettings settings;
    private final Map<String, Job<S>> jobs = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    /** A plan queued or solving: its solver, its newest best solution and when it was last saved. */
    private static final class Job<S> {
        volatile SolverManager<S, String> manager;
        volatile S best;
        volatile long lastSavedNanos = System.nanoTime();
        volatile boolean stopRequested;
        volatile Instant solvingSince;
    }

    /**
     * @param solverManager solves plans
     * @param replanSolverManager solves plans that re-plan a published one ({@link PlanKind#isReplan}); their
     *        slots count against the same limits
     */
    public PlanJobs(PlanKind<S> kind, SolverManager<S, String> solverManager, SolverManager<S, String> replanSolverManager,
            SolutionManager<S, ?> solutionManager, PlanStore store, PlannerSettings settings) {
        this.kind = kind;
        this.solverManager = solverManager;
        this.replanSolverManager = replanSolverManager;
        this.solutionManager = solutionManager;
        this.store = store;
        this.settings = settings;
    }

    public PlanKind<S> kind() {
        return kind;
    }

    public SolutionManager<S, ?> solutionManager() {
        return solutionManager;
    }

    /**
     * Validates, stores and queues a plan of an organisation unit; the caller gets the record at once.
     * Constraint weights in the plan need the MANAGER role.
     */
    public PlanRecord submit(String json, SolveLimits limits, String orgUnit) {
        S plan = kind.read(json);
        if (kind.overridesWeights(plan) && !CurrentUser.has(Role.MANAGER)) {
            throw ApiException.forbidden("Setting constraint weights needs the MANAGER role");
        }
        TerminationConfig termination = termination(limits);
        if (kind.requestCount(plan) > settings.maxStays()) {
            throw ApiException.tooLarge("stays", "a plan may hold at most " + settings.maxStays() + " requests, this one has "
                    + kind.requestCount(plan));
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        reserve(id);
        try {
            store.insert(new PlanRecord(id, kind.name(), orgUnit, kind.nameOf(plan), PlanStatus.QUEUED, null, seconds(termination),
                    termination.getStepCountLimit() == null ? null : termination.getStepCountLimit().longValue(), json, null, null, now, now));
        } catch (RuntimeException e) {
            jobs.remove(id);
            throw e;
        }
        start(id, plan, termination);
        return record(id);
    }

    /** A plan the caller may see; another unit's plan is answered as not found, so ids cannot be probed. */
    public PlanRecord record(String id) {
        return store.find(kind.name(), id).filter(plan -> CurrentUser.canSee(plan.orgUnit()))
                .orElseThrow(() -> ApiException.notFound("Plan " + id));
    }

    /** The caller's organisation unit for a new plan: the one asked for (if the caller's), else the caller's only one. */
    public static String orgUnitForNewPlan(String requested) {
        var units = CurrentUser.orgUnits();
        if (requested != null) {
            if (!CurrentUser.canSee(requested)) {
                throw ApiException.forbidden("orgUnit: '" + requested + "' is not one of your organisation units");
            }
            return requested;
        }
        if (units.isEmpty()) {
            return "default";
        }
        if (units.get().size() != 1) {
            throw ApiException.invalid("orgUnit", "is required: you belong to " + units.get().size() + " organisation units");
        }
        return units.get().iterator().next();
    }

    public List<PlanRecord> list() {
        return store.list(kind.name()).stream().filter(plan -> CurrentUser.canSee(plan.orgUnit())).toList();
    }

    /** The newest best solution: in memory while solving, else the stored one, else the problem as submitted. */
    /** A plan's summary; while it solves, with the solver's current best score and its start time. */
    public PlanSummary summary(PlanRecord record) {
        Job<S> job = jobs.get(record.id());
        if (job == null) {
            return PlanSummary.of(record);
        }
        S best = job.best;
        return PlanSummary.of(record, best == null ? record.score() : String.valueOf(kind.scoreOf(best)), job.solvingSince);
    }

    public S current(String id) {
        Job<S> job = jobs.get(id);
        if (job != null && job.best != null) {
            return job.best;
        }
        PlanRecord record = record(id);
        return kind.read(record.solution() != null ? record.solution() : record.problem());
    }

    public boolean isActive(String id) {
        return jobs.containsKey(id);
    }

    public PlanRecord stop(String id) {
        PlanRecord record = record(id);
        Job<S> job = jobs.get(id);
        if (job == null) {
            throw ApiException.conflict("Plan " + id + " is not solving (status " + record.status() + ")");
        }
        job.stopRequested = true;
        boolean started = job.manager.getSolverStatus(id) == SolverStatus.SOLVING_ACTIVE;
        job.manager.terminateEarly(id);
        if (!started) {
            // A queued job never produces a final solution: finish it here.
            jobs.remove(id);
            store.updateStatus(id, PlanStatus.STOPPED, null);
        } else {
            awaitFinish(id);
        }
        return record(id);
    }

    /** Solves a stopped, finished, failed or interrupted plan again, from its best solution. */
    public PlanRecord resume(String id, SolveLimits limits) {
        PlanRecord record = record(id);
        if (jobs.containsKey(id)) {
            throw ApiException.conflict("Plan " + id + " is already " + record.status());
        }
        TerminationConfig termination = termination(limits);
        S plan = kind.read(record.solution() != null ? record.solution() : record.problem());
        reserve(id);
        store.updateLimits(id, seconds(termination),
                termination.getStepCountLimit() == null ? null : termination.getStepCountLimit().longValue());
        store.updateStatus(id, PlanStatus.QUEUED, null);
        start(id, plan, termination);
        return record(id);
    }

    public void delete(String id) {
        record(id);
        Job<S> job = jobs.remove(id);
        if (job != null) {
            job.manager.terminateEarly(id);
        }
        store.delete(id);
    }

    /**
     * Applies a change: to the running solver as a problem change, or to the stored solution (whose score
     * is then recalculated). The change is recorded as sent either way.
     *
     * @return true if it went to a running solver
     */
    public boolean change(String id, PlanChange<S> change, String body) {
        record(id);
        Job<S> job = jobs.get(id);
        boolean solving = job != null;
        if (solving && job.manager.getSolverStatus(id) != SolverStatus.SOLVING_ACTIVE) {
            throw ApiException.conflict("Plan " + id + " is queued; change it once solving starts, or stop it first");
        }
        S plan = current(id);
        List<Violation> violations = change.validate(plan);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        store.recordChange(id, change.summary(), body);
        if (solving) {
            try {
                job.manager.addProblemChange(id, change).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while applying a change", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the solver could not apply the change", e.getCause());
            }
            return true;
        }
        change.applyTo(plan);
        solutionManager.update(plan);
        store.updateSolution(id, kind.write(plan), String.valueOf(kind.scoreOf(plan)));
        return false;
    }

    /** A line in the plan's change log written by the service itself (e.g. where a re-plan went). */
    public void recordNote(String id, String note) {
        store.recordChange(id, note, "{}");
    }

    public List<String> changes(String id) {
        record(id);
        return store.changeSummaries(id);
    }

    /** Saves each solving plan's best and marks it INTERRUPTED, so that a restart can resume it. */
    public void shutdown() {
        shuttingDown = true;
        for (Map.Entry<String, Job<S>> entry : jobs.entrySet()) {
            S best = entry.getValue().best;
            if (best != null) {
                store.updateSolutionAndStatus(entry.getKey(), kind.write(best), String.valueOf(kind.scoreOf(best)),
                        PlanStatus.INTERRUPTED, null);
            } else {
                store.updateStatus(entry.getKey(), PlanStatus.INTERRUPTED, null);
            }
            entry.getValue().manager.terminateEarly(entry.getKey());
        }
        jobs.clear();
    }

    /** Solves stop at the caller's time or step limit, and never later than the server's maximum time. */
    private TerminationConfig termination(SolveLimits limits) {
        Long seconds = limits.timeLimitSeconds();
        if (seconds != null && (seconds < 1 || seconds > settings.maxTimeLimit().toSeconds())) {
            throw ApiException.invalid("timeLimitSeconds", "must be between 1 and " + settings.maxTimeLimit().toSeconds());
        }
        if (limits.stepCountLimit() != null && (limits.stepCountLimit() < 1 || limits.stepCountLimit() > Integer.MAX_VALUE)) {
            throw ApiException.invalid("stepCountLimit", "must be between 1 and " + Integer.MAX_VALUE);
        }
        Duration time = seconds != null ? Duration.ofSeconds(seconds)
                : limits.stepCountLimit() != null ? settings.maxTimeLimit() : settings.defaultTimeLimit();
        TerminationConfig termination = new TerminationConfig().withSpentLimit(time);
        if (limits.stepCountLimit() != null) {
            termination.setStepCountLimit(limits.stepCountLimit().intValue());
        }
        return termination;
    }

    private static long seconds(TerminationConfig termination) {
        return termination.getSpentLimit().toSeconds();
    }

    /** Refuses with 429 unless {@code count} more plans fit among the solving and queued ones (a what-if's variants). */
    public synchronized void ensureRoomFor(int count) {
        int room = settings.parallelSolves() + settings.queueCapacity() - jobs.size();
        if (count > room) {
            throw ApiException.tooManyPlans("%d plans are solving or queued; %d more do not fit (room for %d); try again later"
                    .formatted(jobs.size(), count, room), settings.defaultTimeLimit().toSeconds());
        }
    }

    /** Takes a place among the solving and queued plans, or refuses with 429. */
    private synchronized void reserve(String id) {
        if (jobs.size() >= settings.parallelSolves() + settings.queueCapacity()) {
            throw ApiException.tooManyPlans("%d plans are solving or queued, the most this service takes; try again later"
                    .formatted(jobs.size()), settings.defaultTimeLimit().toSeconds());
        }
        jobs.put(id, new Job<>());
    }

    private void start(String id, S plan, TerminationConfig termination) {
        SolverManager<S, String> manager = kind.isReplan(plan) ? replanSolverManager : solverManager;
        jobs.get(id).manager = manager;
        manager.solveBuilder()
                .withProblemId(id)
                .withProblem(plan)
                .withConfigOverride(new SolverConfigOverride<S>().withTerminationConfig(termination))
                .withSolverJobStartedEventConsumer(event -> {
                    Job<S> job = jobs.get(id);
                    if (job != null) {
                        job.solvingSince = Instant.now();
                    }
                    store.updateStatus(id, PlanStatus.SOLVING, null);
                })
                .withBestSolutionEventConsumer(event -> improved(id, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> finished(id, event.solution()))
                .withExceptionHandler((problemId, error) -> failed(id, error))
                .run();
    }

    private void improved(String id, S best) {
        Job<S> job = jobs.get(id);
        if (job == null || shuttingDown) {
            return;
        }
        job.best = best;
        long now = System.nanoTime();
        if (now - job.lastSavedNanos >= settings.saveInterval().toNanos()) {
            job.lastSavedNanos = now;
            store.updateSolution(id, kind.write(best), String.valueOf(kind.scoreOf(best)));
        }
    }

    private void finished(String id, S best) {
        Job<S> job = jobs.get(id);
        if (job == null || shuttingDown) {
            return;
        }
        kind.polish(best);
        store.updateSolutionAndStatus(id, kind.write(best), String.valueOf(kind.scoreOf(best)),
                job.stopRequested ? PlanStatus.STOPPED : PlanStatus.DONE, null);
        jobs.remove(id);
        synchronized (job) {
            job.notifyAll();
        }
    }

    private void failed(String id, Throwable error) {
        LOG.error("Solving plan {} failed", id, error);
        Job<S> job = jobs.remove(id);
        if (shuttingDown) {
            return;
        }
        S best = job == null ? null : job.best;
        String reason = "the solver failed (" + error.getClass().getSimpleName() + "); the error is logged";
        if (best != null) {
            store.updateSolutionAndStatus(id, kind.write(best), String.valueOf(kind.scoreOf(best)), PlanStatus.FAILED, reason);
        } else {
            store.updateStatus(id, PlanStatus.FAILED, reason);
        }
        if (job != null) {
            synchronized (job) {
                job.notifyAll();
            }
        }
    }

    /** Waits (briefly) until the final best solution of a stopped job is stored, so the answer shows it. */
    private void awaitFinish(String id) {
        Job<S> job = jobs.get(id);
        if (job == null) {
            return;
        }
        synchronized (job) {
            long deadline = System.currentTimeMillis() + 10_000;
            while (jobs.containsKey(id) && System.currentTimeMillis() < deadline) {
                try {
                    job.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
