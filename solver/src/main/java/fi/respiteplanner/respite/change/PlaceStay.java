package fi.respiteplanner.respite.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;

/**
 * A waiting request placed in a chosen bed and arrival (e.g. the family offered a freed place);
 * {@code confirm} pins it (the family has been told).
 */
public record PlaceStay(String stayId, String bed, LocalDate arrival, Boolean confirm) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> violations = new ArrayList<>();
        Stay stay = stayId == null ? null : plan.findStay(stayId).orElse(null);
        if (stay == null) {
            violations.add(new Violation("stayId", "no stay '" + stayId + "' in the plan"));
        } else if (stay.isPinned()) {
            violations.add(new Violation("stayId", "stay '" + stayId + "' is " + stay.getStatus() + " and keeps its place"));
        }
        if (bed == null || plan.findBed(bed).isEmpty()) {
            violations.add(new Violation("bed", "no bed '" + bed + "' in the plan"));
        }
        if (arrival == null) {
            violations.add(new Violation("arrival", "is required"));
        } else if (stay != null && (arrival.isBefore(stay.getEarliestArrival()) || arrival.isAfter(stay.getLatestArrival()))) {
            violations.add(new Violation("arrival", "is outside the request's window " + stay.getEarliestArrival() + " … "
                    + stay.getLatestArrival()));
        }
        return violations;
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Stay stay = plan.findStay(stayId).orElseThrow();
        Bed chosen = plan.findBed(bed).orElseThrow();
        director.changeVariable(stay, "bed", placed -> placed.setBed(chosen));
        director.changeVariable(stay, "arrival", placed -> placed.setArrival(arrival));
        if (Boolean.TRUE.equals(confirm)) {
            director.changeProblemProperty(stay, placed -> placed.withStatus(StayStatus.CONFIRMED));
        }
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        Stay stay = stayId == null ? null : plan.findStay(stayId).orElse(null);
        return messages.text(Boolean.TRUE.equals(confirm) ? "change.PLACE_STAY.confirmed" : "change.PLACE_STAY",
                stay == null ? String.valueOf(stayId) : naming.client(stay.getClient()),
                stay == null || arrival == null ? "" : ChangeWords.nights(arrival, stay.getNights()), bed,
                ChangeWords.unitOfBed(plan, bed, naming));
    }

    @Override
    public String summary() {
        return "place stay " + stayId + " in bed " + bed + " from " + arrival + (Boolean.TRUE.equals(confirm) ? " (confirmed)" : "");
    }
}
