package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.Replanning;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;

/**
 * What changed for whom against the published plan, and why: the list the office calls families from.
 * Every row says whether a change forced it and the reason in structured form (words come from
 * {@link fi.respiteplanner.i18n.Messages}); a stay whose place breaks a hard rule in the new plan says which.
 */
public record PlanDiff(int familiesAffected, List<Entry> changes) {

    public enum Change {
        /** Moved to another unit. */
        UNIT_CHANGED,
        /** Another bed (room) in the same unit, dates may differ too. */
        BED_CHANGED,
        /** Same bed, other dates. */
        DATES_CHANGED,
        /** Was published, now left out. */
        DROPPED,
        /** Not published before (a new request, or an unmet one now placed). */
        NEWLY_PLACED,
        /** The family cancelled; listed so the office can confirm. */
        CANCELLED,
        /** Kept where it was published, but that place breaks a rule (e.g. in progress in a closed unit): the office must act. */
        BREAKS_RULE
    }

    /**
     * One stay's change; departure is the morning after the last night.
     *
     * @param forced whether a change forced it (a closure, a staffing cut, the family's own change or cancellation)
     * @param reason why this family is affected
     * @param breaksRule the first hard constraint the stay's new place breaks, if any
     */
    public record Entry(String stayId, String clientId, Change change, String oldUnit, String oldBed, LocalDate oldArrival,
            LocalDate oldDeparture, String newUnit, String newBed, LocalDate newArrival, LocalDate newDeparture, boolean forced,
            ChangeReason reason, String breaksRule) {
    }

    public static PlanDiff of(RespitePlan plan) {
        return of(plan, RespiteSolver.solutionManager());
    }

    public static PlanDiff of(RespitePlan plan, SolutionManager<RespitePlan, BendableLongScore> solutions) {
        Map<String, SortedSet<String>> broken = BrokenRules.byStay(solutions, plan);
        Replanning replanning = plan.getReplanning();
        Map<String, Integer> added = new HashMap<>();
        if (replanning != null && replanning.added() != null) {
            replanning.added().forEach(a -> added.put(a.stayId(), a.change()));
        }
        List<Entry> entries = new ArrayList<>();
        for (Stay stay : plan.getStays()) {
            Published published = stay.getPublished();
            String rule = broken.containsKey(stay.getId()) ? broken.get(stay.getId()).first() : null;
            Change change = changeOf(stay, published);
            if (change == null && rule == null) {
                continue;
            }
            entries.add(new Entry(stay.getId(), stay.getClient().getId(), change == null ? Change.BREAKS_RULE : change,
                    published == null ? null : published.bed().getUnit().getId(), published == null ? null : published.bed().getId(),
                    published == null ? null : published.arrival(),
                    published == null ? null : published.arrival().plusDays(stay.getNights()),
                    stay.isAssigned() ? stay.unit().getId() : null, stay.isAssigned() ? stay.getBed().getId() : null,
                    stay.isAssigned() ? stay.getArrival() : null, stay.isAssigned() ? stay.getArrival().plusDays(stay.getNights()) : null,
                    stay.getForced() != null, reasonOf(stay, plan, added), rule));
        }
        if (replanning != null) {
            for (Replanning.Cancelled cancelled : replanning.cancelled()) {
                entries.add(new Entry(cancelled.stayId(), cancelled.clientId(), Change.CANCELLED, cancelled.unitId(), cancelled.bedId(),
                        cancelled.arrival(), cancelled.arrival().plusDays(cancelled.nights()), null, null, null, null, true,
                        ChangeReason.cancelled(cancelled.change()), null));
            }
        }
        entries.sort(Comparator.comparing(Entry::clientId).thenComparing(Entry::stayId));
        return new PlanDiff((int) entries.stream().map(Entry::clientId).distinct().count(), entries);
    }

    private static Change changeOf(Stay stay, Published published) {
        if (published == null) {
            return stay.isAssigned() ? Change.NEWLY_PLACED : null;
        }
        if (!stay.isAssigned()) {
            return Change.DROPPED;
        }
        if (stay.unit() != published.bed().getUnit()) {
            return Change.UNIT_CHANGED;
        }
        if (stay.getBed() != published.bed()) {
            return Change.BED_CHANGED;
        }
        return stay.getArrival().equals(published.arrival()) ? null : Change.DATES_CHANGED;
    }

    /**
     * A forced stay's own reason; a new placement from today's requests or the waiting list; for a promise
     * that moved although nothing forced it, who now has its bed on its nights (a forced stay or an URGENT
     * request) when that explains it.
     */
    private static ChangeReason reasonOf(Stay stay, RespitePlan plan, Map<String, Integer> added) {
        if (stay.getForced() != null) {
            return stay.getForced();
        }
        Published published = stay.getPublished();
        if (published == null) {
            return added.containsKey(stay.getId()) ? ChangeReason.newRequest(added.get(stay.getId()))
                    : ChangeReason.of(ChangeReason.Code.FROM_WAITING_LIST);
        }
        long from = published.arrival().toEpochDay();
        long to = from + stay.getNights();
        for (Stay other : plan.getStays()) {
            if (other != stay && other.getBed() == published.bed() && other.startDay() < to && from < other.endDay()) {
                if (other.getForced() != null) {
                    return ChangeReason.naming(ChangeReason.Code.MADE_ROOM, other.getId());
                }
                if (other.displacesPromises()) {
                    return ChangeReason.naming(ChangeReason.Code.DISPLACED_BY_URGENT, other.getId());
                }
            }
        }
        return ChangeReason.of(ChangeReason.Code.NOT_FORCED);
    }
}
