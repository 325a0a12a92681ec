package fi.respiteplanner.datasets.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.LedgerEntry;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;

/** The default solver configuration on generated instances. */
class SolveRespiteTest {

    @Test
    void solvesSmallToZeroHardScore() {
        RespitePlan plan = RespiteGenerator.generate(RespiteSize.S, BundledDatasets.SEED);
        SolverConfig config = RespiteSolver.config(Duration.ofMinutes(2), null)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(20_000).withSpentLimit(Duration.ofMinutes(2)));
        RespitePlan solved = SolverFactory.<RespitePlan> create(config).buildSolver().solve(plan);

        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getScore().isFeasible()).isTrue();
        RespiteKpis kpis = RespiteKpis.of(solved);
        assertThat(kpis.nights().servedShare()).as("most of S can be served").isGreaterThan(0.8);
        assertThat(solved.getStays()).filteredOn(Stay::isAssigned)
                .allSatisfy(stay -> assertThat(stay.getCandidateBeds()).contains(stay.getBed()))
                .allSatisfy(stay -> assertThat(stay.getArrival()).isBetween(stay.getEarliestArrival(), stay.getLatestArrival()));
    }

    /** FULL_ASSERT recalculates the score from scratch after each move: incremental scoring must agree. */
    @Test
    void incrementalScoreMatchesFromScratchScore() {
        RespitePlan plan = RespiteGenerator.generate(RespiteSize.S, 2).withConstraintWeight("Siblings apart", 90);
        plan.getStays().get(0).withPublished(new Published(plan.getBeds().get(0),
                plan.getStays().get(0).getRequestedArrival()));
        plan.getStays().get(1).withPublished(new Published(plan.getBeds().get(1), plan.getStays().get(1).getRequestedArrival()))
                .withForced(ChangeReason.ruleBroken("Bed or unit closed"));
        plan.getLedger().add(new LedgerEntry(plan.getStays().get(2).getClient().getId(), YearMonth.of(2026, 12), 3, 0, 3));
        SolverConfig config = RespiteSolver.config(Duration.ofMinutes(2), null)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300).withSpentLimit(Duration.ofMinutes(2)));
        RespitePlan solved = SolverFactory.<RespitePlan> create(config).buildSolver().solve(plan.link());
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }
}
