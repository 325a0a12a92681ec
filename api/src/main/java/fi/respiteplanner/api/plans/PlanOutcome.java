package fi.respiteplanner.api.plans;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a plan's best solution comes to, in the figures a planner reads first: whether it keeps every hard
 * rule (and which it breaks how often), the requests and families it leaves without, the promises it breaks
 * (re-plans) and what it costs. Kinds without a figure leave it null.
 *
 * @param brokenRules hard constraints the solution breaks, each with its match count, in the kind's constraint names
 * @param unmetRequests requests left unplaced (respite stays, holiday placements)
 * @param familiesWithoutStay families (clients, children) left with nothing at all
 * @param familiesBelowEntitlement families served below their decided entitlement in some month
 * @param brokenPromises published stays dropped or moved without a change forcing it (re-plans only)
 * @param cost what the plan costs, in euros
 */
public record PlanOutcome(boolean feasible, List<BrokenRule> brokenRules, int unmetRequests, Integer familiesWithoutStay,
        Integer familiesBelowEntitlement, Integer brokenPromises, long cost) {

    /** A hard constraint broken {@code count} times. */
    public record BrokenRule(String constraint, int count) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public PlanOutcome {
        brokenRules = List.copyOf(brokenRules);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return null for null (a plan without a solution yet) */
    static PlanOutcome fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, PlanOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored outcome is unreadable", e);
        }
    }
}
