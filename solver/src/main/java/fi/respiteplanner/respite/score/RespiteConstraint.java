package fi.respiteplanner.respite.score;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.common.CataloguedConstraint;

/**
 * The catalogue of respite constraints: the name planners see, the level, the default weight and why
 * the constraint exists. Weights are data: a plan's {@code constraintWeights} override them by name.
 */
public enum RespiteConstraint implements CataloguedConstraint {

    BED_DOUBLE_BOOKED("Bed double-booked", Level.HARD, 1,
            "One client per bed per night."),
    BED_OR_UNIT_CLOSED("Bed or unit closed", Level.HARD, 1,
            "A stay needs its bed and unit open on every night (holidays, renovation, a broken bed)."),
    AGE_OUTSIDE_UNIT_RANGE("Age outside unit range", Level.HARD, 1,
            "Children and adults use separate units."),
    REQUIRED_FEATURE_MISSING("Required feature missing", Level.HARD, 1,
            "A wheelchair user needs access, a hoist user a hoist: without them the stay is not safe."),
    SKILL_CAPACITY_EXCEEDED("Skill capacity exceeded", Level.HARD, 1,
            "The night's trained staff can care for only so many clients who need that skill."),
    AWAKE_NIGHT_STAFF_MISSING("Awake night staff missing", Level.HARD, 1,
            "A client who needs care at night can only stay where the night staff is awake that night."),
    INCOMPATIBLE_CLIENTS_TOGETHER("Incompatible clients together", Level.HARD, 1,
            "Some clients must never meet (violence, fear, a restraining decision)."),
    CLIENT_IN_TWO_PLACES("Client in two places", Level.HARD, 1,
            "A client is in one place at a time: two requests of one client must not overlap."),
    ROOM_GENDER_POLICY("Room gender policy", Level.HARD, 1,
            "Female-only and male-only rooms take only clients of that gender."),
    MIXED_GENDERS_IN_SAME_GENDER_ROOM("Mixed genders in same-gender room", Level.HARD, 1,
            "A shared room with a same-gender policy is not shared across genders on any night."),

    UNMET_DEMAND("Unmet demand", Level.MEDIUM, 1,
            "Every night not served is a carer without rest; squared per client so that shortfall is spread fairly."),

    PRODUCTION_COST("Production cost", Level.SOFT, 1,
            "Euros per occupied bed-night by unit and weekday: own production's marginal cost is lowest."),
    ARRIVAL_MOVED("Arrival moved", Level.SOFT, 30,
            "Families plan around the requested date; each day moved costs them."),
    UNIT_PREFERENCE_RANK("Unit preference rank", Level.SOFT, 40,
            "Families rank units; each step below the first choice is a smaller satisfaction."),
    REFUSED_UNIT("Refused unit", Level.SOFT, 400,
            "A family refused this unit (a bad experience); use it only when nothing else serves the stay."),
    PREFERRED_FEATURE_MISSING("Preferred feature missing", Level.SOFT, 20,
            "Wished-for features (single room, sensory room) make the stay better."),
    NOT_USUAL_UNIT("Not the usual unit", Level.SOFT, 60,
            "Familiar staff and place matter: continuity in the client's usual unit."),
    TRAVEL_DISTANCE("Travel distance", Level.SOFT, 2,
            "Kilometres from home to the unit: families or taxis drive each stay."),
    PLACEMENT_COST("Placement cost", Level.SOFT, 1,
            "Per-request costs of particular units or rooms given with the data (e.g. an imported specialism fit)."),
    SIBLINGS_APART("Siblings apart", Level.SOFT, 50,
            "Carers rest only when all their children are away: siblings' stays on the same nights."),
    PUBLISHED_UNIT_CHANGED("Published unit changed", Level.SOFT, 2000,
            "Re-planning stability: a family told one unit is moved to another (or dropped)."),
    PUBLISHED_BED_CHANGED("Published bed changed", Level.SOFT, 300,
            "Re-planning stability: a different bed in the same unit (room mates and room change)."),
    PUBLISHED_ARRIVAL_MOVED("Published arrival moved", Level.SOFT, 150,
            "Re-planning stability: days the published arrival moved.");

    private static final Map<String, RespiteConstraint> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(RespiteConstraint::constraintName, Function.identity()));

    private final String constraintName;
    private final Level level;
    private final long defaultWeight;
    private final String why;

    RespiteConstraint(String constraintName, Level level, long defaultWeight, String why) {
        this.constraintName = constraintName;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.why = why;
    }

    @Override
    public String constraintName() { return constraintName; }
    @Override
    public Level level() { return level; }
    @Override
    public long defaultWeight() { return defaultWeight; }
    @Override
    public String why() { return why; }

    public static RespiteConstraint byName(String constraintName) {
        return BY_NAME.get(constraintName);
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(Map<String, Long> weights) {
        return CataloguedConstraint.overrides(weights, RespiteConstraint::byName);
    }
}
