package fi.respiteplanner.respite.change;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Unit;

/** A unit's staffing differs on some nights: a trained worker off sick, an extra one on shift, no awake night. */
public record ChangeStaffing(String unitId, StaffingChange change) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> violations = new ArrayList<>();
        if (unitId == null || plan.findUnit(unitId).isEmpty()) {
            violations.add(new Violation("unitId", "no unit '" + unitId + "' in the plan"));
        }
        if (change == null) {
            violations.add(new Violation("change", "is required"));
            return violations;
        }
        violations.addAll(PlanValidator.validateStaffingChange(change, "change"));
        if (change.nights() != null) {
            violations.addAll(PlanValidator.validateRange(change.nights(), "change.nights", plan.getHorizon()).stream()
                    .filter(violation -> violation.reason().startsWith("lies outside")).toList());
        }
        return violations;
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Unit unit = plan.findUnit(unitId).orElseThrow();
        director.changeProblemProperty(unit, changed -> {
            changed.withStaffingChange(change);
            changed.link(plan.getHorizon());
        });
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        String unit = ChangeWords.unit(plan, unitId, naming);
        Object nights = change == null ? "" : ChangeWords.range(change.nights());
        if (change != null && change.skill() != null && change.capacity() != null) {
            return messages.text("change.CHANGE_STAFFING.skill", unit, nights, messages.text("skill." + change.skill()), change.capacity());
        }
        return messages.text("change.CHANGE_STAFFING.awake", unit, nights,
                change != null && Boolean.TRUE.equals(change.awakeNightStaff()) ? 1 : 0);
    }

    @Override
    public String summary() {
        return "change staffing of unit " + unitId
                + (change == null || change.nights() == null ? "" : " on " + change.nights().from() + " … " + change.nights().to());
    }
}
