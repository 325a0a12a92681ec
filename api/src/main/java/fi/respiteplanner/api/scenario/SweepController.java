package fi.respiteplanner.api.scenario;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStatus;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.api.web.Language;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.scenario.CapacitySweep;
import fi.respiteplanner.scenario.ScenarioRunner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * How much capacity is enough: a capacity sweep is a what-if whose variants are the steps of its axes.
 * Every step is a plan of its own, solved by the engine's queue under the same limits (so it is bounded
 * like a scenario: at most {@link #MAX_PLANS} plans, created all at once or not at all), and the sweep's
 * status is derived from its plans; once all are done it answers the curve, each axis's answer and the
 * axes side by side at equal coverage ({@link CapacitySweep#result}).
 */
@RestController
@RequestMapping("/api/respite/sweeps")
@Tag(name = "What-if scenarios")
public class SweepController {

    /** Plans in one sweep, the base included. */
    static final int MAX_PLANS = ScenarioController.MAX_VARIANTS + 1;

    private final PlanJobs<RespitePlan> plans;
    private final ScenarioStore store;
    private final ObjectMapper mapper;

    SweepController(PlanJobs<RespitePlan> plans, ScenarioStore store, ObjectMapper mapper) {
        this.plans = plans;
        this.store = store;
        this.mapper = mapper;
    }

    record SweepRequest(String name, String basePlanId, List<CapacitySweep.Axis> axes, Long timeLimitSeconds, Long stepCountLimit) {
    }

    /** What is stored: the axes, and each step's plan ({@code base} or "axis #step"). */
    record Stored(List<CapacitySweep.Axis> axes, Map<String, String> plans) {
    }

    /** @param feasible whether the step's plan keeps every hard rule (null before its first solution) */
    record StepStatus(String step, String planId, PlanStatus status, String score, Boolean feasible) {
    }

    /**
     * @param status SOLVING while a step is queued or solving, DONE when every step finished (a step that breaks a rule is
     *        flagged by its {@code feasible}), INCOMPLETE when one stopped, failed or is gone (no result then)
     */
    record SweepView(String id, String name, String basePlanId, String orgUnit, String status, List<CapacitySweep.Axis> axes,
            List<StepStatus> steps, CapacitySweep.Result result) {
    }

    @Operation(summary = "Sweep capacity step by step (own beds, a purchased block, trained staff) from a solved plan",
            description = "Each step is a plan solved by the service's queue under the same limits; at most " + MAX_PLANS + " plans with the base.")
    @PostMapping
    public ResponseEntity<SweepView> create(Caller caller, AuditNote audit, @RequestBody SweepRequest request) {
        AccessGate.checkRole(caller, Action.MANAGE);
        if (request == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        if (request.basePlanId() == null) {
            throw Refusal.invalid("basePlanId", "is required: the solved plan to add capacity to");
        }
        if (request.name() != null && request.name().length() > 300) {
            throw Refusal.invalid("name", "is longer than 300 characters");
        }
        String orgUnit = plans.record(caller, request.basePlanId(), Action.MANAGE).orgUnit();
        RespitePlan base = plans.solution(caller, request.basePlanId());
        List<Violation> violations = CapacitySweep.validate(base, request.axes());
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        int count = 1 + request.axes().stream().mapToInt(CapacitySweep.Axis::steps).sum();
        if (count > MAX_PLANS) {
            throw Refusal.tooLarge("axes", "a sweep may solve at most " + MAX_PLANS + " plans with the base, this one " + count);
        }
        SolveLimits limits = new SolveLimits(request.timeLimitSeconds(), request.stepCountLimit());
        Map<String, RespitePlan> problems = CapacitySweep.problems(base, request.axes(), this::copy);
        List<String> steps = new ArrayList<>(problems.keySet());
        List<PlanJobs.NewPlan> prepared = new ArrayList<>();
        problems.forEach((step, plan) -> prepared.add(plans.prepare(caller, plan.withName(base.getName() + " — " + step), limits, orgUnit)));
        String id = UUID.randomUUID().toString();
        plans.submitAll(prepared, ids -> {
            Map<String, String> stepPlans = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                stepPlans.put(steps.get(i), ids.get(i));
            }
            store.insert(ScenarioStore.SWEEP, new ScenarioStore.ScenarioRecord(id, request.name(), request.basePlanId(), orgUnit,
                    json(new Stored(request.axes(), stepPlans)), Instant.now()));
        });
        audit.note(id, orgUnit, "capacity sweep '" + request.name() + "' of " + count + " plans");
        return ResponseEntity.accepted().location(URI.create("/api/respite/sweeps/" + id)).body(view(caller, id));
    }

    @Operation(summary = "The steps' status and, once all have finished, the curve and the answers")
    @GetMapping("/{id}")
    public SweepView get(Caller caller, @PathVariable String id) {
        return view(caller, id);
    }

    @Operation(summary = "The curve as CSV: one row per solved step, the base first", description = PlanEndpoints.CSV_DIALECT)
    @GetMapping(value = "/{id}/sweep.csv", produces = "text/csv")
    public ResponseEntity<String> csv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        SweepView view = view(caller, id);
        if (view.result() == null) {
            throw Refusal.conflict("Sweep " + id + " is " + view.status() + "; it has no result");
        }
        return PlanEndpoints.csv(id + "-sweep.csv", view.result().toCsv(Messages.of(Language.of(acceptLanguage))));
    }

    private SweepView view(Caller caller, String id) {
        AccessGate.checkRole(caller, Action.READ);
        ScenarioStore.ScenarioRecord record = store.find(ScenarioStore.SWEEP, id).orElseThrow(() -> Refusal.notFound("Sweep " + id));
        AccessGate.check(caller, record.orgUnit(), Action.READ, "Sweep " + id);
        Stored stored = read(record.variants());
        MemberPlans steps = MemberPlans.read(plans, caller, stored.plans());
        CapacitySweep.Result result = null;
        if (steps.done()) {
            Map<String, RespitePlan> solved = new LinkedHashMap<>();
            stored.plans().forEach((step, planId) -> solved.put(step, plans.solution(caller, planId)));
            result = CapacitySweep.result(solved.get(ScenarioRunner.BASE), stored.axes(), solved);
        }
        List<StepStatus> statuses = steps.members().stream()
                .map(step -> new StepStatus(step.name(), step.planId(), step.status(), step.score(), step.feasible())).toList();
        return new SweepView(id, record.name(), record.basePlan(), record.orgUnit(), steps.status(), stored.axes(), statuses, result);
    }

    private RespitePlan copy(RespitePlan plan) {
        return plans.kind().read(plans.kind().write(plan));
    }

    private String json(Stored stored) {
        try {
            return mapper.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Stored read(String json) {
        try {
            return mapper.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
