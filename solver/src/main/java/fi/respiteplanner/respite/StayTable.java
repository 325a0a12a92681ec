package fi.respiteplanner.respite;

import java.util.Comparator;

import fi.respiteplanner.common.Csv;

/** The plan for a spreadsheet: one row per stay request, placed or not, ordered by arrival then id. */
public final class StayTable {

    private StayTable() {
    }

    public static String csv(RespitePlan plan) {
        StringBuilder csv = new StringBuilder(Csv.PERSONAL_DATA_NOTICE);
        csv.append(Csv.row("stayId", "clientId", "segment", "priority", "status", "requestedArrival", "nights", "unit", "unitName",
                "producer", "room", "bed", "arrival", "departure"));
        plan.getStays().stream()
                .sorted(Comparator.comparing((Stay stay) -> stay.getArrival() == null ? stay.getRequestedArrival() : stay.getArrival())
                        .thenComparing(Stay::getId))
                .forEach(stay -> {
                    Bed bed = stay.getBed();
                    Unit unit = bed == null ? null : bed.getUnit();
                    csv.append(Csv.row(stay.getId(), stay.getClient().getId(), stay.getClient().getSegment(), stay.getPriority(),
                            stay.getStatus(), stay.getRequestedArrival(), stay.getNights(), unit == null ? null : unit.getId(),
                            unit == null ? null : unit.getName(), unit == null ? null : unit.getProducer(),
                            bed == null ? null : bed.getRoom().getId(), bed == null ? null : bed.getId(),
                            bed == null ? null : stay.getArrival(), bed == null ? null : stay.getArrival().plusDays(stay.getNights())));
                });
        return csv.toString();
    }
}
