package fi.respiteplanner.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The candidate configuration's own moves (greedy first plan, partner swaps, bed-segment swaps, unit
 * ruin-and-recreate) in FULL_ASSERT on S: after each move the score is recalculated from scratch and the move
 * undone and checked, so the moves and incremental scoring must agree.
 */
class CandidateMovesFullAssertTest {

    @Test
    void theCandidateConfigurationsMovesKeepTheScoreTrue() {
        SolverConfig config = SolverConfig.createFromXmlResource("benchmarks/greedy-search-moves.xml")
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300).withSpentLimit(Duration.ofMinutes(2)));
        RespitePlan solved = SolverFactory.<RespitePlan> create(config).buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getStays().stream().filter(stay -> stay.getBed() != null)).isNotEmpty();
    }
}
