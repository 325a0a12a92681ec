package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.Replanning;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/** What changed for whom against the published plan: the list the office calls families from. */
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
        CANCELLED
    }

    /** One stay's change; departure is the morning after the last night. */
    public record Entry(String stayId, String clientId, Change change, String oldUnit, String oldBed, LocalDate oldArrival,
            LocalDate oldDeparture, String newUnit, String newBed, LocalDate newArrival, LocalDate newDeparture) {
    }

    public static PlanDiff of(RespitePlan plan) {
        List<Entry> entries = new ArrayList<>();
        for (Stay stay : plan.getStays()) {
            Published published = stay.getPublished();
            Change change = changeOf(stay, published);
            if (change == null) {
                continue;
            }
            entries.add(new Entry(stay.getId(), stay.getClient().getId(), change,
                    published == null ? null : published.bed().getUnit().getId(), published == null ? null : published.bed().getId(),
                    published == null ? null : published.arrival(),
                    published == null ? null : published.arrival().plusDays(stay.getNights()),
                    stay.isAssigned() ? stay.unit().getId() : null, stay.isAssigned() ? stay.getBed().getId() : null,
                    stay.isAssigned() ? stay.getArrival() : null, stay.isAssigned() ? stay.getArrival().plusDays(stay.getNights()) : null));
        }
        Replanning replanning = plan.getReplanning();
        if (replanning != null) {
            for (Replanning.Cancelled cancelled : replanning.cancelled()) {
                entries.add(new Entry(cancelled.stayId(), cancelled.clientId(), Change.CANCELLED, cancelled.unitId(), cancelled.bedId(),
                        cancelled.arrival(), cancelled.arrival().plusDays(cancelled.nights()), null, null, null, null));
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

    /** One row per change; says it holds personal data (client ids link to families). */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(Csv.PERSONAL_DATA_NOTICE);
        csv.append("stayId,clientId,change,oldUnit,oldBed,oldArrival,oldDeparture,newUnit,newBed,newArrival,newDeparture\n");
        for (Entry e : changes) {
            csv.append(String.join(",", e.stayId(), e.clientId(), e.change().name(), text(e.oldUnit()), text(e.oldBed()),
                    text(e.oldArrival()), text(e.oldDeparture()), text(e.newUnit()), text(e.newBed()), text(e.newArrival()),
                    text(e.newDeparture()))).append('\n');
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
