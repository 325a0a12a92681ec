package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.List;

/**
 * How a plan came from re-planning a published one: the day, the freeze window, and what the office
 * must know beyond the new assignments. Why each published stay was forced out is on the stay
 * ({@link Stay#getForced()}).
 *
 * @param replannedFrozen stays inside the freeze window (or confirmed) whose place a change broke, re-planned
 * @param cancelled stays the change set cancelled, with where they had been published
 * @param expired requests left unmet whose arrival window had passed
 * @param added requests the change set added, with the index of the change
 */
public record Replanning(LocalDate today, int freezeDays, List<String> replannedFrozen, List<Cancelled> cancelled,
        List<String> expired, List<Added> added) {

    /** A cancelled stay, its published place (null unit and bed if it was unmet) and the index of the change. */
    public record Cancelled(String stayId, String clientId, String unitId, String bedId, LocalDate arrival, int nights, Integer change) {
    }

    /** A request added by the change at index {@code change}. */
    public record Added(String stayId, int change) {
    }
}
