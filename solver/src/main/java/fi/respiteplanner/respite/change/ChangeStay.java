package fi.respiteplanner.respite.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * A family changed its request: new dates, length or priority. The old request is replaced by the new
 * one (same id and client); its published assignment is kept, so stability still counts.
 */
public record ChangeStay(String stayId, LocalDate requestedArrival, int nights, LocalDate earliestArrival, LocalDate latestArrival,
        Priority priority) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        Stay old = stayId == null ? null : plan.findStay(stayId).orElse(null);
        if (old == null) {
            return List.of(new Violation("stayId", "no stay '" + stayId + "' in the plan"));
        }
        List<Violation> violations = new ArrayList<>();
        if (old.isPinned()) {
            violations.add(new Violation("stayId", "stay '" + stayId + "' is " + old.getStatus() + "; cancel it and add a new request"));
        }
        RespitePlan without = new RespitePlan(plan.getName(), plan.getHorizon(), plan.getUnits(), plan.getClients(),
                plan.getStays().stream().filter(stay -> stay != old).toList());
        violations.addAll(PlanValidator.validateNewStay(without, replacement(old), "stay"));
        return violations;
    }

    private Stay replacement(Stay old) {
        return new Stay(stayId, old.getClient(), requestedArrival, nights).withWindow(earliestArrival, latestArrival)
                .withPriority(priority == null ? old.getPriority() : priority).withPublished(old.getPublished());
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Stay old = plan.findStay(stayId).orElseThrow();
        Stay replacement = replacement(old);
        plan.linkStay(replacement);
        director.removeEntity(old, plan.getStays()::remove);
        director.addEntity(replacement, plan.getStays()::add);
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        return messages.text("change.CHANGE_STAY", ChangeWords.clientOfStay(plan, stayId, naming), nights,
                requestedArrival == null ? "" : requestedArrival,
                earliestArrival == null || latestArrival == null ? "" : new DateRange(earliestArrival, latestArrival));
    }

    @Override
    public String summary() {
        return "change stay " + stayId + " to " + nights + " nights from " + requestedArrival;
    }
}
