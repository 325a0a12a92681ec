package fi.respiteplanner.benchmarks.bound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.RespiteLevel;

class RespiteBoundTest {

    private static final SolverFactory<RespitePlan> FACTORY =
            SolverFactory.create(RespiteSolver.config(RespiteSolver.termination(null, 3_000L)));

    /** The reference model's per-option soft cost adds up to Timefold's soft score (siblings aside). */
    @Test
    void softCostsMatchTheConstraintProvider() {
        RespitePlan solved = FACTORY.buildSolver().solve(BundledDatasets.load("respite-M").orElseThrow());
        RespiteBound bound = new RespiteBound(solved, true);
        long modelSoft = solved.getStays().stream().filter(Stay::isAssigned)
                .mapToLong(stay -> bound.softCost(stay, stay.getBed(), stay.getArrival())).sum();
        SolutionManager<RespitePlan, BendableLongScore> solutions = SolutionManager.create(FACTORY);
        ScoreAnalysis<BendableLongScore> analysis = solutions.analyze(solved);
        long siblings = RespiteLevel.SOFT.valueIn(analysis.getConstraintAnalysis(RespiteConstraint.SIBLINGS_APART.constraintName()).score());
        assertThat(-modelSoft).isEqualTo(RespiteLevel.SOFT.valueIn(solved.getScore()) - siblings);
    }

    /** On S, the bound is never above what Timefold finds (a bound), level by level, and the model is solvable. */
    @Test
    void boundIsABoundOnS() {
        RespitePlan plan = BundledDatasets.load("respite-S").orElseThrow();
        RespiteBound.Result result = new RespiteBound(plan, true).solve(10, 2);
        RespitePlan solved = FACTORY.buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(result.entitlement().bound()).isBetween(0L, -RespiteLevel.ENTITLEMENT.valueIn(solved.getScore()));
        if (result.entitlement().bound() == -RespiteLevel.ENTITLEMENT.valueIn(solved.getScore())) {
            assertThat(result.demand().bound()).isBetween(0L, -RespiteLevel.DEMAND.valueIn(solved.getScore()));
        }
        assertThat(result.options()).isPositive();
    }
}
