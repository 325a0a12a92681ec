package fi.respiteplanner.respite.score;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import fi.respiteplanner.common.CataloguedConstraint;

/**
 * The catalogue of respite constraints: the name planners see, the level, the default weight and why
 * the constraint exists. Weights are data: a plan's {@code constraintWeights} override them by name.
 */
public enum RespiteConstraint implements CataloguedConstraint<BendableLongScore> {

    BED_DOUBLE_BOOKED("Bed double-booked", RespiteLevel.HARD, 1,
            "One client per bed per night."),
    BED_OR_UNIT_CLOSED("Bed or unit closed", RespiteLevel.HARD, 1,
            "A stay needs its bed and unit open on every night (holidays, renovation, a broken bed)."),
    AGE_OUTSIDE_UNIT_RANGE("Age outside unit range", RespiteLevel.HARD, 1,
            "Children and adults use separate units."),
    REQUIRED_FEATURE_MISSING("Required feature missing", RespiteLevel.HARD, 1,
            "A wheelchair user needs access, a hoist user a hoist: without them the stay is not safe."),
    SKILL_CAPACITY_EXCEEDED("Skill capacity exceeded", RespiteLevel.HARD, 1,
            "The night's trained staff can care for only so many clients who need that skill."),
    AWAKE_NIGHT_STAFF_MISSING("Awake night staff missing", RespiteLevel.HARD, 1,
            "A client who needs care at night can only stay where the night staff is awake that night."),
    INCOMPATIBLE_CLIENTS_TOGETHER("Incompatible clients together", RespiteLevel.HARD, 1,
            "Some clients must never meet (violence, fear, a restraining decision)."),
    CLIENT_IN_TWO_PLACES("Client in two places", RespiteLevel.HARD, 1,
            "A client is in one place at a time: two requests of one client must not overlap."),
    ROOM_GENDER_POLICY("Room gender policy", RespiteLevel.HARD, 1,
            "Female-only and male-only rooms take only clients of that gender."),
    MIXED_GENDERS_IN_SAME_GENDER_ROOM("Mixed genders in same-gender room", RespiteLevel.HARD, 1,
            "A shared room with a same-gender policy is not shared across genders on any night."),

    PROMISED_STAY_DROPPED("Promised stay dropped", RespiteLevel.PROMISE, 1000,
            "A family told of a stay has arranged work, transport and rest around it: leaving it out when no change forced it is the worst broken promise."),
    PROMISED_UNIT_CHANGED("Promised unit changed", RespiteLevel.PROMISE, 100,
            "Another unit than the family was told, when no change forced it."),
    PROMISED_DATES_CHANGED("Promised dates changed", RespiteLevel.PROMISE, 100,
            "Other dates than the family was told, when no change forced it."),
    PROMISED_BED_CHANGED("Promised bed changed", RespiteLevel.PROMISE, 10,
            "Another bed in the unit the family was told: the one promise that may bend, to make room for a stay a change forced out."),
    FORCED_STAY_UNPLACED("Forced stay unplaced", RespiteLevel.PROMISE, 50,
            "A family whose stay a change forced out is placed again before new demand, but never by breaking another family's promise (a bed change aside)."),
    URGENT_REQUEST_UNMET("Urgent request unmet", RespiteLevel.PROMISE, 400,
            "Only when the plan lets urgent requests displace published stays: a carer's crisis then weighs as a promise, per night."),

    ENTITLEMENT_SHORTFALL("Entitlement shortfall", RespiteLevel.ENTITLEMENT, 1,
            "Short-term care is a subjective right: nights below the decided monthly entitlement (or below what the family asked for, if less), squared per client and month so that shortfall is spread; a family already short in the year's earlier months weighs more."),

    UNMET_DEMAND("Unmet demand", RespiteLevel.DEMAND, 1,
            "Every night not served is a carer without rest; squared per client so that shortfall is spread fairly."),

    PRODUCTION_COST("Production cost", RespiteLevel.SOFT, 1,
            "Euros per occupied bed-night by unit and weekday: own production's marginal cost is lowest."),
    ARRIVAL_MOVED("Arrival moved", RespiteLevel.SOFT, 30,
            "Families plan around the requested date; each day moved costs them."),
    UNIT_PREFERENCE_RANK("Unit preference rank", RespiteLevel.SOFT, 40,
            "Families rank units; each step below the first choice is a smaller satisfaction."),
    REFUSED_UNIT("Refused unit", RespiteLevel.SOFT, 400,
            "A family refused this unit (a bad experience); use it only when nothing else serves the stay."),
    PREFERRED_FEATURE_MISSING("Preferred feature missing", RespiteLevel.SOFT, 20,
            "Wished-for features (single room, sensory room) make the stay better."),
    NOT_USUAL_UNIT("Not the usual unit", RespiteLevel.SOFT, 60,
            "Familiar staff and place matter: continuity in the client's usual unit."),
    TRAVEL_DISTANCE("Travel distance", RespiteLevel.SOFT, 2,
            "Kilometres from home to the unit: families or taxis drive each stay."),
    PLACEMENT_COST("Placement cost", RespiteLevel.SOFT, 1,
            "Per-request costs of particular units or rooms given with the data (e.g. an imported specialism fit)."),
    SIBLINGS_APART("Siblings apart", RespiteLevel.SOFT, 50,
            "Carers rest only when all their children are away: siblings' stays on the same nights."),
    FORCED_MOVE_TO_OTHER_UNIT("Forced move to another unit", RespiteLevel.SOFT, 3000,
            "A stay a change forced out goes to the nearest equivalent: another unit only when its own unit has no place."),
    FORCED_MOVE_TO_OTHER_BED("Forced move to another bed", RespiteLevel.SOFT, 100,
            "A stay a change forced out keeps its unit and dates in another bed first."),
    FORCED_MOVE_TO_OTHER_DATES("Forced move to other dates", RespiteLevel.SOFT, 300,
            "A stay a change forced out moves as few days as it can; its own unit on other dates comes before another unit.");

    private static final Map<String, RespiteConstraint> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(RespiteConstraint::constraintName, Function.identity()));

    private final String constraintName;
    private final RespiteLevel level;
    private final long defaultWeight;
    private final String why;

    RespiteConstraint(String constraintName, RespiteLevel level, long defaultWeight, String why) {
        this.constraintName = constraintName;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.why = why;
    }

    @Override
    public String constraintName() { return constraintName; }
    @Override
    public RespiteLevel level() { return level; }
    @Override
    public long defaultWeight() { return defaultWeight; }
    @Override
    public String why() { return why; }

    public static RespiteConstraint byName(String constraintName) {
        return BY_NAME.get(constraintName);
    }

    public static ConstraintWeightOverrides<BendableLongScore> overrides(Map<String, Long> weights) {
        return CataloguedConstraint.overrides(weights, RespiteConstraint::byName);
    }
}
