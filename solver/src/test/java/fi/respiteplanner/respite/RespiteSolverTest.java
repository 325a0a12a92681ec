package fi.respiteplanner.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;

class RespiteSolverTest {

    @Test
    void largePlansGetTheShorterLateAcceptanceAndSmallOnesTheConfiguredOne() {
        SolverConfig config = RespiteSolver.config(new TerminationConfig());

        assertThat(lateAcceptanceSizes(RespiteSolver.fittedTo(RespiteSolver.LARGE_PLAN_STAYS, config))).containsExactly(50);
        assertThat(lateAcceptanceSizes(RespiteSolver.fittedTo(RespiteSolver.LARGE_PLAN_STAYS - 1, config))).containsExactly(400);
        assertThat(lateAcceptanceSizes(config)).as("the configuration itself is left as it was").containsExactly(400);
    }

    @Test
    void fittingChangesNothingButTheLateAcceptanceSize() {
        SolverConfig config = RespiteSolver.config(new TerminationConfig().withSecondsSpentLimit(7L));

        assertThat(RespiteSolver.fittedTo(RespiteSolver.LARGE_PLAN_STAYS, config)).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*lateAcceptanceSize").isEqualTo(config);
        assertThat(RespiteSolver.fittedTo(RespiteSolver.LARGE_PLAN_STAYS, config)).usingRecursiveComparison().isNotEqualTo(config);
    }

    @Test
    void replansKeepTheirTabuSearchWhateverTheSize() {
        SolverConfig replan = RespiteSolver.replanConfig(new TerminationConfig());

        LocalSearchAcceptorConfig fitted = acceptors(RespiteSolver.fittedTo(100_000, replan)).get(0);

        assertThat(fitted.getLateAcceptanceSize()).isNull();
        assertThat(fitted).usingRecursiveComparison().isEqualTo(acceptors(replan).get(0));
    }

    private static List<Integer> lateAcceptanceSizes(SolverConfig config) {
        return acceptors(config).stream().map(LocalSearchAcceptorConfig::getLateAcceptanceSize).toList();
    }

    private static List<LocalSearchAcceptorConfig> acceptors(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> ((LocalSearchPhaseConfig) phase).getAcceptorConfig()).toList();
    }
}
