package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.RespiteSolver;

/** The service sizes a plan by its stays and solves it (or a what-if's every plan) with the search fitted to that size. */
class RespiteKindTest {

    private static final RespiteKind KIND = new RespiteKind(RespiteSolver.scoringFactory(), new ObjectMapper());
    private static final SolverConfig DEFAULT = RespiteSolver.config(new TerminationConfig());

    @Test
    void aPlanIsAsLargeAsItsStays() {
        assertThat(KIND.size(PlanJson.write(BundledDatasets.load("S").orElseThrow()))).isEqualTo(151);
        assertThat(KIND.size(PlanJson.write(BundledDatasets.load("M").orElseThrow()))).isEqualTo(1_501);
    }

    @Test
    void aSmallPlanKeepsTheLongMemoryAndALargeOneGetsTheShortOne() {
        assertThat(lateAcceptance(KIND.fitted(DEFAULT, 151))).isEqualTo(400);
        assertThat(lateAcceptance(KIND.fitted(DEFAULT, 1_501))).isEqualTo(RespiteSolver.LARGE_PLAN_LATE_ACCEPTANCE);
    }

    private static int lateAcceptance(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> ((LocalSearchPhaseConfig) phase).getAcceptorConfig().getLateAcceptanceSize()).findFirst().orElseThrow();
    }
}
