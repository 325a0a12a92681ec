package fi.respiteplanner.api.respite;

import java.time.LocalDate;
import java.util.List;

/**
 * One place a new request could go and what it would do to the plan's score (higher is better);
 * {@code feasible} is false when it would break a hard constraint (others would have to move first):
 * {@code brokenRules} names those constraints and {@code text} says so in the reader's language.
 */
record Recommendation(String bed, String room, String unit, String unitName, String producer, LocalDate arrival, String scoreDiff,
        boolean feasible, List<String> brokenRules, String text) {
}
