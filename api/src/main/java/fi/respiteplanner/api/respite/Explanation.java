package fi.respiteplanner.api.respite;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.StayJustification;

/**
 * A plan's score explained: per constraint its total and its matches with their justifications, so a
 * planner can answer a family's "why not us?". Filters narrow it to one constraint, stay or client.
 */
record Explanation(String score, List<ConstraintTotal> constraints) {

    record ConstraintTotal(String constraint, String level, String why, String score, int matchCount, int matchesShown,
            List<Match> matches) {
    }

    record Match(String score, List<String> stayIds, List<String> clientIds, String unitId, LocalDate firstNight,
            LocalDate lastNight, String reason) {
    }

    static Explanation of(ScoreAnalysis<HardMediumSoftLongScore> analysis, String constraint, String stayId, String clientId,
            int limit) {
        List<ConstraintTotal> totals = analysis.constraintMap().values().stream()
                .filter(c -> constraint == null || c.constraintRef().constraintName().equals(constraint))
                .map(c -> total(c, stayId, clientId, limit))
                .filter(total -> (stayId == null && clientId == null) || !total.matches().isEmpty())
                .sorted(Comparator.comparing((ConstraintTotal total) -> HardMediumSoftLongScore.parseScore(total.score())))
                .toList();
        return new Explanation(analysis.score().toString(), totals);
    }

    private static ConstraintTotal total(ConstraintAnalysis<HardMediumSoftLongScore> analysis, String stayId, String clientId,
            int limit) {
        RespiteConstraint catalogued = RespiteConstraint.byName(analysis.constraintRef().constraintName());
        List<Match> matches = analysis.matches().stream()
                .filter(match -> concerns(match, stayId, clientId))
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .map(Explanation::match)
                .toList();
        return new ConstraintTotal(analysis.constraintRef().constraintName(),
                catalogued == null ? null : catalogued.level().name().toLowerCase(Locale.ROOT),
                catalogued == null ? null : catalogued.why(), analysis.score().toString(), analysis.matchCount(),
                Math.min(limit, matches.size()), matches.subList(0, Math.min(limit, matches.size())));
    }

    private static boolean concerns(MatchAnalysis<HardMediumSoftLongScore> match, String stayId, String clientId) {
        if (!(match.justification() instanceof StayJustification justification)) {
            return stayId == null && clientId == null;
        }
        return (stayId == null || justification.stayIds().contains(stayId))
                && (clientId == null || justification.clientIds().contains(clientId));
    }

    private static Match match(MatchAnalysis<HardMediumSoftLongScore> match) {
        StayJustification j = (StayJustification) match.justification();
        return new Match(match.score().toString(), j.stayIds(), j.clientIds(), j.unitId(), j.firstNight(), j.lastNight(), j.reason());
    }
}
