package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.List;

/**
 * How a plan came from re-planning a published one: the day, the freeze window, and what the office
 * must know beyond the new assignments.
 *
 * @param replannedFrozen stays inside the freeze window that had become infeasible and were re-planned
 * @param cancelled stays the change set cancelled, with where they had been published
 * @param expired requests left unmet whose arrival window had passed
 */
public record Replanning(LocalDate today, int freezeDays, List<String> replannedFrozen, List<Cancelled> cancelled,
        List<String> expired) {

    /** A cancelled stay and its published place (for the diff). */
    public record Cancelled(String stayId, String clientId, String unitId, String bedId, LocalDate arrival, int nights) {
    }
}
