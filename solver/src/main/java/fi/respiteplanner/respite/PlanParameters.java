package fi.respiteplanner.respite;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Planner-tunable numbers that are not constraint weights.
 *
 * @param priorityWeights factor on the unmet nights of a request of that priority (default {@link Priority#defaultWeight()})
 * @param maxTravelKm a unit farther than this from a client's home is never offered to that client (null: no limit)
 * @param urgentMayDisplacePublished in re-plans, an URGENT request's unmet nights weigh as promises, so it may displace a
 *        published stay (default off)
 * @param defaultFlexibilityDays days either side of the requested arrival that a new request's arrival window gets unless the
 *        planner sets it (default {@value #DEFAULT_FLEXIBILITY_DAYS}, {@value #MAX_FLEXIBILITY_DAYS} at most)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanParameters(Map<Priority, Integer> priorityWeights, Integer maxTravelKm, Boolean urgentMayDisplacePublished,
        Integer defaultFlexibilityDays) {

    public static final int DEFAULT_FLEXIBILITY_DAYS = 3;
    public static final int MAX_FLEXIBILITY_DAYS = 30;
    public static final PlanParameters DEFAULTS = new PlanParameters(null, null, null, null);

    public int flexibilityDays() {
        return defaultFlexibilityDays == null ? DEFAULT_FLEXIBILITY_DAYS : defaultFlexibilityDays;
    }

    public boolean urgentMayDisplace() {
        return Boolean.TRUE.equals(urgentMayDisplacePublished);
    }

    public int priorityWeight(Priority priority) {
        Integer weight = priorityWeights == null ? null : priorityWeights.get(priority);
        return weight == null ? priority.defaultWeight() : weight;
    }
}
