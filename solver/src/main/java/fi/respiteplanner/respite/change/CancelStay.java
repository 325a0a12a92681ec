package fi.respiteplanner.respite.change;

import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/** The family cancelled: the request leaves the plan and frees its bed. */
public record CancelStay(String stayId) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        return stayId != null && plan.findStay(stayId).isPresent() ? List.of()
                : List.of(new Violation("stayId", "no stay '" + stayId + "' in the plan"));
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        director.removeEntity(plan.findStay(stayId).orElseThrow(), plan.getStays()::remove);
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        Stay stay = stayId == null ? null : plan.findStay(stayId).orElse(null);
        return stay == null ? messages.text("change.CANCEL_STAY.unknown", stayId)
                : messages.text("change.CANCEL_STAY", naming.client(stay.getClient()), ChangeWords.nights(stay));
    }

    @Override
    public String summary() {
        return "cancel stay " + stayId;
    }
}
