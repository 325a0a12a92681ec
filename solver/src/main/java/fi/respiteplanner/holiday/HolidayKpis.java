package fi.respiteplanner.holiday;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import fi.respiteplanner.common.Skill;

/**
 * What planners read from a holiday plan.
 *
 * @param requestedChildDays child-days asked for
 * @param servedChildDays child-days with a place
 * @param unmetDaysByNeed unmet child-days of children with each need
 * @param continuityShare of a child's consecutive weeks both served, the share in the same team
 * @param siblingsTogetherShare of sibling pairs served in the same week, the share in the same group
 * @param totalCost euros
 */
public record HolidayKpis(int requestedChildDays, int servedChildDays, Map<Skill, Integer> unmetDaysByNeed, int childrenLeftWithNothing,
        double continuityShare, double siblingsTogetherShare, long totalCost) {

    public static HolidayKpis of(HolidayPlan plan) {
        int requested = 0;
        int served = 0;
        long cost = 0;
        Map<Skill, Integer> unmetByNeed = new EnumMap<>(Skill.class);
        Map<Child, Integer> servedByChild = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            int days = placement.getDays().size();
            requested += days;
            servedByChild.merge(placement.getChild(), placement.getGroup() == null ? 0 : days, Integer::sum);
            if (placement.getGroup() == null) {
                placement.getChild().getNeeds().forEach(need -> unmetByNeed.merge(need, days, Integer::sum));
            } else {
                served += days;
                cost += (long) days * placement.getGroup().getCostPerChildDay();
            }
        }
        int continuous = 0;
        int consecutive = 0;
        int together = 0;
        int siblingPairs = 0;
        for (Placement a : plan.getPlacements()) {
            for (Placement b : plan.getPlacements()) {
                if (a.getGroup() == null || b.getGroup() == null) {
                    continue;
                }
                if (a.getChild() == b.getChild() && a.getWeek().isRightBefore(b.getWeek())) {
                    consecutive++;
                    continuous += a.getGroup().getTeam().equals(b.getGroup().getTeam()) ? 1 : 0;
                }
                if (a.getId().compareTo(b.getId()) < 0 && a.getWeek() == b.getWeek() && a.getChild() != b.getChild()
                        && a.getChild().getFamilyId() != null && a.getChild().getFamilyId().equals(b.getChild().getFamilyId())) {
                    siblingPairs++;
                    together += a.getGroup() == b.getGroup() ? 1 : 0;
                }
            }
        }
        int leftWithNothing = (int) servedByChild.values().stream().filter(days -> days == 0).count();
        return new HolidayKpis(requested, served, unmetByNeed, leftWithNothing, consecutive == 0 ? 1 : (double) continuous / consecutive,
                siblingPairs == 0 ? 1 : (double) together / siblingPairs, cost);
    }
}
