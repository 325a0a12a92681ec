package fi.respiteplanner.api.holiday;

import java.util.Locale;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.Explanation;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.api.web.Texts;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayNaming;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayUnplaced;
import fi.respiteplanner.holiday.score.HolidayConstraint;
import fi.respiteplanner.holiday.score.PlacementJustification;
import fi.respiteplanner.i18n.Messages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Holiday-activity plans: the shared plan endpoints plus KPIs and explanations. */
@RestController
@RequestMapping("/api/holiday/plans")
@Tag(name = "Holiday plans")
public class HolidayPlansController extends PlanEndpoints<HolidayPlan> {

    private static final int MAX_MATCHES = 10_000;

    private final SolutionManager<HolidayPlan, HardMediumSoftLongScore> solutionManager;

    HolidayPlansController(PlanJobs<HolidayPlan> holidayPlans, SolutionManager<HolidayPlan, HardMediumSoftLongScore> holidaySolutionManager) {
        super(holidayPlans);
        this.solutionManager = holidaySolutionManager;
    }

    @Operation(summary = "KPIs of the best solution so far")
    @GetMapping("/{id}/kpis")
    public HolidayKpis kpis(Caller caller, @PathVariable String id) {
        return HolidayKpis.of(jobs.solution(caller, id));
    }

    @Operation(summary = "Score explanation: per constraint its total and justified matches (filter by placement or child)",
            description = "Sentences in the Accept-Language (fi, sv or en; fi by default): groups by team and grades, weeks by their days; "
                    + "children by name for planners, by code for viewers")
    @GetMapping("/{id}/explanation")
    public Explanation explanation(Caller caller, @PathVariable String id, @RequestParam(required = false) String constraint,
            @RequestParam(required = false) String placement, @RequestParam(required = false) String child,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        jobs.record(caller, id, Action.READ);
        if (limit < 0 || limit > MAX_MATCHES) {
            throw Refusal.invalid("limit", "must be between 0 and " + MAX_MATCHES);
        }
        if (constraint != null && HolidayConstraint.byName(constraint) == null) {
            throw Refusal.invalid("constraint", "is not a constraint name");
        }
        HolidayPlan plan = jobs.solution(caller, id);
        if (plan.getScore() == null || !plan.getScore().isSolutionInitialized()) {
            throw Refusal.conflict("Plan " + id + " has no solution yet");
        }
        Messages messages = Texts.messages(locale);
        HolidayNaming names = HolidayNaming.of(plan, Texts.naming(caller).clientNames());
        return Explanation.of(solutionManager.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_ALL), HolidayConstraint::byName, constraint,
                placement, child, limit, messages,
                justification -> justification instanceof PlacementJustification words ? words.in(messages, names) : justification);
    }

    @Operation(summary = "Unplaced week requests, each with the rule that kept the child out, naming the groups and days",
            description = "cause is the rule (NO_LANGUAGE, NO_GRADE, NO_ACCESS, FULL, SKILL, FREE); text says it in the Accept-Language "
                    + "(fi, sv or en; fi by default), groups by team and grades, days as 12.–14.10.2026")
    @GetMapping("/{id}/unplaced")
    public List<HolidayUnplaced.Unplaced> unplaced(Caller caller, @PathVariable String id, Locale locale) {
        return HolidayUnplaced.of(jobs.solution(caller, id), Texts.messages(locale));
    }
}
