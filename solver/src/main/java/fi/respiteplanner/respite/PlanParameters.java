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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanParameters(Map<Priority, Integer> priorityWeights, Integer maxTravelKm, Boolean urgentMayDisplacePublished) {

    public static final PlanParameters DEFAULTS = new PlanParameters(null, null, null);

    public boolean urgentMayDisplace() {
        return Boolean.TRUE.equals(urgentMayDisplacePublished);
    }

    public int priorityWeight(Priority priority) {
        Integer weight = priorityWeights == null ? null : priorityWeights.get(priority);
        return weight == null ? priority.defaultWeight() : weight;
    }
}
