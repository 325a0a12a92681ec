package fi.respiteplanner.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A constraint of a catalogue (an enum per planning problem): the name planners see, the level, the
 * default weight and why it exists. Plans override weights by name, at the constraint's own level.
 */
public interface CataloguedConstraint {

    enum Level { HARD, MEDIUM, SOFT }

    String constraintName();

    Level level();

    long defaultWeight();

    String why();

    default HardMediumSoftLongScore defaultScore() {
        return weightAtLevel(defaultWeight());
    }

    default HardMediumSoftLongScore weightAtLevel(long weight) {
        return switch (level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    /** A plan's name → weight map as Timefold overrides; unknown names are the validator's concern. */
    static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(Map<String, Long> weights,
            Function<String, ? extends CataloguedConstraint> byName) {
        if (weights == null || weights.isEmpty()) {
            return ConstraintWeightOverrides.none();
        }
        Map<String, HardMediumSoftLongScore> scores = new LinkedHashMap<>();
        weights.forEach((name, weight) -> {
            CataloguedConstraint constraint = byName.apply(name);
            if (constraint != null && weight != null) {
                scores.put(name, constraint.weightAtLevel(weight));
            }
        });
        return ConstraintWeightOverrides.of(scores);
    }
}
