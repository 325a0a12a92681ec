package fi.respiteplanner.respite.change;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Unit;

/** A whole unit is closed on some nights (water damage, an epidemic, staff shortage). */
public record CloseUnit(String unitId, DateRange nights) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> violations = new ArrayList<>();
        if (unitId == null || plan.findUnit(unitId).isEmpty()) {
            violations.add(new Violation("unitId", "no unit '" + unitId + "' in the plan"));
        }
        violations.addAll(PlanValidator.validateRange(nights, "nights", plan.getHorizon()));
        return violations;
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Unit unit = plan.findUnit(unitId).orElseThrow();
        director.changeProblemProperty(unit, changed -> {
            changed.withClosedNights(nights);
            changed.link(plan.getHorizon());
        });
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        return messages.text("change.CLOSE_UNIT", ChangeWords.unit(plan, unitId, naming), ChangeWords.range(nights));
    }

    @Override
    public String summary() {
        return "close unit " + unitId + (nights == null ? "" : " on " + nights.from() + " … " + nights.to());
    }
}
