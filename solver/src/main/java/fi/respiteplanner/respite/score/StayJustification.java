package fi.respiteplanner.respite.score;

import java.time.LocalDate;
import java.util.List;

import fi.respiteplanner.common.Concerning;

import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.Stay;

/**
 * Why a constraint matched, in the terms a planner tells a family: the stays and clients, the unit,
 * the nights and a sentence. Ids only, no names: explanations leave the service.
 */
public record StayJustification(List<String> stayIds, List<String> clientIds, String unitId,
        LocalDate firstNight, LocalDate lastNight, String reason) implements Concerning {

    @Override
    public List<String> requestIds() {
        return stayIds;
    }

    @Override
    public List<String> personIds() {
        return clientIds;
    }

    static StayJustification of(Stay stay, String reason) {
        boolean assigned = stay.isAssigned();
        return new StayJustification(List.of(stay.getId()), List.of(stay.getClient().getId()),
                assigned ? stay.unit().getId() : null,
                assigned ? stay.getArrival() : stay.getRequestedArrival(),
                assigned ? stay.lastNight() : stay.getRequestedArrival().plusDays(stay.getNights() - 1L),
                reason);
    }

    /** Two stays that meet on their common nights. */
    static StayJustification ofPair(Stay a, Stay b, String reason) {
        LocalDate first = a.getArrival().isAfter(b.getArrival()) ? a.getArrival() : b.getArrival();
        LocalDate last = a.lastNight().isBefore(b.lastNight()) ? a.lastNight() : b.lastNight();
        return new StayJustification(List.of(a.getId(), b.getId()), List.of(a.getClient().getId(), b.getClient().getId()),
                a.unit().getId(), first, last, reason);
    }

    /** A client's unmet requests, from the first requested night to the last. */
    static StayJustification ofUnmet(Client client, List<Stay> stays, String reason) {
        LocalDate first = stays.stream().map(Stay::getRequestedArrival).min(LocalDate::compareTo).orElse(null);
        LocalDate last = stays.stream().map(stay -> stay.getRequestedArrival().plusDays(stay.getNights() - 1L))
                .max(LocalDate::compareTo).orElse(null);
        return new StayJustification(stays.stream().map(Stay::getId).sorted().toList(), List.of(client.getId()), null, first, last,
                reason);
    }

    /** A client's calendar month (the entitlement) and the client's stays asked for or placed in it. */
    static StayJustification ofMonth(ClientMonth month, List<Stay> stays, String reason) {
        return new StayJustification(stays.stream().map(Stay::getId).distinct().sorted().toList(), List.of(month.client().getId()), null,
                month.month().atDay(1), month.month().atEndOfMonth(), reason);
    }

    static StayJustification ofStays(List<Stay> stays, String unitId, LocalDate night, String reason) {
        return new StayJustification(stays.stream().map(Stay::getId).sorted().toList(),
                stays.stream().map(stay -> stay.getClient().getId()).sorted().distinct().toList(), unitId, night, night, reason);
    }
}
