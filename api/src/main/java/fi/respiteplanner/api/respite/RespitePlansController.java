package fi.respiteplanner.api.respite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.Explanation;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanOutcome;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.api.web.Language;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.api.web.Texts;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.UnmetReasons;
import fi.respiteplanner.respite.change.AddStay;
import fi.respiteplanner.respite.change.NewStay;
import fi.respiteplanner.respite.change.RespiteChange;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.StayJustification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Respite plans: the shared plan endpoints plus KPIs, explanations, recommendations and live changes. */
@RestController
@RequestMapping("/api/respite/plans")
@Tag(name = "Respite plans")
public class RespitePlansController extends PlanEndpoints<RespitePlan> {

    private static final int MAX_RECOMMENDATIONS = 50;
    private static final int MAX_MATCHES = 10_000;

    private final SolutionManager<RespitePlan, BendableLongScore> solutionManager;
    private final ObjectMapper mapper;

    RespitePlansController(PlanJobs<RespitePlan> jobs, SolutionManager<RespitePlan, BendableLongScore> solutionManager,
            ObjectMapper mapper) {
        super(jobs);
        this.solutionManager = solutionManager;
        this.mapper = mapper;
    }

    @Operation(summary = "KPIs of the best solution so far")
    @GetMapping("/{id}/kpis")
    public RespiteKpis kpis(Caller caller, @PathVariable String id) {
        return RespiteKpis.of(jobs.solution(caller, id));
    }

    @Operation(summary = "Unplaced requests, each with the one rule, unit and nights that stopped it",
            description = "text says it in the Accept-Language (fi, sv or en; fi by default); clients are named by name for planners, by code for viewers")
    @GetMapping("/{id}/unmet")
    public List<UnmetReasons.Unmet> unmet(Caller caller, @PathVariable String id, Locale locale) {
        RespitePlan plan = jobs.solution(caller, id);
        return UnmetReasons.of(plan, Texts.messages(locale), Texts.naming(caller));
    }

    @Operation(summary = "Score explanation: per constraint its total and justified matches",
            description = "Narrow with constraint (its name), stay or client (ids): \"why not us?\"")
    @GetMapping("/{id}/explanation")
    public Explanation explanation(Caller caller, @PathVariable String id, @RequestParam(required = false) String constraint,
            @RequestParam(required = false) String stay, @RequestParam(required = false) String client,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        jobs.record(caller, id, Action.READ);
        if (limit < 0 || limit > MAX_MATCHES) {
            throw Refusal.invalid("limit", "must be between 0 and " + MAX_MATCHES);
        }
        RespitePlan plan = solved(caller, id, Action.READ);
        ScoreAnalysis<BendableLongScore> analysis = solutionManager.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_ALL);
        if (constraint != null && analysis.constraintMap().values().stream()
                .noneMatch(c -> c.constraintRef().constraintName().equals(constraint))) {
            throw Refusal.invalid("constraint", "is not a constraint name");
        }
        Messages messages = Texts.messages(locale);
        Function<StayJustification.Named, String> names = names(plan, Texts.naming(caller));
        return Explanation.of(analysis, RespiteConstraint::byName, constraint, stay, client, limit, messages,
                justification -> justification instanceof StayJustification words ? words.in(messages, names) : justification);
    }

    @Operation(summary = "Best places for one new stay request, without changing the plan")
    @PostMapping("/{id}/recommendations")
    public List<Recommendation> recommend(Caller caller, @PathVariable String id, @RequestBody NewStay request,
            @RequestParam(defaultValue = "5") int limit, Locale locale) {
        jobs.record(caller, id, Action.PLAN);
        if (request == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
            throw Refusal.invalid("limit", "must be between 1 and " + MAX_RECOMMENDATIONS);
        }
        RespitePlan plan = solved(caller, id, Action.PLAN);
        List<Violation> violations = new AddStay(request).validate(plan);
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        Stay stay = request.toStay(plan.findClient(request.client()).orElseThrow());
        plan.linkStay(stay);
        plan.getStays().add(stay);
        List<RecommendedAssignment<Recommendation, BendableLongScore>> options = solutionManager.recommendAssignment(plan, stay,
                RespitePlansController::recommendation, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        return options.stream().filter(option -> option.proposition() != null)
                .limit(limit)
                .map(option -> withScore(option.proposition(), option.scoreAnalysisDiff(), Texts.messages(locale)))
                .toList();
    }

    /**
     * An applied recommendation: the request joins the plan in the chosen bed and date.
     *
     * @param reason why, when the place breaks a hard rule ("apply anyway"): required then, kept in the plan's change log
     */
    record ApplyRecommendation(NewStay stay, String bed, LocalDate arrival, Boolean confirm, String reason) {
    }

    /** The longest reason for applying anyway the change log keeps. */
    static final int REASON_LENGTH = 500;

    @Operation(summary = "Apply a recommendation: add the request in the chosen bed and date (confirmed by default)",
            description = "A place that breaks a hard rule is applied only with a reason (400 without one); the reason goes to the "
                    + "plan's change log and the plan then needs attention, naming the rule.")
    @PostMapping("/{id}/recommendations/apply")
    public ResponseEntity<ChangeResult> apply(Caller caller, AuditNote audit, @PathVariable String id,
            @RequestBody ApplyRecommendation chosen, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        jobs.record(caller, id, Action.PLAN);
        List<Violation> missing = new ArrayList<>();
        if (chosen.stay() == null) {
            missing.add(new Violation("stay", "is required"));
        }
        if (chosen.bed() == null) {
            missing.add(new Violation("bed", "is required"));
        }
        if (chosen.arrival() == null) {
            missing.add(new Violation("arrival", "is required"));
        }
        if (chosen.reason() != null && chosen.reason().length() > REASON_LENGTH) {
            missing.add(new Violation("reason", "is longer than " + REASON_LENGTH + " characters"));
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
        AddStay change = new AddStay(chosen.stay(), chosen.bed(), chosen.arrival(), chosen.confirm() == null || chosen.confirm());
        RespitePlan before = jobs.solution(caller, id);
        String described = change.validate(before).isEmpty() ? change.describe(before, Texts.messages(Language.of(acceptLanguage)),
                Texts.naming(caller)) : null;
        List<PlanOutcome.BrokenRule> breaks = newlyBroken(before, change);
        if (breaks.isEmpty()) {
            return change(caller, audit, id, change, acceptLanguage);
        }
        if (chosen.reason() == null || chosen.reason().isBlank()) {
            throw Refusal.invalid("reason", "is required: this place breaks " + PlanJobs.describe(breaks)
                    + "; say why it is applied anyway");
        }
        String broken = PlanJobs.describe(breaks);
        audit.note(id, null, change.summary() + " — applied anyway, breaking " + broken);
        PlanJobs.ChangeOutcome outcome = jobs.change(caller, id, change, body(change),
                "applied anyway, breaking " + broken + ": " + chosen.reason().strip());
        return ResponseEntity.accepted().body(new ChangeResult(described, outcome.live()));
    }

    /** The hard rules a change would break more often than the plan already does (none when it fails validation: the change says why). */
    private List<PlanOutcome.BrokenRule> newlyBroken(RespitePlan plan, AddStay change) {
        PlanOutcome before = jobs.outcome(plan);
        if (before == null || !change.validate(plan).isEmpty()) {
            return List.of();
        }
        change.applyTo(plan);
        solutionManager.update(plan);
        PlanOutcome after = jobs.outcome(plan);
        Map<String, Integer> had = new HashMap<>();
        before.brokenRules().forEach(rule -> had.put(rule.constraint(), rule.count()));
        return after.brokenRules().stream().filter(rule -> rule.count() > had.getOrDefault(rule.constraint(), 0))
                .map(rule -> new PlanOutcome.BrokenRule(rule.constraint(), rule.count() - had.getOrDefault(rule.constraint(), 0))).toList();
    }

    /**
     * Whether a change went to the running solver or to the stored solution.
     *
     * @param change what it did, in the caller's language
     */
    record ChangeResult(String change, boolean appliedWhileSolving) {
    }

    @Operation(summary = "Change the plan: a request added, cancelled, changed or placed, a bed or unit closed, staffing changed, "
            + "a client added or changed",
            description = "While solving, the solver continues from its best with the change; otherwise the stored solution changes. "
                    + "The answer says what changed in the caller's language (Accept-Language: fi, sv, en; Finnish by default).")
    @PostMapping("/{id}/changes")
    public ResponseEntity<ChangeResult> change(Caller caller, AuditNote audit, @PathVariable String id, @RequestBody RespiteChange change,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        jobs.record(caller, id, Action.PLAN);
        if (change == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        audit.note(id, null, change.summary());
        RespitePlan before = jobs.solution(caller, id);
        PlanJobs.ChangeOutcome outcome = jobs.change(caller, id, change, body(change));
        String described = change.describe(before, Texts.messages(Language.of(acceptLanguage)), Texts.naming(caller));
        return ResponseEntity.accepted().body(new ChangeResult(described, outcome.live()));
    }

    private String body(RespiteChange change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private copy of a solution with every stay initialised: explanations and recommendations need one. */
    private RespitePlan solved(Caller caller, String id, Action action) {
        jobs.record(caller, id, action);
        RespitePlan plan = jobs.solution(caller, id);
        if (plan.getScore() == null || !plan.getScore().isSolutionInitialized()) {
            throw Refusal.conflict("Plan " + id + " has no solution yet; wait until the construction phase has placed every request");
        }
        return plan;
    }

    /** Units and clients of the plan named for the reader; an id the plan does not hold stays an id. */
    private static Function<StayJustification.Named, String> names(RespitePlan plan, Naming naming) {
        Map<String, Unit> units = plan.getUnits().stream().collect(Collectors.toMap(Unit::getId, unit -> unit));
        Map<String, Client> clients = plan.getClients().stream().collect(Collectors.toMap(Client::getId, client -> client));
        return named -> switch (named.kind()) {
            case UNIT -> units.containsKey(named.id()) ? naming.unit(units.get(named.id())) : named.id();
            case CLIENT -> clients.containsKey(named.id()) ? naming.client(clients.get(named.id())) : named.id();
            default -> named.id();
        };
    }

    private static Recommendation recommendation(Stay stay) {
        if (stay.getBed() == null) {
            return null;
        }
        var unit = stay.unit();
        return new Recommendation(stay.getBed().getId(), stay.getBed().getRoom().getId(), unit.getId(), unit.getName(),
                unit.getProducer().name(), stay.getArrival(), null, false, List.of(), null);
    }

    /** The option with its score difference and the hard constraints it would break, named in the reader's language. */
    private static Recommendation withScore(Recommendation r, ScoreAnalysis<BendableLongScore> diff, Messages messages) {
        List<RespiteConstraint> broken = diff.constraintMap().values().stream()
                .filter(constraint -> breaksHardRule(constraint.score()))
                .map(constraint -> RespiteConstraint.byName(constraint.constraintRef().constraintName()))
                .toList();
        String text = broken.isEmpty() ? null : messages.text("reason.RULE_BROKEN",
                broken.stream().map(rule -> messages.lowerFirst(messages.text("rule." + rule.name()))).collect(Collectors.joining(", ")));
        return new Recommendation(r.bed(), r.room(), r.unit(), r.unitName(), r.producer(), r.arrival(), diff.score().toString(),
                diff.score().isFeasible(), broken.stream().map(RespiteConstraint::constraintName).toList(), text);
    }

    private static boolean breaksHardRule(BendableLongScore score) {
        for (int level = 0; level < score.hardLevelsSize(); level++) {
            if (score.hardScore(level) < 0) {
                return true;
            }
        }
        return false;
    }
}
