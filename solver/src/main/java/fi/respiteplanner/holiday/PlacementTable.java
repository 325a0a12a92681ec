package fi.respiteplanner.holiday;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.i18n.Messages;

/**
 * The holiday plan for a spreadsheet: one row per week request, placed or not, ordered by week then id, in the
 * reader's language; children's names only for readers who see them.
 */
public final class PlacementTable {

    private PlacementTable() {
    }

    public static String csv(HolidayPlan plan, Messages words, boolean childNames) {
        Csv csv = Csv.of(words).personalData(childNames ? "csv.holds.names" : "csv.holds.ids");
        List<String> columns = new ArrayList<>(List.of("placementId", "childId"));
        if (childNames) {
            columns.add("childName");
        }
        columns.addAll(List.of("week", "days", "priority", "group", "team", "provider"));
        csv.header(columns.toArray(String[]::new));
        plan.getPlacements().stream()
                .sorted(Comparator.comparing((Placement p) -> p.getWeek().getSequence()).thenComparing(Placement::getId))
                .forEach(p -> {
                    ActivityGroup group = p.getGroup();
                    List<Object> cells = new ArrayList<>(List.of(p.getId(), p.getChild().getId()));
                    if (childNames) {
                        cells.add(p.getChild().getName());
                    }
                    cells.addAll(Arrays.asList(p.getWeek().getId(), p.getDays().size(), words.text("priority." + p.getPriority()),
                            group == null ? null : group.getId(), group == null ? null : group.getTeam(),
                            group == null ? null : group.getProvider()));
                    csv.row(cells.toArray());
                });
        return csv.toString();
    }
}
