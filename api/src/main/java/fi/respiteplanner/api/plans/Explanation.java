package fi.respiteplanner.api.plans;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.Score;

import fi.respiteplanner.common.CataloguedConstraint;
import fi.respiteplanner.common.Concerning;
import fi.respiteplanner.i18n.Messages;

/**
 * A plan's score explained: per constraint its total, level, reason and matches with their
 * justifications, so a planner can answer a family's "why not us?". Filters narrow it to one
 * constraint, request or person. {@code title}, {@code why} and the justifications' sentences are in the
 * reader's language; {@code constraint} is the catalogue's name that filters and weights use.
 */
public record Explanation(String score, List<ConstraintTotal> constraints) {

    public record ConstraintTotal(String constraint, String title, String level, String why, String score, int matchCount,
            int matchesShown, List<Match> matches) {
    }

    /** One match: its score and its justification (the requests, people, places and nights, and a sentence in the reader's language). */
    public record Match(String score, Object justification) {
    }

    public static <Score_ extends Score<Score_>> Explanation of(ScoreAnalysis<Score_> analysis,
            Function<String, ? extends CataloguedConstraint<Score_>> catalogue, String constraint, String requestId, String personId,
            int limit, Messages messages, UnaryOperator<Object> inWords) {
        List<ConstraintTotal> totals = analysis.constraintMap().values().stream()
                .filter(c -> constraint == null || c.constraintRef().constraintName().equals(constraint))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(c -> total(c, catalogue, requestId, personId, limit, messages, inWords))
                .filter(total -> (requestId == null && personId == null) || !total.matches().isEmpty())
                .toList();
        return new Explanation(analysis.score().toString(), totals);
    }

    private static <Score_ extends Score<Score_>> ConstraintTotal total(ConstraintAnalysis<Score_> analysis,
            Function<String, ? extends CataloguedConstraint<Score_>> catalogue, String requestId, String personId, int limit,
            Messages messages, UnaryOperator<Object> inWords) {
        CataloguedConstraint<Score_> catalogued = catalogue.apply(analysis.constraintRef().constraintName());
        List<MatchAnalysis<Score_>> matches = analysis.matches().stream()
                .filter(match -> concerns(match, requestId, personId))
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .toList();
        List<Match> shown = matches.subList(0, Math.min(limit, matches.size())).stream()
                .map(match -> new Match(match.score().toString(), inWords.apply(match.justification())))
                .toList();
        String name = analysis.constraintRef().constraintName();
        return new ConstraintTotal(name, catalogued == null ? name : messages.text("rule." + catalogued.name()),
                catalogued == null ? null : catalogued.level().key(),
                catalogued == null ? null : messages.text("why." + catalogued.name()), analysis.score().toString(), analysis.matchCount(),
                shown.size(), shown);
    }

    private static boolean concerns(MatchAnalysis<?> match, String requestId, String personId) {
        if (requestId == null && personId == null) {
            return true;
        }
        return match.justification() instanceof Concerning concerning && concerning.concerns(requestId, personId);
    }
}
