package fi.respiteplanner.api.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanOutcome;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanStage;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.change.RespiteChange;

/**
 * Re-planning of stored plans: on request with a change set, and nightly (when {@code planner.replan.cron}
 * is set; see {@link NightlyReplan}) for every plan with changes posted during the day. Each re-plan is a
 * new plan, created in the same commit as the note on the old one that says where it went.
 */
@Service
public class Replanning {

    private static final Logger LOG = LoggerFactory.getLogger(Replanning.class);

    private final PlanJobs<RespitePlan> plans;
    private final Replanner replanner;
    private final PendingChangeStore pending;
    private final ObjectMapper mapper;
    private final int nightlyFreezeDays;
    private final Long nightlyTimeLimitSeconds;

    Replanning(PlanJobs<RespitePlan> plans, SolutionManager<RespitePlan, BendableLongScore> solutionManager,
            PendingChangeStore pending, ObjectMapper mapper, @Value("${planner.replan.freeze-days:14}") int nightlyFreezeDays,
            @Value("${planner.replan.time-limit-seconds:60}") Long nightlyTimeLimitSeconds) {
        this.plans = plans;
        this.replanner = new Replanner(solutionManager);
        this.pending = pending;
        this.mapper = mapper;
        this.nightlyFreezeDays = nightlyFreezeDays;
        this.nightlyTimeLimitSeconds = nightlyTimeLimitSeconds;
    }

    /** Re-plans a plan's best solution with the change set; the new plan is queued for solving. */
    public PlanRecord replan(Caller caller, String planId, ChangeSet changeSet, SolveLimits limits) {
        return replan(caller, planId, changeSet, limits, () -> { });
    }

    /** @param alsoInTransaction commits with the new plan (e.g. taking the pending changes it used) */
    private PlanRecord replan(Caller caller, String planId, ChangeSet changeSet, SolveLimits limits, Runnable alsoInTransaction) {
        PlanRecord source = plans.record(caller, planId, Action.PLAN);
        if (changeSet == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        if (source.status().isActive()) {
            throw Refusal.conflict("Plan " + planId + " is " + source.status() + "; re-plan a plan that has finished or stopped");
        }
        PlanOutcome outcome = plans.outcomeOf(source);
        if (outcome == null) {
            throw Refusal.conflict("Plan " + planId + " has no complete solution to re-plan");
        }
        if (!outcome.feasible()) {
            throw Refusal.conflict("Plan " + planId + " breaks " + PlanJobs.describe(outcome.brokenRules())
                    + "; a re-plan starts from a plan that keeps every rule");
        }
        Replanner.Prepared prepared = replanner.prepare(plans.solution(caller, planId), changeSet);
        if (!prepared.violations().isEmpty()) {
            throw Refusal.invalid(prepared.violations());
        }
        PlanJobs.NewPlan next = plans.prepare(caller, prepared.plan(), limits, source.orgUnit()).replanning(planId);
        return plans.submitAll(List.of(next), ids -> {
            plans.recordNote(caller, planId, "re-planned for " + changeSet.today() + " into plan " + ids.get(0));
            alsoInTransaction.run();
        }).get(0);
    }

    /**
     * Keeps a change for the nightly re-plan, after checking that it fits the plan as tonight's re-plan will see it:
     * after the changes already pending (so a request may follow the new client it is for).
     */
    public void addPending(Caller caller, String planId, RespiteChange change) {
        plans.record(caller, planId, Action.PLAN);
        if (change == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        var violations = change.validate(withPending(plans.solution(caller, planId), pending.list(planId), null));
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        pending.add(planId, write(change));
    }

    /** A change waiting for tonight, with its place in the list (to edit or remove it) and what it does in the reader's words. */
    public record PendingChange(long id, RespiteChange change, String summary) {
    }

    /** Tonight's changes in order, each described as the plan will be when it applies (after the ones before it). */
    public List<PendingChange> pending(Caller caller, String planId, Messages messages, Naming naming) {
        plans.record(caller, planId, Action.READ);
        List<PendingChangeStore.Pending> stored = pending.list(planId);
        if (stored.isEmpty()) {
            return List.of();
        }
        RespitePlan plan = plans.solution(caller, planId);
        List<PendingChange> described = new ArrayList<>();
        for (PendingChangeStore.Pending one : stored) {
            RespiteChange change = read(one.body());
            described.add(new PendingChange(one.id(), change, change.describe(plan, messages, naming)));
            if (change.validate(plan).isEmpty()) {
                change.applyTo(plan);
            }
        }
        return described;
    }

    /** Replaces a pending change with another, checked like a new one in its place in the list. */
    public void editPending(Caller caller, String planId, long changeId, RespiteChange change) {
        plans.record(caller, planId, Action.PLAN);
        if (change == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        var violations = change.validate(withPending(plans.solution(caller, planId), pending.list(planId), changeId));
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        if (!pending.replace(planId, changeId, write(change))) {
            throw Refusal.notFound("Pending change " + changeId);
        }
    }

    /**
     * The plan with the pending changes before {@code before} applied (all when null), in order as the re-plan
     * applies them; one that no longer fits is left out (the re-plan will refuse it and say why).
     */
    private RespitePlan withPending(RespitePlan plan, List<PendingChangeStore.Pending> changes, Long before) {
        for (PendingChangeStore.Pending one : changes) {
            if (before != null && one.id() == before) {
                break;
            }
            RespiteChange change = read(one.body());
            if (change.validate(plan).isEmpty()) {
                change.applyTo(plan);
            }
        }
        return plan;
    }

    public void removePending(Caller caller, String planId, long changeId) {
        plans.record(caller, planId, Action.PLAN);
        if (!pending.remove(planId, changeId)) {
            throw Refusal.notFound("Pending change " + changeId);
        }
    }

    /**
     * Tonight's re-plan of one plan, now: exactly its pending changes, which the new plan takes (in the same
     * commit), as the nightly run does.
     */
    public PlanRecord replanPendingNow(Caller caller, String planId, LocalDate today, SolveLimits limits) {
        plans.record(caller, planId, Action.PLAN);
        List<PendingChangeStore.Pending> changes = pending.list(planId);
        if (changes.isEmpty()) {
            throw Refusal.conflict("Plan " + planId + " has no pending changes");
        }
        long last = changes.get(changes.size() - 1).id();
        return replan(caller, planId, new ChangeSet(today, nightlyFreezeDays, changes.stream().map(change -> read(change.body())).toList()),
                limits, () -> pending.clearThrough(planId, last));
    }

    /**
     * The nightly batch, as the service itself: each unit's published plan with pending changes is re-planned
     * for today; changes posted to a plan that is not published, and those of a refused re-plan, stay pending.
     *
     * @return the ids of the new plans
     */
    public List<String> replanAllPending(Caller caller, LocalDate today) {
        AccessGate.checkRole(caller, Action.PLAN);
        List<String> created = new ArrayList<>();
        for (String planId : pending.plansWithPendingChanges()) {
            try {
                if (plans.record(caller, planId, Action.PLAN).stage() != PlanStage.PUBLISHED) {
                    LOG.info("Nightly re-plan: plan {} has pending changes but is not published; they wait", planId);
                    continue;
                }
            } catch (Refusal e) {
                continue;
            }
            List<PendingChangeStore.Pending> changes = pending.list(planId);
            try {
                long last = changes.get(changes.size() - 1).id();
                PlanRecord next = replan(caller, planId, new ChangeSet(today, nightlyFreezeDays,
                        changes.stream().map(change -> read(change.body())).toList()), SolveLimits.seconds(nightlyTimeLimitSeconds),
                        () -> pending.clearThrough(planId, last));
                created.add(next.id());
                LOG.info("Nightly re-plan of plan {} for {}: new plan {}", planId, today, next.id());
            } catch (Refusal e) {
                LOG.warn("Nightly re-plan of plan {} for {} refused ({}); its changes stay pending", planId, today, e.getMessage());
            }
        }
        return created;
    }

    private String write(RespiteChange change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RespiteChange read(String body) {
        try {
            return mapper.readValue(body, RespiteChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change unreadable", e);
        }
    }
}
