package fi.respiteplanner.respite.change;

import java.time.LocalDate;
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
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;

/**
 * A new stay request. With a bed and an arrival it is placed there (an applied recommendation);
 * {@code confirm} pins it (the family has been told).
 */
public record AddStay(NewStay stay, String bed, LocalDate arrival, Boolean confirm) implements RespiteChange {

    public AddStay(NewStay stay) {
        this(stay, null, null, null);
    }

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> violations = new ArrayList<>();
        if (stay == null) {
            return List.of(new Violation("stay", "is required"));
        }
        if (stay.client() == null || plan.findClient(stay.client()).isEmpty()) {
            violations.add(new Violation("stay.client", "no client '" + stay.client() + "' in the plan"));
        }
        if (bed != null && plan.findBed(bed).isEmpty()) {
            violations.add(new Violation("bed", "no bed '" + bed + "' in the plan"));
        }
        if ((bed == null) != (arrival == null)) {
            violations.add(new Violation(bed == null ? "bed" : "arrival", "bed and arrival go together"));
        }
        if (confirmed() && bed == null) {
            violations.add(new Violation("confirm", "a confirmed stay needs a bed and an arrival"));
        }
        if (violations.isEmpty()) {
            violations.addAll(PlanValidator.validateNewStay(plan, build(plan), "stay"));
        }
        return violations;
    }

    private Stay build(RespitePlan plan) {
        Stay built = stay.toStay(plan.findClient(stay.client()).orElseThrow());
        if (bed != null) {
            Bed assigned = plan.findBed(bed).orElseThrow();
            built.assign(assigned, arrival);
        }
        return built.withStatus(confirmed() ? StayStatus.CONFIRMED : StayStatus.REQUESTED);
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Stay added = build(plan);
        plan.linkStay(added);
        director.addEntity(added, plan.getStays()::add);
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        if (stay == null) {
            return messages.text("change.ADD_STAY", "", 0, "", "");
        }
        String client = ChangeWords.client(plan, stay.client(), naming);
        if (bed != null && arrival != null) {
            return messages.text(confirmed() ? "change.ADD_STAY.confirmed" : "change.ADD_STAY.placed", client,
                    ChangeWords.nights(arrival, stay.nights()), bed, ChangeWords.unitOfBed(plan, bed, naming));
        }
        return messages.text("change.ADD_STAY", client, stay.nights(), stay.requestedArrival() == null ? "" : stay.requestedArrival(),
                stay.earliestArrival() == null || stay.latestArrival() == null ? ""
                        : new DateRange(stay.earliestArrival(), stay.latestArrival()));
    }

    @Override
    public String summary() {
        if (stay == null) {
            return "add stay";
        }
        return "add stay " + stay.id() + " of client " + stay.client() + (bed == null ? "" : " in bed " + bed + " from " + arrival)
                + (confirmed() ? " (confirmed)" : "");
    }

    private boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }
}
