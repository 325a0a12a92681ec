package fi.respiteplanner.api.holiday;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStore;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;

/** The holiday solver beans; holiday plans share the store, the limits and the endpoints' shape with respite plans. */
@Configuration
class HolidayConfiguration {

    @Bean
    SolverFactory<HolidayPlan> holidaySolverFactory(PlannerSettings settings) {
        return SolverFactory.create(HolidaySolver.config(new TerminationConfig().withSpentLimit(settings.defaultTimeLimit())));
    }

    @Bean(destroyMethod = "close")
    SolverManager<HolidayPlan, String> holidaySolverManager(SolverFactory<HolidayPlan> holidaySolverFactory, PlannerSettings settings) {
        return SolverManager.create(holidaySolverFactory,
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(settings.parallelSolves())));
    }

    @Bean
    SolutionManager<HolidayPlan, HardMediumSoftLongScore> holidaySolutionManager(SolverFactory<HolidayPlan> holidaySolverFactory) {
        return SolutionManager.create(holidaySolverFactory);
    }

    @Bean(destroyMethod = "shutdown")
    PlanJobs<HolidayPlan> holidayPlans(SolverManager<HolidayPlan, String> holidaySolverManager,
            SolutionManager<HolidayPlan, HardMediumSoftLongScore> holidaySolutionManager, PlanStore store, PlannerSettings settings) {
        return new PlanJobs<>(new HolidayKind(), holidaySolverManager, holidaySolverManager, holidaySolutionManager, store, settings);
    }
}
