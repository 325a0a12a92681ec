package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each unplaced request is unplaced, in the three answers a planner gives a family: no bed in the
 * area suits the client at all; every suitable bed is occupied or closed for every arrival in the
 * window; or a suitable bed is free, but placing the stay there would break a rule (staff skills,
 * incompatible clients, entitlement) or cost more than it serves.
 */
public final class UnmetReasons {

    public enum Reason { NO_SUITABLE_BED, SUITABLE_BEDS_FULL, FREE_BED_BREAKS_RULES }

    /** One unplaced request; {@code freeBed}/{@code freeArrival} name one free suitable place when there is one. */
    public record Unmet(String stayId, String clientId, Priority priority, LocalDate earliestArrival, LocalDate latestArrival,
            int nights, Reason reason, int suitableBeds, String freeBed, LocalDate freeArrival) {
    }

    private UnmetReasons() {
    }

    public static List<Unmet> of(RespitePlan plan) {
        Map<Bed, List<Stay>> staysByBed = new HashMap<>();
        for (Stay stay : plan.getStays()) {
            if (stay.isAssigned()) {
                staysByBed.computeIfAbsent(stay.getBed(), bed -> new ArrayList<>()).add(stay);
            }
        }
        List<Unmet> unmet = new ArrayList<>();
        plan.getStays().stream().filter(stay -> !stay.isAssigned())
                .sorted(Comparator.comparing(Stay::getEarliestArrival).thenComparing(Stay::getId))
                .forEach(stay -> unmet.add(explain(stay, staysByBed)));
        return unmet;
    }

    private static Unmet explain(Stay stay, Map<Bed, List<Stay>> staysByBed) {
        List<Bed> suitable = stay.getCandidateBeds() == null ? List.of() : stay.getCandidateBeds();
        for (LocalDate arrival = stay.getEarliestArrival(); !arrival.isAfter(stay.getLatestArrival()); arrival = arrival.plusDays(1)) {
            long startDay = arrival.toEpochDay();
            for (Bed bed : suitable) {
                if (bed.closedNightCount(startDay, stay.getNights()) == 0 && isFree(bed, startDay, stay.getNights(), staysByBed)) {
                    return unmet(stay, Reason.FREE_BED_BREAKS_RULES, suitable.size(), bed.getId(), arrival);
                }
            }
        }
        return unmet(stay, suitable.isEmpty() ? Reason.NO_SUITABLE_BED : Reason.SUITABLE_BEDS_FULL, suitable.size(), null, null);
    }

    private static boolean isFree(Bed bed, long startDay, int nights, Map<Bed, List<Stay>> staysByBed) {
        return staysByBed.getOrDefault(bed, List.of()).stream()
                .noneMatch(other -> other.startDay() < startDay + nights && startDay < other.startDay() + other.getNights());
    }

    private static Unmet unmet(Stay stay, Reason reason, int suitableBeds, String freeBed, LocalDate freeArrival) {
        return new Unmet(stay.getId(), stay.getClient().getId(), stay.getPriority(), stay.getEarliestArrival(), stay.getLatestArrival(),
                stay.getNights(), reason, suitableBeds, freeBed, freeArrival);
    }
}
