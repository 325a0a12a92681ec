package fi.respiteplanner.holiday;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.respiteplanner.i18n.Messages;

/**
 * How the service's holiday texts name children, groups and weeks for one reader. A group is its team (provider
 * and activity place) and grades, a week its days ({@code 12.–16.10.2026}): no personal data, every role reads
 * them. A child is named by name only for readers who contact families, by code otherwise.
 */
public final class HolidayNaming {

    /** Ids only, for texts built without a plan or a reader (the justifications' English base sentence). */
    public static final HolidayNaming IDS = new HolidayNaming(Map.of(), Map.of(), Map.of(), false);

    private final Map<String, Child> children;
    private final Map<String, ActivityGroup> groups;
    private final Map<String, HolidayWeek> weeks;
    private final boolean childNames;

    private HolidayNaming(Map<String, Child> children, Map<String, ActivityGroup> groups, Map<String, HolidayWeek> weeks,
            boolean childNames) {
        this.children = children;
        this.groups = groups;
        this.weeks = weeks;
        this.childNames = childNames;
    }

    /** @param childNames whether the reader sees children's names (planners and above) */
    public static HolidayNaming of(HolidayPlan plan, boolean childNames) {
        return new HolidayNaming(byId(plan.getChildren(), Child::getId), byId(plan.getGroups(), ActivityGroup::getId),
                byId(plan.getWeeks(), HolidayWeek::getId), childNames);
    }

    /** "Ella U. (H0001)" for readers who see names, else "H0001". */
    public String child(String id) {
        Child child = children.get(id);
        return childNames && child != null && child.getName() != null && !child.getName().isBlank()
                ? child.getName() + " (" + id + ")" : id;
    }

    /** "Kaupunki / Kallio (luokat 1–4)"; the id for a group the plan does not hold. */
    public String group(String id, Messages messages) {
        ActivityGroup group = groups.get(id);
        return group == null ? id : group(group, messages);
    }

    public static String group(ActivityGroup group, Messages messages) {
        return messages.text("holiday.group", group.getTeam() == null ? group.getId() : group.getTeam(), group.getMinGrade(),
                group.getMaxGrade());
    }

    /** The week's days, "12.–16.10.2026"; the id for a week the plan does not hold or without days. */
    public String week(String id) {
        HolidayWeek week = weeks.get(id);
        return week == null || week.getDays().isEmpty() ? id
                : Messages.range(Collections.min(week.getDays()), Collections.max(week.getDays()));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a));
    }
}
