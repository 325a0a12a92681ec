package fi.respiteplanner.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.Score;

/**
 * A constraint of a catalogue (an enum per planning problem): the name planners see, the score level,
 * the default weight and why it exists. Plans override weights by name, at the constraint's own level.
 *
 * @param <Score_> the problem's score type
 */
public interface CataloguedConstraint<Score_ extends Score<Score_>> {

    String constraintName();

    /** The code of the constraint: its words are {@code rule.<code>} and {@code why.<code>} in the message bundles. */
    String name();

    ScoreLevel<Score_> level();

    long defaultWeight();

    String why();

    default Score_ defaultScore() {
        return weightAtLevel(defaultWeight());
    }

    default Score_ weightAtLevel(long weight) {
        return level().scoreOf(weight);
    }

    /** A plan's name → weight map as Timefold overrides; unknown names are the validator's concern. */
    static <Score_ extends Score<Score_>> ConstraintWeightOverrides<Score_> overrides(Map<String, Long> weights,
            Function<String, ? extends CataloguedConstraint<Score_>> byName) {
        if (weights == null || weights.isEmpty()) {
            return ConstraintWeightOverrides.none();
        }
        Map<String, Score_> scores = new LinkedHashMap<>();
        weights.forEach((name, weight) -> {
            CataloguedConstraint<Score_> constraint = byName.apply(name);
            if (constraint != null && weight != null) {
                scores.put(name, constraint.weightAtLevel(weight));
            }
        });
        return ConstraintWeightOverrides.of(scores);
    }

    /** The weight a plan's overrides give this constraint at its level (the default when none is given). */
    default long weightIn(ConstraintWeightOverrides<Score_> overrides) {
        Score_ override = overrides.getConstraintWeight(constraintName());
        return override == null ? defaultWeight() : level().valueIn(override);
    }
}
