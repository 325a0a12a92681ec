package fi.respiteplanner.holiday.score;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.common.CataloguedConstraint;

/** The catalogue of holiday-activity constraints; weights are data (a plan's {@code constraintWeights}). */
public enum HolidayConstraint implements CataloguedConstraint<HardMediumSoftLongScore> {

    GROUP_CAPACITY_EXCEEDED("Group capacity exceeded", HolidayLevel.HARD, 1,
            "A group takes only so many children a day: staff ratios and the room."),
    GRADE_OUTSIDE_GROUP_RANGE("Grade outside group range", HolidayLevel.HARD, 1,
            "Groups are formed by school grade (1–4, 3–6, 5–9): activities and peers fit the age."),
    HOLIDAY_SKILL_CAPACITY_EXCEEDED("Holiday skill capacity exceeded", HolidayLevel.HARD, 1,
            "The group's trained staff (e.g. autism-trained) can care for only so many children needing that skill."),
    GROUP_NOT_ACCESSIBLE("Group not accessible", HolidayLevel.HARD, 1,
            "A wheelchair user needs an accessible place."),
    LANGUAGE_MISMATCH("Language mismatch", HolidayLevel.HARD, 1,
            "Finnish- and Swedish-speaking children attend groups in their language."),

    UNMET_HOLIDAY_DEMAND("Unmet holiday demand", HolidayLevel.MEDIUM, 1,
            "Every day without a place leaves a family without care; squared per child so that shortfall is shared."),

    WEEK_TO_WEEK_CONTINUITY("Week-to-week continuity", HolidayLevel.SOFT, 100,
            "Familiar staff and place in consecutive weeks; doubled for autistic children, for whom change costs most."),
    SIBLINGS_IN_DIFFERENT_GROUPS("Siblings in different groups", HolidayLevel.SOFT, 50,
            "Siblings in the same group share one trip and one routine."),
    FRIENDS_IN_DIFFERENT_GROUPS("Friends in different groups", HolidayLevel.SOFT, 20,
            "A friend in the group makes a new place easier."),
    HOLIDAY_TRAVEL("Holiday travel", HolidayLevel.SOFT, 1,
            "Kilometres from home to the group per day: transport time with a companion counts as care time."),
    NOT_A_PREFERRED_PROVIDER("Not a preferred provider", HolidayLevel.SOFT, 30,
            "Families may name the providers they prefer."),
    HOLIDAY_COST("Holiday cost", HolidayLevel.SOFT, 1,
            "Euros per child-day by provider.");

    private static final Map<String, HolidayConstraint> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(HolidayConstraint::constraintName, Function.identity()));

    private final String constraintName;
    private final HolidayLevel level;
    private final long defaultWeight;
    private final String why;

    HolidayConstraint(String constraintName, HolidayLevel level, long defaultWeight, String why) {
        this.constraintName = constraintName;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.why = why;
    }

    @Override
    public String constraintName() { return constraintName; }
    @Override
    public HolidayLevel level() { return level; }
    @Override
    public long defaultWeight() { return defaultWeight; }
    @Override
    public String why() { return why; }

    public static HolidayConstraint byName(String constraintName) {
        return BY_NAME.get(constraintName);
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(Map<String, Long> weights) {
        return CataloguedConstraint.overrides(weights, HolidayConstraint::byName);
    }
}
