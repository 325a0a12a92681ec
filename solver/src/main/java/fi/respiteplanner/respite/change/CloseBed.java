package fi.respiteplanner.respite.change;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;

/** A bed is out of use on some nights (broken, a room being repaired). */
public record CloseBed(String bedId, DateRange nights) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> violations = new ArrayList<>();
        if (bedId == null || plan.findBed(bedId).isEmpty()) {
            violations.add(new Violation("bedId", "no bed '" + bedId + "' in the plan"));
        }
        violations.addAll(PlanValidator.validateRange(nights, "nights", plan.getHorizon()));
        return violations;
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Bed bed = plan.findBed(bedId).orElseThrow();
        director.changeProblemProperty(bed, changed -> {
            changed.withClosedNights(nights);
            changed.getUnit().link(plan.getHorizon());
        });
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        return messages.text("change.CLOSE_BED", bedId, ChangeWords.unitOfBed(plan, bedId, naming), ChangeWords.range(nights));
    }

    @Override
    public String summary() {
        return "close bed " + bedId + (nights == null ? "" : " on " + nights.from() + " … " + nights.to());
    }
}
