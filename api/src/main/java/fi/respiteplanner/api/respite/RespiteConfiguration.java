package fi.respiteplanner.api.respite;

import java.util.concurrent.ScheduledExecutorService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStore;
import fi.respiteplanner.api.plans.SolveQueue;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * The respite solver beans, from the same configurations the command line uses (the termination is set
 * per plan). Built here rather than by the Timefold starter's package scan, because the model lives in
 * its own module and the holiday model brings a second solution class.
 */
@Configuration
class RespiteConfiguration {

    /** Scoring, explanations and recommendations: a configuration that never solves (respiteScoringConfig.xml). */
    @Bean
    SolutionManager<RespitePlan, BendableLongScore> respiteSolutionManager() {
        return RespiteSolver.solutionManager();
    }

    /** Re-plans use tabu search (see respiteReplanSolverConfig.xml); the limits are set per plan. */
    @Bean
    PlanJobs<RespitePlan> respitePlans(SolutionManager<RespitePlan, BendableLongScore> respiteSolutionManager, PlanStore store, TransactionTemplate transactions,
            SolveQueue queue, PlannerSettings settings, ScheduledExecutorService planTicker, ObjectMapper mapper) {
        TerminationConfig unset = new TerminationConfig();
        return new PlanJobs<>(new RespiteKind(RespiteSolver.scoringFactory(), mapper), RespiteSolver.config(unset), RespiteSolver.replanConfig(unset),
                respiteSolutionManager, store, transactions, queue, settings, planTicker);
    }
}
