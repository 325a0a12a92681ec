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
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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
import fi.respiteplanner.scenario.KpiComparison;
import fi.respiteplanner.scenario.ScenarioRunner;
import fi.respiteplanner.scenario.Variant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What-if scenarios: named variants of one base plan, each solved as a plan of its own (so bounded by
 * the service's solving queue) under the same limits, compared by their KPIs. A scenario is created
 * whole or not at all: every variant is checked first, then the scenario and all its plans are stored in
 * one commit.
 */
@RestController
@RequestMapping("/api/respite/scenarios")
@Tag(name = "What-if scenarios")
public class ScenarioController {

    /** Variants in one scenario (each is a plan to solve). */
    static final int MAX_VARIANTS = 20;

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

    /** @param feasible whether the variant keeps every hard rule (null before its first solution): if not, it is no saving */
    record VariantStatus(String variant, String planId, PlanStatus status, String score, Boolean feasible) {
    }

    /**
     * @param status SOLVING while a variant is queued or solving, DONE when every variant finished, INCOMPLETE
     *        when one stopped, failed or is gone (no comparison then: it would compare unfinished plans)
     */
    record ScenarioView(String id, String name, String basePlanId, String orgUnit, String status, List<VariantStatus> variants,
            KpiComparison comparison) {
    }

    @Operation(summary = "Solve a base plan and its variants side by side under the same limits")
    @PostMapping
    public ResponseEntity<ScenarioView> create(Caller caller, AuditNote audit, @RequestBody ScenarioRequest request) {
        AccessGate.checkRole(caller, Action.MANAGE);
        if (request == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        List<Variant> variants = request.variants() == null ? List.of() : request.variants();
        if (variants.size() > MAX_VARIANTS) {
            throw Refusal.tooLarge("variants", "a scenario may hold at most " + MAX_VARIANTS + " variants, this one has " + variants.size());
        }
        if (request.name() != null && request.name().length() > 300) {
            throw Refusal.invalid("name", "is longer than 300 characters");
        }
        String orgUnit = request.basePlanId() != null ? plans.record(caller, request.basePlanId(), Action.MANAGE).orgUnit()
                : AccessGate.unitForNew(caller, request.orgUnit(), Action.MANAGE);
        RespitePlan base = base(caller, request);
        List<Violation> violations = new ArrayList<>();
        if (variants.isEmpty()) {
            violations.add(new Violation("variants", "must hold at least one variant"));
        }
        List<String> names = new ArrayList<>(List.of(ScenarioRunner.BASE));
        for (int i = 0; i < variants.size(); i++) {
            String path = "variants[" + i + "]";
            if (variants.get(i) == null) {
                violations.add(new Violation(path, "is null"));
                continue;
            }
            variants.get(i).validate(base).forEach(v -> violations.add(new Violation(path + "." + v.field(), v.reason())));
            if (variants.get(i).name() != null && names.contains(variants.get(i).name())) {
                violations.add(new Violation(path + ".name", "'" + variants.get(i).name() + "' is used twice (or is 'base')"));
            }
            names.add(variants.get(i).name());
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        SolveLimits limits = new SolveLimits(request.timeLimitSeconds(), request.stepCountLimit());
        List<PlanJobs.NewPlan> problems = new ArrayList<>();
        problems.add(plans.prepare(caller, copy(base).withName(base.getName() + " — base"), limits, orgUnit));
        for (Variant variant : variants) {
            problems.add(plans.prepare(caller, variant.applyTo(copy(base)).withName(base.getName() + " — " + variant.name()), limits, orgUnit));
        }
        String id = UUID.randomUUID().toString();
        problems.replaceAll(problem -> problem.inScenario(id));
        plans.submitAll(problems, ids -> {
            List<VariantPlan> created = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                created.add(new VariantPlan(i == 0 ? ScenarioRunner.BASE : variants.get(i - 1).name(), ids.get(i)));
            }
            store.insert(ScenarioStore.WHAT_IF, new ScenarioStore.ScenarioRecord(id, request.name(), request.basePlanId(), orgUnit, json(created), Instant.now()));
        });
        audit.note(id, orgUnit, "what-if '" + request.name() + "' with variants " + variants.stream().map(Variant::name).toList());
        return ResponseEntity.accepted().location(URI.create("/api/respite/scenarios/" + id)).body(view(caller, id));
    }

    @Operation(summary = "Status of the variants and, once all have finished, the KPI comparison")
    @GetMapping("/{id}")
    public ScenarioView get(Caller caller, @PathVariable String id) {
        return view(caller, id);
    }

    @Operation(summary = "The KPI comparison as CSV (absolute values and deltas against the base)", description = PlanEndpoints.CSV_DIALECT)
    @GetMapping(value = "/{id}/comparison.csv", produces = "text/csv")
    public ResponseEntity<String> csv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        ScenarioView view = view(caller, id);
        if (view.comparison() == null) {
            throw Refusal.conflict("Scenario " + id + " is " + view.status() + "; it has no comparison");
        }
        return PlanEndpoints.csv(id + "-comparison.csv", view.comparison().toCsv(Messages.of(Language.of(acceptLanguage))));
    }

    private ScenarioView view(Caller caller, String id) {
        AccessGate.checkRole(caller, Action.READ);
        ScenarioStore.ScenarioRecord record = store.find(ScenarioStore.WHAT_IF, id).orElseThrow(() -> Refusal.notFound("Scenario " + id));
        AccessGate.check(caller, record.orgUnit(), Action.READ, "Scenario " + id);
        List<VariantPlan> variantPlans = read(record.variants());
        Map<String, String> planIds = new LinkedHashMap<>();
        variantPlans.forEach(variant -> planIds.put(variant.variant(), variant.planId()));
        MemberPlans members = MemberPlans.read(plans, caller, planIds);
        KpiComparison comparison = null;
        if (members.done()) {
            Map<String, RespitePlan> solved = new LinkedHashMap<>();
            planIds.forEach((variant, planId) -> solved.put(variant, plans.solution(caller, planId)));
            comparison = KpiComparison.of(solved);
        }
        List<VariantStatus> statuses = members.members().stream()
                .map(variant -> new VariantStatus(variant.name(), variant.planId(), variant.status(), variant.score(), variant.feasible())).toList();
        return new ScenarioView(id, record.name(), record.basePlan(), record.orgUnit(), members.status(), statuses, comparison);
    }

    private RespitePlan base(Caller caller, ScenarioRequest request) {
        if ((request.basePlanId() == null) == (request.base() == null)) {
            throw Refusal.invalid("basePlanId", "give either basePlanId or base (a plan document), not both or neither");
        }
        return request.basePlanId() != null ? plans.solution(caller, request.basePlanId()) : plans.kind().read(request.base().toString());
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
