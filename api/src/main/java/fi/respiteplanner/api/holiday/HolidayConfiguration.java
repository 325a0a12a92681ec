package fi.respiteplanner.api.holiday;

import java.util.concurrent.ScheduledExecutorService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStore;
import fi.respiteplanner.api.plans.SolveQueue;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;

/** The holiday solver beans; holiday plans share the store, the solving queue and the endpoints' shape with respite plans. */
@Configuration
class HolidayConfiguration {

    @Bean
    SolverFactory<HolidayPlan> holidaySolverFactory(PlannerSettings settings) {
        return SolverFactory.create(HolidaySolver.config(new TerminationConfig().withSpentLimit(settings.defaultTimeLimit())));
    }

    @Bean
    SolutionManager<HolidayPlan, HardMediumSoftLongScore> holidaySolutionManager(SolverFactory<HolidayPlan> holidaySolverFactory) {
        return SolutionManager.create(holidaySolverFactory);
    }

    @Bean
    PlanJobs<HolidayPlan> holidayPlans(SolutionManager<HolidayPlan, HardMediumSoftLongScore> holidaySolutionManager, PlanStore store, TransactionTemplate transactions,
            SolveQueue queue, PlannerSettings settings, ScheduledExecutorService planTicker) {
        SolverConfig config = HolidaySolver.config(new TerminationConfig());
        return new PlanJobs<>(new HolidayKind(), config, config, holidaySolutionManager, store, transactions, queue, settings, planTicker);
    }
}
