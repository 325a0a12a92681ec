package fi.respiteplanner.api.respite;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.respiteplanner.api.plans.PlanKind;
import fi.respiteplanner.api.plans.PlanOutcome;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.workbook.RespiteWorkbook;
import fi.respiteplanner.datasets.workbook.WorkbookImport;
import fi.respiteplanner.datasets.workbook.WorkbookLimits;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.replan.PromiseReport;
import fi.respiteplanner.replan.StabilityPolish;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.StayTable;
import fi.respiteplanner.respite.change.RespiteChange;
import fi.respiteplanner.respite.score.RespiteLevel;

/** Respite plans for the generic plan machinery. */
class RespiteKind implements PlanKind<RespitePlan> {

    private final SolverFactory<RespitePlan> solverFactory;
    private final ObjectMapper mapper;

    RespiteKind(SolverFactory<RespitePlan> solverFactory, ObjectMapper mapper) {
        this.solverFactory = solverFactory;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "respite";
    }

    @Override
    public RespitePlan read(String json) {
        return PlanJson.read(json);
    }

    @Override
    public String write(RespitePlan plan) {
        return PlanJson.write(plan);
    }

    @Override
    public String nameOf(RespitePlan plan) {
        return plan.getName();
    }

    @Override
    public Score<?> scoreOf(RespitePlan plan) {
        return plan.getScore();
    }

    @Override
    public List<String> scoreLevels() {
        return Arrays.stream(RespiteLevel.values()).map(RespiteLevel::key).toList();
    }

    @Override
    public PlanOutcome outcome(RespitePlan plan, List<PlanOutcome.BrokenRule> brokenRules) {
        RespiteKpis kpis = RespiteKpis.of(plan);
        Integer brokenPromises = null;
        if (plan.getReplanning() != null) {
            PromiseReport promises = PromiseReport.of(PlanDiff.of(plan));
            brokenPromises = promises.dropped().unforced() + promises.otherUnit().unforced() + promises.otherDates().unforced();
        }
        return new PlanOutcome(brokenRules.isEmpty() && plan.getScore().isFeasible(), brokenRules,
                kpis.nights().requestedStays() - kpis.nights().servedStays(), kpis.clientsLeftWithNothing(),
                kpis.entitlement().familiesBelow(), brokenPromises, kpis.totalCost());
    }

    @Override
    public Object kpis(RespitePlan plan) {
        return RespiteKpis.of(plan);
    }

    @Override
    public String tableCsv(RespitePlan plan, Messages words, Naming naming) {
        return StayTable.csv(plan, words, naming);
    }

    @Override
    public void workbookTemplate(Locale language, OutputStream out) {
        RespiteWorkbook.template(language, out);
    }

    @Override
    public void writeWorkbook(RespitePlan plan, Locale language, OutputStream out) {
        RespiteWorkbook.write(plan, language, out);
    }

    @Override
    public WorkbookImport<RespitePlan> readWorkbook(InputStream in, WorkbookLimits limits) {
        return RespiteWorkbook.read(in, limits);
    }

    @Override
    public int requestCount(RespitePlan plan) {
        return plan.getStays().size();
    }

    @Override
    public RespiteChange readChange(String body) {
        try {
            return mapper.readValue(body, RespiteChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged change is unreadable", e);
        }
    }

    @Override
    public boolean overridesWeights(RespitePlan plan) {
        return !plan.getConstraintWeights().isEmpty();
    }

    @Override
    public int size(String problem) {
        return PlanJson.stayCount(problem);
    }

    @Override
    public SolverConfig fitted(SolverConfig config, int stays) {
        return RespiteSolver.fittedTo(stays, config);
    }

    @Override
    public boolean isReplan(RespitePlan plan) {
        return plan.getReplanning() != null;
    }

    /** Re-plans: stays that moved from their published place for nothing go back. */
    @Override
    public void polish(RespitePlan plan) {
        StabilityPolish.revertNeedlessChanges(solverFactory, plan);
    }
}
