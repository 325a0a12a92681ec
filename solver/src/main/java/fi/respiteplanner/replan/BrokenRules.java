package fi.respiteplanner.replan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.RespiteLevel;
import fi.respiteplanner.respite.score.StayJustification;

/** Which stays break which hard rules in a plan, read from the constraints' own justifications. */
final class BrokenRules {

    private static final Comparator<String> CATALOGUE_ORDER = Comparator.comparing(name -> RespiteConstraint.byName(name).ordinal());

    private BrokenRules() {
    }

    /** Stay id → names of the hard constraints it breaks, in catalogue order. */
    static Map<String, SortedSet<String>> byStay(SolutionManager<RespitePlan, BendableLongScore> solutions, RespitePlan plan) {
        Map<String, SortedSet<String>> broken = new HashMap<>();
        for (ConstraintAnalysis<BendableLongScore> constraint : solutions.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_ALL)
                .constraintMap().values()) {
            if (RespiteLevel.HARD.valueIn(constraint.score()) >= 0) {
                continue;
            }
            for (MatchAnalysis<BendableLongScore> match : constraint.matches()) {
                if (match.justification() instanceof StayJustification justification) {
                    justification.stayIds().forEach(stayId -> broken.computeIfAbsent(stayId, id -> new TreeSet<>(CATALOGUE_ORDER))
                            .add(constraint.constraintName()));
                }
            }
        }
        return broken;
    }
}
