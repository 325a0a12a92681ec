package fi.respiteplanner.api.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanStore.Effect;
import fi.respiteplanner.api.plans.PlanStore.LoggedChange;
import fi.respiteplanner.common.PlanChange;
import fi.respiteplanner.common.Violation;

/**
 * The plan engine of one kind: plans from submission to solution, for an explicit {@link Caller} whose
 * access the {@link AccessGate} decides before anything is read or written.
 * <ul>
 * <li>A plan is stored and queued in one transaction ({@link SolveQueue}); a scheduler thread solves it here
 * or on another instance, saving its best as it improves.</li>
 * <li>Every change is logged before it is acknowledged. A change to a solving plan goes to its solver (here
 * at once, on another instance at its next look at the log); a saved solution records the last change it
 * includes, and whoever reads or resumes a plan re-applies the acknowledged changes after that. A change
 * to a stored plan changes the stored solution in the same commit.</li>
 * <li>Writes to one plan are serialised on its row, so parallel writers never lose each other.</li>
 * </ul>
 * No HTTP and no security framework here: refusals are {@link Refusal}s.
 *
 * @param <S> the planning solution class
 */
public class PlanJobs<S> {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);
    private static final Duration AWAIT = Duration.ofSeconds(10);

    private final PlanKind<S> kind;
    private final SolverConfig solverConfig;
    private final SolverConfig replanSolverConfig;
    private final SolutionManager<S, ?> solutionManager;
    private final PlanStore store;
    private final TransactionTemplate transactions;
    private final SolveQueue queue;
    private final PlannerSettings settings;
    private final ScheduledExecutorService ticker;
    private final Map<String, Running<S>> running = new ConcurrentHashMap<>();
    private final List<Consumer<FinishedSolve>> finishListeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    /** A plan solving on this instance. */
    private static final class Running<S> {
        final Solver<S> solver;
        final Instant since = Instant.now();
        final long spentBefore;
        final CountDownLatch finished = new CountDownLatch(1);
        volatile S best;
        /** The last logged change the solver has applied (solver thread), and the one the newest best includes. */
        volatile long appliedThrough;
        volatile long bestThrough;
        /** The last logged change handed to the solver. */
        long queuedThrough;
        volatile long nextSaveNanos = System.nanoTime();
        volatile long lastHeartbeatNanos = System.nanoTime();
        volatile boolean stopRequested;
        volatile boolean interrupted;
        volatile boolean abandoned;
        ScheduledFuture<?> tick;

        Running(Solver<S> solver, long through, long spentBefore) {
            this.solver = solver;
            this.appliedThrough = through;
            this.bestThrough = through;
            this.queuedThrough = through;
            this.spentBefore = spentBefore;
        }

        long spentMillis() {
            return spentBefore + Duration.between(since, Instant.now()).toMillis();
        }

        /** Moves the solver has evaluated in this run (Timefold's own counter; read while it solves, as its SolverManager does). */
        long moveEvaluations() {
            return solver instanceof DefaultSolver<S> timefold ? timefold.getMoveEvaluationCount() : 0;
        }

        synchronized void bestImproved(S solution) {
            best = solution;
            bestThrough = appliedThrough;
            notifyAll();
        }

        synchronized boolean awaitBestThrough(long seq, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (bestThrough < seq && finished.getCount() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return bestThrough >= seq;
        }
    }

    /** A plan as stored, with the acknowledged changes its stored solution does not include applied. */
    private record Effective<S>(S plan, long through) {
    }

    /** A solver running on this instance, for the service's metrics: no plan id, no personal data. */
    public record RunningSolve(String kind, Instant since, Score<?> best, long moveEvaluations) {
    }

    /**
     * A solver's run on this instance ended: the plan's status after it ({@code null}: the plan was deleted or taken over
     * by another instance), how long it solved, its final score (null without a solution) and the moves it evaluated.
     */
    public record FinishedSolve(String kind, PlanStatus status, Duration solvingTime, Score<?> score, long moveEvaluations) {
    }

    /** What became of a change: its place in the log, and whether it went to a running solver. */
    public record ChangeOutcome(long seq, boolean live) {
    }

    /**
     * A plan checked and ready to be stored and queued ({@link #submitAll}).
     *
     * @param basePlanId the plan it re-plans; {@code scenarioId} the what-if scenario it is a variant of
     */
    public record NewPlan(String json, String name, String orgUnit, TerminationConfig termination, String basePlanId, String scenarioId) {

        public NewPlan replanning(String basePlanId) {
            return new NewPlan(json, name, orgUnit, termination, basePlanId, scenarioId);
        }

        public NewPlan inScenario(String scenarioId) {
            return new NewPlan(json, name, orgUnit, termination, basePlanId, scenarioId);
        }
    }

    /**
     * @param solverConfig solves plans; {@code replanSolverConfig} solves plans that re-plan a published one
     *        ({@link PlanKind#isReplan}); the time and step limits are set per plan
     */
    public PlanJobs(PlanKind<S> kind, SolverConfig solverConfig, SolverConfig replanSolverConfig,
            SolutionManager<S, ?> solutionManager, PlanStore store, TransactionTemplate transactions, SolveQueue queue,
            PlannerSettings settings, ScheduledExecutorService ticker) {
        this.kind = kind;
        this.solverConfig = solverConfig;
        this.replanSolverConfig = replanSolverConfig;
        this.solutionManager = solutionManager;
        this.store = store;
        this.transactions = transactions;
        this.queue = queue;
        this.settings = settings;
        this.ticker = ticker;
    }

    public PlanKind<S> kind() {
        return kind;
    }

    public SolutionManager<S, ?> solutionManager() {
        return solutionManager;
    }

    /** The solvers running on this instance now. */
    public List<RunningSolve> runningSolves() {
        return running.values().stream()
                .map(run -> new RunningSolve(kind.name(), run.since, run.best == null ? null : kind.scoreOf(run.best), run.moveEvaluations()))
                .toList();
    }

    /** Called on the solver's thread whenever a run on this instance ends (e.g. for metrics). */
    public void onFinished(Consumer<FinishedSolve> listener) {
        finishListeners.add(listener);
    }

    // ---- reading ----

    /** A plan's record (without documents) when the caller may do the action on it. */
    public PlanRecord record(Caller caller, String id, Action action) {
        AccessGate.checkRole(caller, action);
        PlanRecord record = store.findSummary(id).filter(plan -> plan.kind().equals(kind.name()))
                .orElseThrow(() -> Refusal.notFound("Plan " + id));
        AccessGate.check(caller, record.orgUnit(), action, "Plan " + id);
        return record;
    }

    public List<PlanSummary> list(Caller caller) {
        AccessGate.checkRole(caller, Action.READ);
        return store.list(kind.name()).stream().filter(plan -> AccessGate.sees(caller, plan.orgUnit())).map(this::summary).toList();
    }

    public PlanSummary summary(Caller caller, String id) {
        return summary(record(caller, id, Action.READ));
    }

    public PlanSummary summary(PlanRecord record) {
        Running<S> run = running.get(record.id());
        S best = run == null ? null : run.best;
        return PlanSummary.of(record, record.visibleStatus(Instant.now(), settings.heartbeatTimeout()),
                best == null ? record.score() : String.valueOf(kind.scoreOf(best)), run == null ? null : run.since);
    }

    /** The newest solution as plan JSON: a running solver's best here, else the stored one with later acknowledged changes. */
    public String solutionJson(Caller caller, String id) {
        record(caller, id, Action.READ);
        Running<S> run = running.get(id);
        S best = run == null ? null : run.best;
        return best != null ? kind.write(best) : kind.write(effective(stored(id)).plan());
    }

    /** The newest solution as a private copy the caller may change (e.g. to analyse or to try a request in it). */
    public S solution(Caller caller, String id) {
        return kind.read(solutionJson(caller, id));
    }

    public List<String> changes(Caller caller, String id) {
        record(caller, id, Action.READ);
        return store.changeSummaries(id);
    }

    // ---- submitting ----

    /** Checks a plan document, the caller's right to submit it and the solving limits; nothing is stored yet. */
    public NewPlan prepare(Caller caller, String json, SolveLimits limits, String orgUnit) {
        S plan = kind.read(json);
        return prepare(caller, plan, limits, orgUnit);
    }

    /** As {@link #prepare(Caller, String, SolveLimits, String)} for a plan built by the service (a variant, a re-plan). */
    public NewPlan prepare(Caller caller, S plan, SolveLimits limits, String orgUnit) {
        AccessGate.check(caller, orgUnit, Action.PLAN, "Organisation unit " + orgUnit);
        if (kind.overridesWeights(plan)) {
            AccessGate.checkRole(caller, Action.MANAGE);
        }
        if (kind.requestCount(plan) > settings.maxStays()) {
            throw Refusal.tooLarge("stays", "a plan may hold at most " + settings.maxStays() + " requests, this one has "
                    + kind.requestCount(plan));
        }
        String name = kind.nameOf(plan);
        checkName(name);
        return new NewPlan(kind.write(plan), name, orgUnit, termination(limits), null, null);
    }

    public PlanRecord submit(Caller caller, String json, SolveLimits limits, String orgUnit) {
        return submitAll(List.of(prepare(caller, json, limits, orgUnit)), ids -> { }).get(0);
    }

    /**
     * Stores and queues prepared plans in one transaction with whatever else must commit with them (a
     * scenario's record, a note on a re-planned plan): all or nothing.
     */
    public List<PlanRecord> submitAll(List<NewPlan> plans, Consumer<List<String>> alsoInTransaction) {
        List<String> ids = plans.stream().map(plan -> UUID.randomUUID().toString()).toList();
        synchronized (queue) {
            transactions.executeWithoutResult(tx -> {
                ensureRoomFor(plans.size());
                Instant now = Instant.now();
                for (int i = 0; i < plans.size(); i++) {
                    NewPlan plan = plans.get(i);
                    store.insert(PlanRecord.queued(ids.get(i), kind.name(), plan.orgUnit(), plan.name(), seconds(plan.termination()),
                            steps(plan.termination()), plan.json(), plan.basePlanId(), plan.scenarioId(), now));
                    queue.enqueue(kind.name(), ids.get(i));
                }
                alsoInTransaction.accept(ids);
            });
        }
        return ids.stream().map(id -> store.findSummary(id).orElseThrow()).toList();
    }

    /** Refuses with BUSY unless {@code count} more plans fit among the solving and queued ones of every kind. */
    public void ensureRoomFor(int count) {
        int taken = queue.size();
        int room = settings.parallelSolves() + settings.queueCapacity() - taken;
        if (count > room) {
            throw Refusal.busy("%d plans are solving or queued; %d more do not fit (room for %d); try again later"
                    .formatted(taken, count, Math.max(0, room)), settings.defaultTimeLimit().toSeconds());
        }
    }

    // ---- controlling ----

    public PlanSummary stop(Caller caller, String id) {
        record(caller, id, Action.PLAN);
        boolean solving = inTransaction(() -> {
            PlanRecord plan = locked(id);
            PlanStatus status = plan.visibleStatus(Instant.now(), settings.heartbeatTimeout());
            if (status == PlanStatus.QUEUED || (status == PlanStatus.INTERRUPTED && !running.containsKey(id))) {
                queue.remove(id);
                store.saveFinal(id, null, null, null, plan.changesThrough(), plan.spentMillis(), PlanStatus.STOPPED, null);
                return false;
            }
            if (status != PlanStatus.SOLVING) {
                throw Refusal.conflict("Plan " + id + " is not solving (status " + status + ")");
            }
            store.requestStop(id);
            return true;
        });
        if (solving) {
            Running<S> run = running.get(id);
            if (run != null) {
                run.stopRequested = true;
                run.solver.terminateEarly();
                awaitQuietly(run.finished);
            } else {
                awaitStatusChange(id);
            }
        }
        return summary(caller, id);
    }

    /** Solves a stopped, finished or failed plan again, from its best solution. */
    public PlanSummary resume(Caller caller, String id, SolveLimits limits) {
        record(caller, id, Action.PLAN);
        TerminationConfig termination = termination(limits);
        synchronized (queue) {
            transactions.executeWithoutResult(tx -> {
                PlanRecord plan = locked(id);
                if (plan.status().isActive()) {
                    throw Refusal.conflict("Plan " + id + " is already " + plan.visibleStatus(Instant.now(), settings.heartbeatTimeout()));
                }
                ensureRoomFor(1);
                store.requeue(id, seconds(termination), steps(termination));
                queue.enqueue(kind.name(), id);
            });
        }
        return summary(caller, id);
    }

    /** Deletes a plan: a draft for a planner, a published or archived plan (a record of what families were told) for an administrator. */
    public PlanRecord delete(Caller caller, String id) {
        PlanRecord record = record(caller, id, Action.PLAN);
        if (record.stage() != PlanStage.DRAFT) {
            record(caller, id, Action.ADMINISTER);
        }
        transactions.executeWithoutResult(tx -> {
            PlanRecord plan = locked(id);
            if (plan.stage() != PlanStage.DRAFT) {
                record(caller, id, Action.ADMINISTER);
            }
            queue.remove(id);
            store.delete(id);
        });
        Running<S> run = running.get(id);
        if (run != null) {
            run.abandoned = true;
            run.solver.terminateEarly();
        }
        return record;
    }

    // ---- the plan's life ----

    /** What publishing did: the plan, and the unit's plan it replaced (archived), if any. */
    public record Published(PlanSummary plan, String archivedPlanId) {
    }

    /**
     * Publishes a finished plan that keeps every hard rule: it becomes what the families are told and what
     * re-plans start from; the unit's published plan of this kind, if any, is archived in the same commit
     * (the database allows one).
     */
    public Published publish(Caller caller, String id) {
        record(caller, id, Action.PLAN);
        String archived = inTransaction(() -> {
            PlanRecord plan = locked(id);
            PlanStatus status = plan.visibleStatus(Instant.now(), settings.heartbeatTimeout());
            if (plan.scenarioId() != null) {
                throw Refusal.conflict("Plan " + id + " is a what-if variant; a what-if answers a question and is never published");
            }
            if (plan.stage() == PlanStage.PUBLISHED) {
                throw Refusal.conflict("Plan " + id + " is already published");
            }
            if (status != PlanStatus.DONE && status != PlanStatus.STOPPED && status != PlanStatus.NEEDS_ATTENTION) {
                throw Refusal.conflict("Plan " + id + " is " + status + "; publish a plan that has finished solving");
            }
            PlanOutcome outcome = outcomeOf(plan);
            if (outcome == null) {
                throw Refusal.conflict("Plan " + id + " has no complete solution to publish");
            }
            if (!outcome.feasible()) {
                throw Refusal.conflict("Plan " + id + " breaks " + describe(outcome.brokenRules()) + "; a plan that breaks a rule is never published");
            }
            PlanRecord previous = store.published(kind.name(), plan.orgUnit()).orElse(null);
            if (previous != null) {
                store.setStage(previous.id(), PlanStage.ARCHIVED);
                store.recordChange(previous.id(), "archived: plan " + id + " was published in its place", "{}", Effect.NOTE, caller.name());
            }
            store.setStage(id, PlanStage.PUBLISHED);
            store.recordChange(id, "published", "{}", Effect.NOTE, caller.name());
            return previous == null ? null : previous.id();
        });
        return new Published(summary(caller, id), archived);
    }

    /** Archives a draft or the published plan: kept for the record, out of the way. */
    public PlanSummary archive(Caller caller, String id) {
        record(caller, id, Action.PLAN);
        transactions.executeWithoutResult(tx -> {
            PlanRecord plan = locked(id);
            if (plan.stage() == PlanStage.ARCHIVED) {
                throw Refusal.conflict("Plan " + id + " is already archived");
            }
            if (plan.status().isActive()) {
                throw Refusal.conflict("Plan " + id + " is " + plan.visibleStatus(Instant.now(), settings.heartbeatTimeout())
                        + "; stop it before archiving it");
            }
            store.setStage(id, PlanStage.ARCHIVED);
            store.recordChange(id, "archived", "{}", Effect.NOTE, caller.name());
        });
        return summary(caller, id);
    }

    /** Renames a plan (the name rules of a submission; the plan documents keep their own name). */
    public PlanSummary rename(Caller caller, String id, String name) {
        record(caller, id, Action.PLAN);
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("name", "is required and may not be blank");
        }
        checkName(name);
        transactions.executeWithoutResult(tx -> {
            locked(id);
            store.rename(id, name.strip());
        });
        return summary(caller, id);
    }

    /** The unit's published plan of this kind, for a caller who may read it. */
    public PlanRecord published(Caller caller, String orgUnit) {
        AccessGate.check(caller, orgUnit, Action.READ, "Organisation unit " + orgUnit);
        return store.published(kind.name(), orgUnit).orElse(null);
    }

    /**
     * What a stored plan's solution comes to: as stored, or (a plan saved before outcomes were kept) computed
     * from its solution now; null when it has no complete solution.
     */
    public PlanOutcome outcomeOf(PlanRecord plan) {
        return plan.outcome() != null ? plan.outcome() : outcome(effective(stored(plan.id())).plan());
    }

    /** "2 × Bed double booked, 1 × …": the broken rules for a refusal or a note (constraint names). */
    public static String describe(List<PlanOutcome.BrokenRule> rules) {
        return rules.isEmpty() ? "a hard rule" : String.join(", ", rules.stream().map(rule -> rule.count() + " × " + rule.constraint()).toList());
    }

    // ---- changing ----

    /**
     * Applies a change: to the running solver (its effect reaches the solution through the solver; logged
     * first, so a crash re-applies it), or to the stored solution (rescored) in the same commit as its log entry.
     */
    public ChangeOutcome change(Caller caller, String id, PlanChange<S> change, String body) {
        return change(caller, id, change, body, null);
    }

    /** As {@link #change(Caller, String, PlanChange, String)}, with a note (e.g. why a rule is broken on purpose) logged with it. */
    public ChangeOutcome change(Caller caller, String id, PlanChange<S> change, String body, String note) {
        record(caller, id, Action.PLAN);
        ChangeOutcome outcome = inTransaction(() -> {
            PlanRecord plan = locked(id);
            boolean solving = plan.status() == PlanStatus.SOLVING;
            Effective<S> current = solving ? liveView(plan) : effective(plan);
            List<Violation> violations = change.validate(current.plan());
            if (!violations.isEmpty()) {
                throw Refusal.invalid(violations);
            }
            if (note != null) {
                store.recordChange(id, note, "{}", Effect.NOTE, caller.name());
            }
            if (solving) {
                return new ChangeOutcome(store.recordChange(id, change.summary(), body, Effect.LIVE, caller.name()), true);
            }
            change.applyTo(current.plan());
            solutionManager.update(current.plan());
            long seq = store.recordChange(id, change.summary(), body, Effect.STORED, caller.name());
            store.saveSolution(id, kind.write(current.plan()), String.valueOf(kind.scoreOf(current.plan())), outcome(current.plan()), seq);
            return new ChangeOutcome(seq, false);
        });
        Running<S> run = running.get(id);
        if (outcome.live() && run != null) {
            pull(id, run);
            try {
                run.awaitBestThrough(outcome.seq(), AWAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return outcome;
    }

    /** A line in the plan's change log written by the service itself (e.g. where a re-plan went). */
    public void recordNote(Caller caller, String id, String note) {
        record(caller, id, Action.PLAN);
        store.recordChange(id, note, "{}", Effect.NOTE, caller.name());
    }

    // ---- solving (scheduler threads) ----

    /** Solves a queued plan on this thread until it finishes, stops or the service stops. */
    void run(String id) {
        if (stopping) {
            return;
        }
        record Start<S>(PlanRecord plan, Effective<S> effective) {
        }
        Start<S> start = inTransaction(() -> {
            PlanRecord plan = store.lock(id).orElse(null);
            if (plan == null || !plan.status().isActive()) {
                return null;
            }
            if (plan.stopRequested()) {
                store.saveFinal(id, null, null, null, plan.changesThrough(), plan.spentMillis(), PlanStatus.STOPPED, null);
                return null;
            }
            Effective<S> effective = effective(plan);
            store.markSolving(id, queue.instanceId());
            return new Start<>(plan, effective);
        });
        if (start == null) {
            return;
        }
        S plan = start.effective().plan();
        long remainingMillis = start.plan().timeLimitSeconds() * 1000 - start.plan().spentMillis();
        TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofMillis(Math.max(remainingMillis, 1)));
        if (start.plan().stepLimit() != null) {
            termination.setStepCountLimit(start.plan().stepLimit().intValue());
        }
        Solver<S> solver = SolverFactory.<S> create(limitedImprovement(kind.isReplan(plan) ? replanSolverConfig
                : kind.fitted(solverConfig, solvedAlikeSize(start.plan())), termination))
                .buildSolver();
        Running<S> run = new Running<>(solver, start.effective().through(), start.plan().spentMillis());
        solver.addEventListener(event -> improved(id, run, event.getNewBestSolution()));
        running.put(id, run);
        run.tick = ticker.scheduleWithFixedDelay(() -> tick(id, run), 1, 1, TimeUnit.SECONDS);
        PlanStatus status = null;
        S best = null;
        try {
            best = remainingMillis > 0 ? solver.solve(plan) : rescored(plan);
            status = finished(id, run, best, null);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Solving plan {} failed", id, e);
            best = run.best;
            status = finished(id, run, best, "the solver failed (" + e.getClass().getSimpleName() + "); the error is logged");
        } finally {
            run.tick.cancel(false);
            running.remove(id);
            run.finished.countDown();
            synchronized (run) {
                run.notifyAll();
            }
            FinishedSolve done = new FinishedSolve(kind.name(), status, Duration.between(run.since, Instant.now()),
                    best == null ? null : kind.scoreOf(best), run.moveEvaluations());
            finishListeners.forEach(listener -> listener.accept(done));
        }
    }

    /** The service is stopping: the plan's solver saves its best and the plan waits to resume. */
    void interrupt(String id) {
        Running<S> run = running.get(id);
        if (run != null) {
            run.interrupted = true;
            run.solver.terminateEarly();
        }
    }

    void interruptAll() {
        stopping = true;
        running.keySet().forEach(this::interrupt);
    }

    void awaitIdle() {
        running.values().forEach(run -> awaitQuietly(run.finished));
    }

    /** Plans that hold a place in the queue but have no job (lost by an older version or a restore) are queued again. */
    int requeueOrphans() {
        int requeued = 0;
        for (PlanRecord plan : store.active()) {
            if (plan.kind().equals(kind.name()) && !queue.contains(plan.id())) {
                queue.enqueue(kind.name(), plan.id());
                requeued++;
            }
        }
        return requeued;
    }

    private void improved(String id, Running<S> run, S best) {
        run.bestImproved(best);
        long now = System.nanoTime();
        if (now >= run.nextSaveNanos) {
            save(id, run, best, run.bestThrough);
            // Writing a large plan takes time from solving: never more than a tenth of it.
            run.nextSaveNanos = System.nanoTime() + Math.max(settings.saveInterval().toNanos(), 10 * (System.nanoTime() - now));
        }
    }

    private void save(String id, Running<S> run, S best, long through) {
        boolean held = store.saveProgress(id, queue.instanceId(), kind.write(best), String.valueOf(kind.scoreOf(best)), outcome(best),
                through, run.spentMillis());
        run.lastHeartbeatNanos = System.nanoTime();
        if (!held) {
            abandon(id, run);
        }
    }

    /** Every second while solving: hands new logged changes to the solver, heeds a stop asked elsewhere, says it is alive. */
    private void tick(String id, Running<S> run) {
        try {
            PlanRecord plan = store.findSummary(id).orElse(null);
            if (plan == null || !queue.instanceId().equals(plan.solverInstance())) {
                abandon(id, run);
                return;
            }
            if (plan.stopRequested() && !run.stopRequested) {
                run.stopRequested = true;
                run.solver.terminateEarly();
            }
            pull(id, run);
            if (System.nanoTime() - run.lastHeartbeatNanos > settings.heartbeatTimeout().toNanos() / 3) {
                if (!store.saveProgress(id, queue.instanceId(), null, null, null, plan.changesThrough(), run.spentMillis())) {
                    abandon(id, run);
                }
                run.lastHeartbeatNanos = System.nanoTime();
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking on plan {} failed; trying again", id, e);
        }
    }

    /** The plan was deleted or another instance took it over: this solver's work is not stored. */
    private void abandon(String id, Running<S> run) {
        if (!run.abandoned) {
            LOG.warn("Plan {} is gone or solved elsewhere now; its solver here stops", id);
            run.abandoned = true;
            run.solver.terminateEarly();
        }
    }

    private void pull(String id, Running<S> run) {
        synchronized (run) {
            for (LoggedChange logged : store.liveChangesAfter(id, run.queuedThrough)) {
                PlanChange<S> change = kind.readChange(logged.body());
                long seq = logged.seq();
                run.solver.addProblemChange(new ProblemChange<S>() {
                    @Override
                    public void doChange(S workingSolution, ProblemChangeDirector director) {
                        change.doChange(workingSolution, director);
                        run.appliedThrough = seq;
                    }
                });
                run.queuedThrough = seq;
            }
        }
    }

    /** @return the plan's status now, or null when it is no longer this instance's (deleted or taken over) */
    private PlanStatus finished(String id, Running<S> run, S best, String error) {
        if (run.abandoned) {
            return null;
        }
        return transactions.execute(tx -> {
            PlanRecord plan = store.lock(id).orElse(null);
            if (plan == null || !queue.instanceId().equals(plan.solverInstance())) {
                return null;
            }
            long through = run.bestThrough;
            S solution = best;
            if (solution != null) {
                List<LoggedChange> later = store.liveChangesAfter(id, through);
                if (!later.isEmpty()) {
                    solution = kind.read(kind.write(solution));
                    through = apply(solution, later, id);
                }
                if (error == null && !run.interrupted) {
                    kind.polish(solution);
                }
            }
            PlanStatus status = error != null ? PlanStatus.FAILED
                    : run.interrupted ? PlanStatus.INTERRUPTED
                    : run.stopRequested || plan.stopRequested() ? PlanStatus.STOPPED : PlanStatus.DONE;
            store.saveFinal(id, solution == null ? null : kind.write(solution), solution == null ? null : String.valueOf(kind.scoreOf(solution)),
                    solution == null ? null : outcome(solution), through, run.spentMillis(), status, error);
            if (status == PlanStatus.INTERRUPTED) {
                queue.enqueue(kind.name(), id);
            }
            return status;
        });
    }

    // ---- helpers ----

    /**
     * What a solution comes to, with the hard constraints it breaks counted from a score analysis; null while
     * the construction phase has not placed every request (nothing to judge yet).
     */
    public PlanOutcome outcome(S solution) {
        Score<?> score = kind.scoreOf(solution);
        if (score == null || !score.isSolutionInitialized()) {
            return null;
        }
        List<PlanOutcome.BrokenRule> broken = new ArrayList<>();
        for (ConstraintAnalysis<?> constraint : solutionManager.analyze(solution, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT)
                .constraintMap().values()) {
            if (!constraint.score().isFeasible()) {
                broken.add(new PlanOutcome.BrokenRule(constraint.constraintName(), constraint.matchCount()));
            }
        }
        broken.sort(Comparator.comparing(PlanOutcome.BrokenRule::count).reversed().thenComparing(PlanOutcome.BrokenRule::constraint));
        return kind.outcome(solution, broken);
    }

    private static void checkName(String name) {
        if (name != null && name.length() > PlanRecord.NAME_LENGTH) {
            throw Refusal.invalid("name", "is longer than " + PlanRecord.NAME_LENGTH + " characters");
        }
    }

    private PlanRecord stored(String id) {
        return store.find(id).orElseThrow(() -> Refusal.notFound("Plan " + id));
    }

    private PlanRecord locked(String id) {
        return store.lock(id).orElseThrow(() -> Refusal.notFound("Plan " + id));
    }

    /** The stored solution (or problem) with every acknowledged live change it does not include. */
    private Effective<S> effective(PlanRecord plan) {
        S solution = kind.read(plan.solution() != null ? plan.solution() : plan.problem());
        List<LoggedChange> later = store.liveChangesAfter(plan.id(), plan.changesThrough());
        return new Effective<>(solution, later.isEmpty() ? plan.changesThrough() : apply(solution, later, plan.id()));
    }

    /** What a change to a solving plan is checked against: the newest best here, with the changes not yet in it. */
    private Effective<S> liveView(PlanRecord plan) {
        Running<S> run = running.get(plan.id());
        S best = run == null ? null : run.best;
        if (best == null) {
            return effective(plan);
        }
        S copy = kind.read(kind.write(best));
        List<LoggedChange> later = store.liveChangesAfter(plan.id(), run.bestThrough);
        return new Effective<>(copy, later.isEmpty() ? run.bestThrough : apply(copy, later, plan.id()));
    }

    /** Applies logged changes in order (each was checked when it was acknowledged) and rescores; returns the last one's place. */
    private long apply(S solution, List<LoggedChange> changes, String id) {
        long through = 0;
        for (LoggedChange logged : changes) {
            PlanChange<S> change = kind.readChange(logged.body());
            List<Violation> violations = change.validate(solution);
            if (violations.isEmpty()) {
                change.applyTo(solution);
            } else {
                LOG.warn("Plan {}: logged change {} no longer fits ({}); left out", id, logged.seq(), violations);
            }
            through = logged.seq();
        }
        solutionManager.update(solution);
        return through;
    }

    /**
     * The limits bound the improving (last) phase: the construction phase always completes, so no plan ends
     * with requests its time or steps left undecided.
     */
    static SolverConfig limitedImprovement(SolverConfig base, TerminationConfig limits) {
        SolverConfig config = new SolverConfig(base).withTerminationConfig(null);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        PhaseConfig last = phases.get(phases.size() - 1);
        last.setTerminationConfig(limits);
        config.setPhaseConfigList(phases);
        return config;
    }

    /** The plan's size, or the largest of its what-if scenario's if it is a variant (see {@link PlanKind#fitted}). */
    private int solvedAlikeSize(PlanRecord record) {
        List<String> problems = record.scenarioId() == null ? List.of(record.problem()) : store.problemsInScenario(record.scenarioId());
        return problems.stream().mapToInt(kind::size).max().orElse(0);
    }

    private S rescored(S plan) {
        solutionManager.update(plan);
        return plan;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(tx -> work.get());
    }

    private void awaitStatusChange(String id) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (System.nanoTime() < deadline
                && store.findSummary(id).map(plan -> plan.status() == PlanStatus.SOLVING).orElse(false)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Solves stop at the caller's time or step limit, and never later than the server's maximum time. */
    private TerminationConfig termination(SolveLimits limits) {
        Long seconds = limits.timeLimitSeconds();
        if (seconds != null && (seconds < 1 || seconds > settings.maxTimeLimit().toSeconds())) {
            throw Refusal.invalid("timeLimitSeconds", "must be between 1 and " + settings.maxTimeLimit().toSeconds());
        }
        if (limits.stepCountLimit() != null && (limits.stepCountLimit() < 1 || limits.stepCountLimit() > Integer.MAX_VALUE)) {
            throw Refusal.invalid("stepCountLimit", "must be between 1 and " + Integer.MAX_VALUE);
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

    private static Long steps(TerminationConfig termination) {
        return termination.getStepCountLimit() == null ? null : termination.getStepCountLimit().longValue();
    }
}
