package fi.respiteplanner.api.respite;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStore;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * The respite solver beans, from the same configuration the command line uses (the termination is set
 * per plan). Built here rather than by the Timefold starter's package scan, because the model lives in
 * its own module and the holiday model will bring a second solution class.
 */
@Configuration
class RespiteConfiguration {

    @Bean
    SolverFactory<RespitePlan> respiteSolverFactory(PlannerSettings settings) {
        return SolverFactory.create(RespiteSolver.config(settings.defaultTimeLimit(), null));
    }

    @Bean(destroyMethod = "close")
    SolverManager<RespitePlan, String> respiteSolverManager(SolverFactory<RespitePlan> factory, PlannerSettings settings) {
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount(Integer.toString(settings.parallelSolves())));
    }

    /** Re-plans use tabu search (see respiteReplanSolverConfig.xml). */
    @Bean(destroyMethod = "close")
    SolverManager<RespitePlan, String> respiteReplanSolverManager(PlannerSettings settings) {
        return SolverManager.create(SolverFactory.create(RespiteSolver.replanConfig(
                RespiteSolver.termination(settings.defaultTimeLimit(), null))),
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(settings.parallelSolves())));
    }

    @Bean
    SolutionManager<RespitePlan, BendableLongScore> respiteSolutionManager(SolverFactory<RespitePlan> factory) {
        return SolutionManager.create(factory);
    }

    @Bean(destroyMethod = "shutdown")
    PlanJobs<RespitePlan> respitePlans(SolverFactory<RespitePlan> factory, SolverManager<RespitePlan, String> respiteSolverManager,
            SolverManager<RespitePlan, String> respiteReplanSolverManager,
            SolutionManager<RespitePlan, BendableLongScore> respiteSolutionManager, PlanStore store, PlannerSettings settings) {
        return new PlanJobs<>(new RespiteKind(factory), respiteSolverManager, respiteReplanSolverManager, respiteSolutionManager, store,
                settings);
    }
}
