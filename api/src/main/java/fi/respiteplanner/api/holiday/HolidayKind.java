package fi.respiteplanner.api.holiday;

import java.util.List;

import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.api.plans.PlanKind;
import fi.respiteplanner.api.plans.PlanOutcome;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.PlacementTable;

/** Holiday-activity plans for the generic plan machinery. */
class HolidayKind implements PlanKind<HolidayPlan> {

    @Override
    public String name() {
        return "holiday";
    }

    @Override
    public HolidayPlan read(String json) {
        return HolidayJson.read(json);
    }

    @Override
    public String write(HolidayPlan plan) {
        return HolidayJson.write(plan);
    }

    @Override
    public String nameOf(HolidayPlan plan) {
        return plan.getName();
    }

    @Override
    public Score<?> scoreOf(HolidayPlan plan) {
        return plan.getScore();
    }

    /** Holiday plans: placements left without a group and children left without any; no entitlements or promises. */
    @Override
    public PlanOutcome outcome(HolidayPlan plan, List<PlanOutcome.BrokenRule> brokenRules) {
        HolidayKpis kpis = HolidayKpis.of(plan);
        int unplaced = (int) plan.getPlacements().stream().filter(placement -> placement.getGroup() == null).count();
        return new PlanOutcome(brokenRules.isEmpty() && plan.getScore().isFeasible(), brokenRules, unplaced, kpis.childrenLeftWithNothing(),
                null, null, kpis.totalCost());
    }

    @Override
    public Object kpis(HolidayPlan plan) {
        return HolidayKpis.of(plan);
    }

    @Override
    public String tableCsv(HolidayPlan plan) {
        return PlacementTable.csv(plan);
    }

    @Override
    public int requestCount(HolidayPlan plan) {
        return plan.getPlacements().size();
    }

    @Override
    public boolean overridesWeights(HolidayPlan plan) {
        return !plan.getConstraintWeights().isEmpty();
    }
}
