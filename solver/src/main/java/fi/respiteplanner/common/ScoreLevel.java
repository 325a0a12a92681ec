package fi.respiteplanner.common;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.Score;

/**
 * One named level of a planning problem's score (an enum per problem lists them from the strongest):
 * the name the API, the page and the message bundles use, and how to read and build it.
 *
 * @param <Score_> the problem's score type
 */
public interface ScoreLevel<Score_ extends Score<Score_>> {

    /** The level's name in the API and the bundles' key {@code level.<key>} ("hard", "promise", …). */
    String key();

    /** A score with {@code weight} on this level and zero elsewhere. */
    Score_ scoreOf(long weight);

    /** This level's value in a score. */
    long valueIn(Score_ score);

    /** Level name → value, strongest first: the score in words for reports and the page. */
    static <Score_ extends Score<Score_>> Map<String, Long> named(Score_ score, ScoreLevel<Score_>[] levels) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (ScoreLevel<Score_> level : levels) {
            named.put(level.key(), level.valueIn(score));
        }
        return named;
    }
}
