package fi.respiteplanner.api.holiday;

import java.util.List;

import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.api.plans.PlanKind;
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

    @Override
    public List<String> scoreLevels() {
        return List.of("hard", "medium", "soft");
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
