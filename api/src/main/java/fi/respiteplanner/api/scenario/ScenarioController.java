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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.respiteplanner.api.plans.PlanEndpoints;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanStatus;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.api.security.AuditLog;
import fi.respiteplanner.api.web.ApiException;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.scenario.KpiComparison;
import fi.respiteplanner.scenario.ScenarioRunner;
import fi.respiteplanner.scenario.Variant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What-if scenarios: named variants of one base plan, each solved as a plan of its own (so bounded by
 * the service's concurrency) under the same limits, compared by their KPIs.
 */
@RestController
@RequestMapping("/api/respite/scenarios")
@Tag(name = "What-if scenarios")
public class ScenarioController {

    private final PlanJobs<RespitePlan> plans;
    private final ScenarioStore store;
    private final ObjectMapper mapper;

    ScenarioController(PlanJobs<RespitePlan> plans, ScenarioStore store, ObjectMapper mapper) {
        this.plans = plans;
        this.store = store;
        this.mapper = mapper;
    }

    /** Either {@code basePlanId} (its best solution) or {@code base} (a plan document) is the base. */
    record ScenarioRequest(String name, String basePlanId, JsonNode base, String orgUnit, List<Variant> variants,
            Long timeLimitSeconds, Long stepCountLimit) {
    }

    record VariantPlan(String variant, String planId) {
    }

    record VariantStatus(String variant, String planId, PlanStatus status, String score) {
    }

    record ScenarioView(String id, String name, String basePlanId, String status, List<VariantStatus> variants,
            KpiComparison comparison) {
    }

    @Operation(summary = "Solve a base plan and its variants side by side under the same limits")
    @PostMapping
    public ResponseEntity<ScenarioView> create(@RequestBody ScenarioRequest request) {
        RespitePlan base = base(request);
        List<Variant> variants = request.variants() == null ? List.of() : request.variants();
        List<Violation> violations = new ArrayList<>();
        if (variants.isEmpty()) {
            violations.add(new Violation("variants", "must hold at least one variant"));
        }
        List<String> names = new ArrayList<>(List.of(ScenarioRunner.BASE));
        for (int i = 0; i < variants.size(); i++) {
            String path = "variants[" + i + "]";
            variants.get(i).validate(base).forEach(v -> violations.add(new Violation(path + "." + v.field(), v.reason())));
            if (variants.get(i).name() != null && names.contains(variants.get(i).name())) {
                violations.add(new Violation(path + ".name", "'" + variants.get(i).name() + "' is used twice (or is 'base')"));
            }
            names.add(variants.get(i).name());
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        String orgUnit = request.basePlanId() != null ? plans.record(request.basePlanId()).orgUnit()
                : PlanJobs.orgUnitForNewPlan(request.orgUnit());
        plans.ensureRoomFor(variants.size() + 1);
        SolveLimits limits = new SolveLimits(request.timeLimitSeconds(), request.stepCountLimit());
        List<VariantPlan> created = new ArrayList<>();
        created.add(new VariantPlan(ScenarioRunner.BASE, submit(copy(base).withName(base.getName() + " — base"), limits, orgUnit)));
        for (Variant variant : variants) {
            RespitePlan problem = variant.applyTo(copy(base)).withName(base.getName() + " — " + variant.name());
            created.add(new VariantPlan(variant.name(), submit(problem, limits, orgUnit)));
        }
        AuditLog.detail("what-if '" + request.name() + "' with variants " + variants.stream().map(Variant::name).toList());
        String id = UUID.randomUUID().toString();
        store.insert(new ScenarioStore.ScenarioRecord(id, request.name(), request.basePlanId(), json(created), Instant.now()));
        return ResponseEntity.accepted().location(URI.create("/api/respite/scenarios/" + id)).body(view(id));
    }

    @Operation(summary = "Status of the variants and, once all have finished, the KPI comparison")
    @GetMapping("/{id}")
    public ScenarioView get(@PathVariable String id) {
        return view(id);
    }

    @Operation(summary = "The KPI comparison as CSV (absolute values and deltas against the base)")
    @GetMapping(value = "/{id}/comparison.csv", produces = "text/csv")
    public ResponseEntity<String> csv(@PathVariable String id) {
        ScenarioView view = view(id);
        if (view.comparison() == null) {
            throw ApiException.conflict("Scenario " + id + " is still solving");
        }
        return PlanEndpoints.csv(id + "-comparison.csv", view.comparison().toCsv());
    }

    private ScenarioView view(String id) {
        ScenarioStore.ScenarioRecord record = store.find(id).orElseThrow(() -> ApiException.notFound("Scenario " + id));
        List<VariantPlan> variantPlans = read(record.variants());
        List<VariantStatus> statuses = new ArrayList<>();
        boolean solving = false;
        for (VariantPlan variant : variantPlans) {
            PlanRecord plan = plans.record(variant.planId());
            solving |= plan.status().isActive();
            statuses.add(new VariantStatus(variant.variant(), variant.planId(), plan.status(), plan.score()));
        }
        KpiComparison comparison = null;
        if (!solving) {
            Map<String, RespitePlan> solved = new LinkedHashMap<>();
            variantPlans.forEach(variant -> solved.put(variant.variant(), plans.current(variant.planId())));
            comparison = KpiComparison.of(solved);
        }
        return new ScenarioView(id, record.name(), record.basePlan(), solving ? "SOLVING" : "DONE", statuses, comparison);
    }

    private RespitePlan base(ScenarioRequest request) {
        if ((request.basePlanId() == null) == (request.base() == null)) {
            throw ApiException.invalid("basePlanId", "give either basePlanId or base (a plan document), not both or neither");
        }
        return request.basePlanId() != null ? plans.current(request.basePlanId()) : plans.kind().read(request.base().toString());
    }

    private String submit(RespitePlan problem, SolveLimits limits, String orgUnit) {
        return plans.submit(plans.kind().write(problem), limits, orgUnit).id();
    }

    private RespitePlan copy(RespitePlan plan) {
        return plans.kind().read(plans.kind().write(plan));
    }

    private String json(List<VariantPlan> variants) {
        try {
            return mapper.writeValueAsString(variants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<VariantPlan> read(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
