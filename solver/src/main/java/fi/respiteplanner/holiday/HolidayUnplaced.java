package fi.respiteplanner.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Priority;

/**
 * Why each child's week request has no group, read from the plan: the week's groups in the child's language, for
 * the child's grade, accessible if the child uses a wheelchair; of those, the ones full on a requested day, or
 * whose staff for one of the child's needs is fully used on one. The first rule that leaves no group is the reason.
 */
public final class HolidayUnplaced {

    /** The rule that kept the child out, in the order it is checked. */
    public enum Cause {
        /** No group of the week works in the child's language. */
        NO_LANGUAGE,
        /** None of those takes the child's grade. */
        NO_GRADE,
        /** None of those is accessible, and the child uses a wheelchair. */
        NO_ACCESS,
        /** Every suitable group is full on some requested day. */
        FULL,
        /** Every suitable group with room has its staff for one of the child's needs fully used on some requested day. */
        SKILL,
        /** A suitable group has room on every requested day: longer solving may place the child. */
        FREE
    }

    /** A group and the requested days it was full on (none for {@link Cause#FREE}). */
    public record GroupDays(String group, List<LocalDate> days) {
    }

    /**
     * One unplaced week request.
     *
     * @param skills the needs whose staff was fully used ({@link Cause#SKILL})
     * @param groups the groups the reason names with their days (FULL, SKILL, FREE)
     * @param text the reason in the reader's language, naming the groups and days
     */
    public record Unplaced(String placementId, String childId, String weekId, Priority priority, Cause cause, List<Skill> skills,
            List<GroupDays> groups, String text) {
    }

    private HolidayUnplaced() {
    }

    /** Every unplaced request, by week and child. */
    public static List<Unplaced> of(HolidayPlan plan, Messages messages) {
        Occupancy used = new Occupancy(plan);
        Map<String, List<ActivityGroup>> byWeek = plan.getGroups().stream()
                .collect(Collectors.groupingBy(group -> group.getWeek().getId()));
        return plan.getPlacements().stream()
                .filter(placement -> placement.getGroup() == null)
                .sorted(Comparator.comparingInt((Placement p) -> p.getWeek().getSequence()).thenComparing(p -> p.getChild().getId()))
                .map(placement -> reason(placement, byWeek.getOrDefault(placement.getWeek().getId(), List.of()), used, messages))
                .toList();
    }

    private static Unplaced reason(Placement placement, List<ActivityGroup> week, Occupancy used, Messages messages) {
        Child child = placement.getChild();
        String language = messages.has("language." + child.getLanguage()) ? messages.text("language." + child.getLanguage())
                : child.getLanguage();
        List<ActivityGroup> inLanguage = week.stream().filter(g -> g.getLanguage().equals(child.getLanguage())).toList();
        if (inLanguage.isEmpty()) {
            return unplaced(placement, Cause.NO_LANGUAGE, List.of(), List.of(), messages, language);
        }
        List<ActivityGroup> forGrade = inLanguage.stream()
                .filter(g -> g.getMinGrade() <= child.getGrade() && child.getGrade() <= g.getMaxGrade()).toList();
        if (forGrade.isEmpty()) {
            return unplaced(placement, Cause.NO_GRADE, List.of(), List.of(), messages, language, child.getGrade());
        }
        List<ActivityGroup> suitable = child.isWheelchair() ? forGrade.stream().filter(ActivityGroup::isAccessible).toList() : forGrade;
        if (suitable.isEmpty()) {
            return unplaced(placement, Cause.NO_ACCESS, List.of(), List.of(), messages, language, child.getGrade());
        }
        List<GroupDays> full = suitable.stream().map(g -> new GroupDays(g.getId(), placement.getDays().stream()
                .filter(day -> used.placed(g, day) >= g.getCapacity()).toList())).toList();
        if (full.stream().allMatch(f -> !f.days().isEmpty())) {
            return unplaced(placement, Cause.FULL, List.of(), full, messages, groupsWithDays(full, suitable, messages));
        }
        List<ActivityGroup> open = suitable.stream().filter(g -> full.stream().anyMatch(f -> f.group().equals(g.getId()) && f.days().isEmpty()))
                .toList();
        List<GroupDays> skillFull = open.stream().map(g -> new GroupDays(g.getId(), placement.getDays().stream()
                .filter(day -> child.getNeeds().stream().anyMatch(skill -> used.skillFull(g, skill, day))).toList())).toList();
        if (skillFull.stream().allMatch(f -> !f.days().isEmpty())) {
            List<Skill> skills = child.getNeeds().stream().filter(skill -> open.stream()
                    .anyMatch(g -> placement.getDays().stream().anyMatch(day -> used.skillFull(g, skill, day)))).toList();
            String skillWords = skills.stream().map(skill -> messages.lowerFirst(messages.text("skill." + skill)))
                    .collect(Collectors.joining(", "));
            return unplaced(placement, Cause.SKILL, skills, skillFull, messages, upperFirst(skillWords, messages),
                    groupsWithDays(skillFull, open, messages));
        }
        List<ActivityGroup> free = open.stream().filter(g -> skillFull.stream().anyMatch(f -> f.group().equals(g.getId()) && f.days().isEmpty()))
                .toList();
        return unplaced(placement, Cause.FREE, List.of(), free.stream().map(g -> new GroupDays(g.getId(), List.of())).toList(), messages,
                free.stream().map(g -> HolidayNaming.group(g, messages)).collect(Collectors.joining(", ")));
    }

    private static Unplaced unplaced(Placement placement, Cause cause, List<Skill> skills, List<GroupDays> groups, Messages messages,
            Object... args) {
        return new Unplaced(placement.getId(), placement.getChild().getId(), placement.getWeek().getId(), placement.getPriority(), cause,
                skills, groups, messages.text("holidayUnplaced." + cause, args));
    }

    /** "Kaupunki / Kallio (luokat 1–4) 12.–14.10.2026; Kaupunki / Malmi (luokat 1–4) 12.10.2026". */
    private static String groupsWithDays(List<GroupDays> list, List<ActivityGroup> groups, Messages messages) {
        Map<String, ActivityGroup> byId = groups.stream().collect(Collectors.toMap(ActivityGroup::getId, g -> g));
        return list.stream().map(f -> HolidayNaming.group(byId.get(f.group()), messages) + " " + days(f.days()))
                .collect(Collectors.joining("; "));
    }

    /** Days as runs of consecutive days: "12.–14.10.2026, 16.10.2026". */
    static String days(List<LocalDate> days) {
        List<String> runs = new ArrayList<>();
        List<LocalDate> sorted = days.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            runs.add(Messages.range(sorted.get(i), sorted.get(j)));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    private static String upperFirst(String text, Messages messages) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }

    /** Children placed per group and day, and per group, skill and day. */
    private static final class Occupancy {

        private final Map<String, Integer> byDay = new HashMap<>();
        private final Map<String, Integer> bySkillDay = new HashMap<>();

        Occupancy(HolidayPlan plan) {
            for (Placement placement : plan.getPlacements()) {
                if (placement.getGroup() == null) {
                    continue;
                }
                for (LocalDate day : placement.getDays()) {
                    byDay.merge(placement.getGroup().getId() + "|" + day, 1, Integer::sum);
                    for (Skill skill : placement.getChild().getNeeds()) {
                        bySkillDay.merge(placement.getGroup().getId() + "|" + skill + "|" + day, 1, Integer::sum);
                    }
                }
            }
        }

        int placed(ActivityGroup group, LocalDate day) {
            return byDay.getOrDefault(group.getId() + "|" + day, 0);
        }

        boolean skillFull(ActivityGroup group, Skill skill, LocalDate day) {
            return bySkillDay.getOrDefault(group.getId() + "|" + skill + "|" + day, 0) >= group.skillCapacity(skill);
        }
    }
}
