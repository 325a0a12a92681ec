package fi.respiteplanner.api.plans;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.common.CataloguedConstraint;
import fi.respiteplanner.common.Concerning;

/**
 * A plan's score explained: per constraint its total, level, reason and matches with their
 * justifications, so a planner can answer a family's "why not us?". Filters narrow it to one
 * constraint, request or person.
 */
public record Explanation(String score, List<ConstraintTotal> constraints) {

    public record ConstraintTotal(String constraint, String level, String why, String score, int matchCount, int matchesShown,
            List<Match> matches) {
    }

    /** One match: its score and its justification (the requests, people, places and nights, and a sentence). */
    public record Match(String score, Object justification) {
    }

    public static <Score_ extends Score<Score_>> Explanation of(ScoreAnalysis<Score_> analysis,
            Function<String, ? extends CataloguedConstraint<Score_>> catalogue, String constraint, String requestId, String personId,
            int limit) {
        List<ConstraintTotal> totals = analysis.constraintMap().values().stream()
                .filter(c -> constraint == null || c.constraintRef().constraintName().equals(constraint))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(c -> total(c, catalogue, requestId, personId, limit))
                .filter(total -> (requestId == null && personId == null) || !total.matches().isEmpty())
                .toList();
        return new Explanation(analysis.score().toString(), totals);
    }

    private static <Score_ extends Score<Score_>> ConstraintTotal total(ConstraintAnalysis<Score_> analysis,
            Function<String, ? extends CataloguedConstraint<Score_>> catalogue, String requestId, String personId, int limit) {
        CataloguedConstraint<Score_> catalogued = catalogue.apply(analysis.constraintRef().constraintName());
        List<Match> matches = analysis.matches().stream()
                .filter(match -> concerns(match, requestId, personId))
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .map(match -> new Match(match.score().toString(), match.justification()))
                .toList();
        return new ConstraintTotal(analysis.constraintRef().constraintName(),
                catalogued == null ? null : catalogued.level().key(),
                catalogued == null ? null : catalogued.why(), analysis.score().toString(), analysis.matchCount(),
                Math.min(limit, matches.size()), matches.subList(0, Math.min(limit, matches.size())));
    }

    private static boolean concerns(MatchAnalysis<?> match, String requestId, String personId) {
        if (requestId == null && personId == null) {
            return true;
        }
        return match.justification() instanceof Concerning concerning && concerning.concerns(requestId, personId);
    }
}
