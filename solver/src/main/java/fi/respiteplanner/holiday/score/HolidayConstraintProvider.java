package fi.respiteplanner.holiday.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static fi.respiteplanner.holiday.score.HolidayConstraint.*;
import static fi.respiteplanner.holiday.score.PlacementJustification.Named.Kind.CHILD;
import static fi.respiteplanner.holiday.score.PlacementJustification.Named.Kind.GROUP;
import static fi.respiteplanner.holiday.score.PlacementJustification.Named.Kind.LANGUAGE;
import static fi.respiteplanner.holiday.score.PlacementJustification.Named.Kind.SKILL;
import static fi.respiteplanner.holiday.score.PlacementJustification.Named.Kind.WEEK;
import static fi.respiteplanner.holiday.score.PlacementJustification.child;
import static fi.respiteplanner.holiday.score.PlacementJustification.group;
import static fi.respiteplanner.holiday.score.PlacementJustification.named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import fi.respiteplanner.common.Fairness;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Placement;

/** The holiday-activity constraints, one method each, in the order of {@link HolidayConstraint}. */
public class HolidayConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                groupCapacityExceeded(factory),
                gradeOutsideGroupRange(factory),
                holidaySkillCapacityExceeded(factory),
                groupNotAccessible(factory),
                languageMismatch(factory),
                unmetHolidayDemand(factory),
                weekToWeekContinuity(factory),
                siblingsInDifferentGroups(factory),
                friendsInDifferentGroups(factory),
                holidayTravel(factory),
                notAPreferredProvider(factory),
                holidayCost(factory)
        };
    }

    // ---- hard ----

    /** Penalty: children above the group's capacity, summed over days. */
    Constraint groupCapacityExceeded(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .flattenLast(placement -> days(placement, null))
                .groupBy(GroupDay::key, toList(GroupDay::placement))
                .filter((key, placements) -> placements.size() > key.group().getCapacity())
                .penalizeLong(GROUP_CAPACITY_EXCEEDED.defaultScore(), (key, placements) -> placements.size() - key.group().getCapacity())
                .justifyWith((key, placements, score) -> PlacementJustification.ofAll(placements, key.group().getId(),
                        key.group().getWeek().getId(), "explain.GROUP_CAPACITY_EXCEEDED", named(GROUP, key.group().getId()), key.day(),
                        placements.size(), key.group().getCapacity()))
                .asConstraint(GROUP_CAPACITY_EXCEEDED.constraintName());
    }

    /** Penalty: days. */
    Constraint gradeOutsideGroupRange(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getChild().getGrade() < placement.getGroup().getMinGrade()
                        || placement.getChild().getGrade() > placement.getGroup().getMaxGrade())
                .penalizeLong(GRADE_OUTSIDE_GROUP_RANGE.defaultScore(), placement -> placement.getDays().size())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.GRADE_OUTSIDE_GROUP_RANGE", child(placement),
                        placement.getChild().getGrade(), group(placement), placement.getGroup().getMinGrade(),
                        placement.getGroup().getMaxGrade()))
                .asConstraint(GRADE_OUTSIDE_GROUP_RANGE.constraintName());
    }

    /** Penalty: children needing a skill above the group's capacity for it, summed over days and skills. */
    Constraint holidaySkillCapacityExceeded(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> !placement.getChild().getNeeds().isEmpty())
                .flattenLast(HolidayConstraintProvider::skillDays)
                .groupBy(GroupDay::key, toList(GroupDay::placement))
                .filter((key, placements) -> placements.size() > key.group().skillCapacity(key.skill()))
                .penalizeLong(HOLIDAY_SKILL_CAPACITY_EXCEEDED.defaultScore(),
                        (key, placements) -> placements.size() - key.group().skillCapacity(key.skill()))
                .justifyWith((key, placements, score) -> PlacementJustification.ofAll(placements, key.group().getId(),
                        key.group().getWeek().getId(), "explain.HOLIDAY_SKILL_CAPACITY_EXCEEDED", named(GROUP, key.group().getId()),
                        key.day(), named(SKILL, key.skill()), key.group().skillCapacity(key.skill()), placements.size()))
                .asConstraint(HOLIDAY_SKILL_CAPACITY_EXCEEDED.constraintName());
    }

    /** Penalty: days. */
    Constraint groupNotAccessible(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getChild().isWheelchair() && !placement.getGroup().isAccessible())
                .penalizeLong(GROUP_NOT_ACCESSIBLE.defaultScore(), placement -> placement.getDays().size())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.GROUP_NOT_ACCESSIBLE", child(placement),
                        group(placement)))
                .asConstraint(GROUP_NOT_ACCESSIBLE.constraintName());
    }

    /** Penalty: days. */
    Constraint languageMismatch(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> !placement.getChild().getLanguage().equals(placement.getGroup().getLanguage()))
                .penalizeLong(LANGUAGE_MISMATCH.defaultScore(), placement -> placement.getDays().size())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.LANGUAGE_MISMATCH", child(placement),
                        named(LANGUAGE, placement.getChild().getLanguage()), group(placement), named(LANGUAGE, placement.getGroup().getLanguage())))
                .asConstraint(LANGUAGE_MISMATCH.constraintName());
    }

    // ---- medium ----

    /** Penalty per child: (Σ unmet days × priority weight)². */
    Constraint unmetHolidayDemand(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(placement -> placement.getGroup() == null)
                .groupBy(Placement::getChild, sumLong(Placement::unmetWeight), toList())
                .penalizeLong(UNMET_HOLIDAY_DEMAND.defaultScore(), (child, weight, placements) -> Fairness.unmetPenalty(weight))
                .justifyWith((child, weight, placements, score) -> PlacementJustification.ofAll(placements, null, null,
                        "explain.UNMET_HOLIDAY_DEMAND", named(CHILD, child.getId()), placements.size(), weight))
                .asConstraint(UNMET_HOLIDAY_DEMAND.constraintName());
    }

    // ---- soft ----

    /** Penalty per pair of consecutive weeks in different teams: 1, or 2 for an autistic child. */
    Constraint weekToWeekContinuity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Placement.class, equal(Placement::getChild),
                        filtering((a, b) -> a.getWeek().isRightBefore(b.getWeek()) && !a.getGroup().getTeam().equals(b.getGroup().getTeam())))
                .penalize(WEEK_TO_WEEK_CONTINUITY.defaultScore(), (a, b) -> a.getChild().needs(Skill.AUTISM) ? 2 : 1)
                .justifyWith((a, b, score) -> PlacementJustification.of(List.of(a.getId(), b.getId()), List.of(a.getChild().getId()),
                        b.getGroup().getId(), b.getWeek().getId(), "explain.WEEK_TO_WEEK_CONTINUITY", child(a), a.getGroup().getTeam(),
                        named(WEEK, a.getWeek().getId()), b.getGroup().getTeam(), named(WEEK, b.getWeek().getId())))
                .asConstraint(WEEK_TO_WEEK_CONTINUITY.constraintName());
    }

    /** Penalty per pair of siblings in the same week in different groups. */
    Constraint siblingsInDifferentGroups(ConstraintFactory factory) {
        return withFamily(factory)
                .join(withFamily(factory), equal(p -> p.getChild().getFamilyId()), equal(Placement::getWeek), lessThan(Placement::getId),
                        filtering((a, b) -> a.getChild() != b.getChild() && a.getGroup() != b.getGroup()))
                .penalize(SIBLINGS_IN_DIFFERENT_GROUPS.defaultScore())
                .justifyWith((a, b, score) -> PlacementJustification.ofPair(a, b, "explain.SIBLINGS_IN_DIFFERENT_GROUPS", child(a), child(b),
                        group(a), group(b)))
                .asConstraint(SIBLINGS_IN_DIFFERENT_GROUPS.constraintName());
    }

    /** Penalty per pair of friends in the same week in different groups. */
    Constraint friendsInDifferentGroups(ConstraintFactory factory) {
        return withFriends(factory)
                .join(withFriends(factory), equal(Placement::getWeek), lessThan(Placement::getId),
                        filtering((a, b) -> a.getChild().getFriends().contains(b.getChild()) && a.getGroup() != b.getGroup()))
                .penalize(FRIENDS_IN_DIFFERENT_GROUPS.defaultScore())
                .justifyWith((a, b, score) -> PlacementJustification.ofPair(a, b, "explain.FRIENDS_IN_DIFFERENT_GROUPS", child(a), child(b),
                        group(a), group(b)))
                .asConstraint(FRIENDS_IN_DIFFERENT_GROUPS.constraintName());
    }

    /** Penalty: whole kilometres from home to the group × days. */
    Constraint holidayTravel(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> travelKm(placement) > 0)
                .penalizeLong(HOLIDAY_TRAVEL.defaultScore(), placement -> travelKm(placement) * placement.getDays().size())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.HOLIDAY_TRAVEL", travelKm(placement),
                        group(placement)))
                .asConstraint(HOLIDAY_TRAVEL.constraintName());
    }

    /** Penalty per placement with a provider the family did not name (when it named any). */
    Constraint notAPreferredProvider(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> !placement.getChild().getPreferredProviders().isEmpty()
                        && !placement.getChild().getPreferredProviders().contains(placement.getGroup().getProvider()))
                .penalize(NOT_A_PREFERRED_PROVIDER.defaultScore())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.NOT_A_PREFERRED_PROVIDER",
                        placement.getGroup().getProvider(), List.copyOf(placement.getChild().getPreferredProviders())))
                .asConstraint(NOT_A_PREFERRED_PROVIDER.constraintName());
    }

    /** Penalty: euros. */
    Constraint holidayCost(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .penalizeLong(HOLIDAY_COST.defaultScore(), placement -> (long) placement.getGroup().getCostPerChildDay() * placement.getDays().size())
                .justifyWith((placement, score) -> PlacementJustification.of(placement, "explain.HOLIDAY_COST",
                        placement.getGroup().getCostPerChildDay(), group(placement)))
                .asConstraint(HOLIDAY_COST.constraintName());
    }

    // ---- helpers ----

    private static UniConstraintStream<Placement> withFamily(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(placement -> placement.getChild().getFamilyId() != null);
    }

    private static UniConstraintStream<Placement> withFriends(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(placement -> !placement.getChild().getFriends().isEmpty());
    }

    private static long travelKm(Placement placement) {
        var home = placement.getChild().getHome();
        var place = placement.getGroup().getLocation();
        return home == null || place == null ? 0 : Math.round(home.kmTo(place));
    }

    private static List<GroupDay> days(Placement placement, Skill skill) {
        List<GroupDay> days = new ArrayList<>(placement.getDays().size());
        for (LocalDate day : placement.getDays()) {
            days.add(new GroupDay(placement, new GroupDayKey(placement.getGroup(), day, skill)));
        }
        return days;
    }

    private static List<GroupDay> skillDays(Placement placement) {
        List<GroupDay> days = new ArrayList<>();
        for (Skill skill : placement.getChild().getNeeds()) {
            days.addAll(days(placement, skill));
        }
        return days;
    }

    /** A group on a day (for one skill, or for all children when skill is null). */
    record GroupDayKey(ActivityGroup group, LocalDate day, Skill skill) {
    }

    record GroupDay(Placement placement, GroupDayKey key) {
    }
}
