package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.PlaceStay;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * A cancelled stay frees a bed on some nights: which waiting (unplaced) request should have it? Each
 * request that fits the freed bed (open, free, inside its arrival window, using at least one freed
 * night) is scored in it; the best score change comes first, so the family furthest below its decided
 * entitlement, then the most urgent demand, is offered the place. Applying one is two live changes:
 * the cancellation and a {@link PlaceStay}.
 */
public final class FreedPlace {

    /**
     * A waiting request that could take the freed place.
     *
     * @param scoreChange the plan's score change (after the cancellation) when it takes the place
     * @param reason the strongest score level the placement improves (a {@link RespiteLevel} key: entitlement, demand, soft)
     * @param fairness what the family has had so far
     * @param place the live change that gives it the place (after {@link Ranking#cancel()})
     */
    public record Option(String stayId, String clientId, Priority priority, String unitId, String bedId, LocalDate arrival,
            int nights, BendableLongScore scoreChange, String reason, Fairness fairness, PlaceStay place) {
    }

    /**
     * @param servedNights the client's nights served in this plan (without the offered stay)
     * @param entitledNights the decision's nights over the months of the horizon
     * @param earlierShortfall entitled nights not served in the year before the horizon (the plan's ledger)
     */
    public record Fairness(int servedNights, int entitledNights, int earlierShortfall) {
    }

    /** The freed bed and nights, the cancellation to send first, and the options, best first. */
    public record Ranking(String cancelledStayId, String bedId, LocalDate firstNight, LocalDate lastNight, CancelStay cancel,
            List<Option> options) {
    }

    /** A ranking, or why there is none (field and reason). */
    public record Result(Ranking ranking, List<Violation> violations) {
    }

    private FreedPlace() {
    }

    /**
     * @param plan a copy of a solved plan: the cancelled stay is removed from it, the rest is left as it was
     * @param limit at most this many options
     */
    public static Result rank(SolverFactory<RespitePlan> factory, RespitePlan plan, String cancelledStayId, int limit) {
        Stay cancelled = cancelledStayId == null ? null : plan.findStay(cancelledStayId).orElse(null);
        if (cancelled == null || !cancelled.isAssigned()) {
            return new Result(null, List.of(new Violation("stayId", cancelled == null ? "no stay '" + cancelledStayId + "' in the plan"
                    : "stay '" + cancelledStayId + "' has no place to free")));
        }
        Bed freed = cancelled.getBed();
        LocalDate first = cancelled.getArrival();
        LocalDate last = cancelled.lastNight();
        plan.getStays().remove(cancelled);
        Map<Client, Integer> served = new HashMap<>();
        plan.getStays().stream().filter(Stay::isAssigned).forEach(stay -> served.merge(stay.getClient(), stay.getNights(), Integer::sum));
        int months = (int) YearMonth.from(plan.getHorizon().from()).until(YearMonth.from(plan.getHorizon().to()),
                ChronoUnit.MONTHS) + 1;
        List<Option> options = new ArrayList<>();
        try (ScoreProbe probe = new ScoreProbe(factory, plan)) {
            BendableLongScore base = probe.score();
            for (Stay waiting : plan.getStays().stream().filter(stay -> !stay.isAssigned() && !stay.isPinned()
                    && stay.getCandidateBeds().contains(freed)).toList()) {
                LocalDate unassignedArrival = waiting.getArrival();
                Option best = null;
                for (LocalDate arrival = waiting.getEarliestArrival(); !arrival.isAfter(waiting.getLatestArrival());
                        arrival = arrival.plusDays(1)) {
                    if (!usesFreedNights(arrival, waiting.getNights(), first, last) || !isFree(plan, freed, waiting, arrival)) {
                        continue;
                    }
                    BendableLongScore change = probe.assign(waiting, freed, arrival).subtract(base);
                    if (RespiteLevel.HARD.valueIn(change) >= 0 && (best == null || change.compareTo(best.scoreChange()) > 0)) {
                        best = new Option(waiting.getId(), waiting.getClient().getId(), waiting.getPriority(), freed.getUnit().getId(),
                                freed.getId(), arrival, waiting.getNights(), change, strongestGain(change),
                                new Fairness(served.getOrDefault(waiting.getClient(), 0), waiting.getClient().getMonthlyEntitlement() * months,
                                        waiting.getClient().getEarlierShortfall()),
                                new PlaceStay(waiting.getId(), freed.getId(), arrival, true));
                    }
                }
                probe.assign(waiting, null, unassignedArrival);
                if (best != null) {
                    options.add(best);
                }
            }
        }
        options.sort(Comparator.comparing(Option::scoreChange).reversed().thenComparing(Option::stayId));
        return new Result(new Ranking(cancelledStayId, freed.getId(), first, last, new CancelStay(cancelledStayId),
                options.subList(0, Math.min(limit, options.size()))), List.of());
    }

    private static boolean usesFreedNights(LocalDate arrival, int nights, LocalDate first, LocalDate last) {
        return !arrival.isAfter(last) && !arrival.plusDays(nights - 1L).isBefore(first);
    }

    /** The bed is open and no other stay is in it on the nights {@code stay} would have from {@code arrival}. */
    private static boolean isFree(RespitePlan plan, Bed bed, Stay stay, LocalDate arrival) {
        long start = arrival.toEpochDay();
        int nights = stay.getNights();
        return bed.closedNightCount(start, nights) == 0 && plan.getStays().stream().noneMatch(other -> other != stay
                && other.getBed() == bed && other.startDay() < start + nights && start < other.endDay());
    }

    private static String strongestGain(BendableLongScore change) {
        for (RespiteLevel level : RespiteLevel.values()) {
            if (level.valueIn(change) > 0) {
                return level.key();
            }
        }
        return RespiteLevel.SOFT.key();
    }
}
