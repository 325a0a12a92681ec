package fi.respiteplanner.respite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.i18n.Messages;

/**
 * The plan for a spreadsheet: one row per stay request, placed or not, ordered by arrival then id, in the
 * reader's language; clients' names only for readers who see them.
 */
public final class StayTable {

    private StayTable() {
    }

    public static String csv(RespitePlan plan, Messages words, Naming naming) {
        boolean names = naming.clientNames();
        Csv csv = Csv.of(words).personalData(names ? "csv.holds.names" : "csv.holds.ids");
        List<String> columns = new ArrayList<>(List.of("stayId", "clientId"));
        if (names) {
            columns.add("clientName");
        }
        columns.addAll(List.of("segment", "priority", "status", "requestedArrival", "nights", "unit", "unitName", "producer", "room", "bed",
                "arrival", "departure"));
        csv.header(columns.toArray(String[]::new));
        plan.getStays().stream()
                .sorted(Comparator.comparing((Stay stay) -> stay.getArrival() == null ? stay.getRequestedArrival() : stay.getArrival())
                        .thenComparing(Stay::getId))
                .forEach(stay -> {
                    Bed bed = stay.getBed();
                    Unit unit = bed == null ? null : bed.getUnit();
                    List<Object> cells = new ArrayList<>(List.of(stay.getId(), stay.getClient().getId()));
                    if (names) {
                        cells.add(stay.getClient().getName());
                    }
                    cells.addAll(Arrays.asList(stay.getClient().getSegment(), words.text("priority." + stay.getPriority()),
                            words.text("status." + stay.getStatus()), stay.getRequestedArrival(), stay.getNights(),
                            unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
                            unit == null ? null : words.text("producer." + unit.getProducer()), bed == null ? null : bed.getRoom().getId(),
                            bed == null ? null : bed.getId(), bed == null ? null : stay.getArrival(),
                            bed == null ? null : stay.getArrival().plusDays(stay.getNights())));
                    csv.row(cells.toArray());
                });
        return csv.toString();
    }
}
