package fi.respiteplanner.respite.change;

import java.time.LocalDate;

import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.Stay;

/** A stay request arriving after the plan was made, for an existing client (by id). */
public record NewStay(String id, String client, LocalDate requestedArrival, int nights, LocalDate earliestArrival,
        LocalDate latestArrival, Priority priority) {

    /** The stay for that client (null if unknown: validation reports it), still unassigned. */
    public Stay toStay(Client resolvedClient) {
        Stay stay = new Stay(id, resolvedClient, requestedArrival, nights)
                .withPriority(priority == null ? Priority.NORMAL : priority);
        return stay.withWindow(earliestArrival, latestArrival);
    }
}
