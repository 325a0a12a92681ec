package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/** The service solves a plan with the search fitted to it and to the other plans of its what-if scenario. */
class RespiteKindTest {

    private static final RespiteKind KIND = new RespiteKind(RespiteSolver.scoringFactory(), new ObjectMapper());
    private static final SolverConfig DEFAULT = RespiteSolver.config(new TerminationConfig());

    @Test
    void aSmallPlanKeepsTheLongMemoryAndALargeOneGetsTheShortOne() {
        RespitePlan small = BundledDatasets.load("S").orElseThrow();
        RespitePlan large = BundledDatasets.load("M").orElseThrow();

        assertThat(lateAcceptance(KIND.fitted(DEFAULT, List.of(small)))).isEqualTo(400);
        assertThat(lateAcceptance(KIND.fitted(DEFAULT, List.of(large)))).isEqualTo(RespiteSolver.LARGE_PLAN_LATE_ACCEPTANCE);
    }

    @Test
    void aSmallVariantIsSolvedLikeTheLargestPlanOfItsScenario() {
        RespitePlan small = BundledDatasets.load("S").orElseThrow();
        RespitePlan large = BundledDatasets.load("M").orElseThrow();

        assertThat(lateAcceptance(KIND.fitted(DEFAULT, List.of(small, large)))).isEqualTo(RespiteSolver.LARGE_PLAN_LATE_ACCEPTANCE);
    }

    private static int lateAcceptance(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> ((LocalSearchPhaseConfig) phase).getAcceptorConfig().getLateAcceptanceSize()).findFirst().orElseThrow();
    }
}
