package fi.respiteplanner.holiday;

import java.util.Comparator;

import fi.respiteplanner.common.Csv;

/** The holiday plan for a spreadsheet: one row per week request, placed or not, ordered by week then id. */
public final class PlacementTable {

    private PlacementTable() {
    }

    public static String csv(HolidayPlan plan) {
        StringBuilder csv = new StringBuilder(Csv.PERSONAL_DATA_NOTICE);
        csv.append(Csv.row("placementId", "childId", "week", "days", "priority", "group", "team", "provider"));
        plan.getPlacements().stream()
                .sorted(Comparator.comparing((Placement p) -> p.getWeek().getSequence()).thenComparing(Placement::getId))
                .forEach(p -> {
                    ActivityGroup group = p.getGroup();
                    csv.append(Csv.row(p.getId(), p.getChild().getId(), p.getWeek().getId(), p.getDays().size(), p.getPriority(),
                            group == null ? null : group.getId(), group == null ? null : group.getTeam(),
                            group == null ? null : group.getProvider()));
                });
        return csv.toString();
    }
}
