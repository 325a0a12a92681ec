package fi.respiteplanner.api.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.api.web.ApiException;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.change.RespiteChange;

/**
 * Re-planning of stored plans: on request with a change set, and nightly (when
 * {@code planner.replan.cron} is set) for every plan with changes posted during the day. Each re-plan
 * is a new plan; the old one records where it went.
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
    public PlanRecord replan(String planId, ChangeSet changeSet, SolveLimits limits) {
        PlanRecord source = plans.record(planId);
        if (plans.isActive(planId)) {
            throw ApiException.conflict("Plan " + planId + " is " + source.status() + "; re-plan a plan that has finished or stopped");
        }
        RespitePlan published = plans.kind().read(plans.kind().write(plans.current(planId)));
        Replanner.Prepared prepared = replanner.prepare(published, changeSet);
        if (!prepared.violations().isEmpty()) {
            throw ApiException.invalid(prepared.violations());
        }
        PlanRecord created = plans.submit(plans.kind().write(prepared.plan()), limits, source.orgUnit());
        plans.recordNote(planId, "re-planned for " + changeSet.today() + " into plan " + created.id());
        return created;
    }

    /** Keeps a change for the nightly re-plan, after checking that it fits the plan as it is now. */
    public void addPending(String planId, RespiteChange change) {
        var violations = change.validate(plans.current(planId));
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        try {
            pending.add(planId, mapper.writeValueAsString(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<RespiteChange> pending(String planId) {
        plans.record(planId);
        List<RespiteChange> changes = new ArrayList<>();
        for (String body : pending.bodies(planId)) {
            try {
                changes.add(mapper.readValue(body, RespiteChange.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored change unreadable", e);
            }
        }
        return changes;
    }

    /** The nightly batch: every plan with pending changes is re-planned for today; failures keep their changes. */
    @Scheduled(cron = "${planner.replan.cron:-}")
    public void nightly() {
        replanAllPending(LocalDate.now());
    }

    /** @return the ids of the new plans */
    public List<String> replanAllPending(LocalDate today) {
        List<String> created = new ArrayList<>();
        for (String planId : pending.plansWithPendingChanges()) {
            try {
                PlanRecord next = replan(planId, new ChangeSet(today, nightlyFreezeDays, pending(planId)),
                        SolveLimits.seconds(nightlyTimeLimitSeconds));
                pending.clear(planId);
                created.add(next.id());
                LOG.info("Nightly re-plan of plan {} for {}: new plan {}", planId, today, next.id());
            } catch (ApiException e) {
                LOG.warn("Nightly re-plan of plan {} for {} refused ({}); its changes stay pending", planId, today, e.getMessage());
            }
        }
        return created;
    }
}
