package fi.respiteplanner.respite;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Planner-tunable numbers that are not constraint weights.
 *
 * @param priorityWeights factor on the unmet nights of a request of that priority (default {@link Priority#defaultWeight()})
 * @param maxTravelKm a unit farther than this from a client's home is never offered to that client (null: no limit)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanParameters(Map<Priority, Integer> priorityWeights, Integer maxTravelKm) {

    public static final PlanParameters DEFAULTS = new PlanParameters(null, null);

    public int priorityWeight(Priority priority) {
        Integer weight = priorityWeights == null ? null : priorityWeights.get(priority);
        return weight == null ? priority.defaultWeight() : weight;
    }
}
