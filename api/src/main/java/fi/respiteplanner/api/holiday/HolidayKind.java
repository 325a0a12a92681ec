package fi.respiteplanner.api.holiday;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.api.plans.PlanKind;
import fi.respiteplanner.api.plans.PlanOutcome;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.workbook.HolidayWorkbook;
import fi.respiteplanner.datasets.workbook.WorkbookImport;
import fi.respiteplanner.datasets.workbook.WorkbookLimits;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.PlacementTable;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;

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
    public List<String> scoreLevels() {
        return List.of("hard", "medium", "soft");
    }

    @Override
    public Object kpis(HolidayPlan plan) {
        return HolidayKpis.of(plan);
    }

    @Override
    public String tableCsv(HolidayPlan plan, Messages words, Naming naming) {
        return PlacementTable.csv(plan, words, naming.clientNames());
    }

    @Override
    public void workbookTemplate(Locale language, OutputStream out) {
        HolidayWorkbook.template(language, out);
    }

    @Override
    public void writeWorkbook(HolidayPlan plan, Locale language, OutputStream out) {
        HolidayWorkbook.write(plan, language, out);
    }

    @Override
    public WorkbookImport<HolidayPlan> readWorkbook(InputStream in, WorkbookLimits limits) {
        return HolidayWorkbook.read(in, limits);
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
