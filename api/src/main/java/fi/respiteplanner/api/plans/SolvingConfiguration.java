package fi.respiteplanner.api.plans;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler that runs solving jobs, and the ticker that keeps running solvers in touch with the store. */
@Configuration
class SolvingConfiguration {

    /** The scheduler stops after the plan engines (which save and re-queue their running solvers first). */
    @Bean
    SchedulerFactoryBeanCustomizer schedulerPhase() {
        return scheduler -> scheduler.setPhase(PlanEngines.SCHEDULER_PHASE);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService planTicker() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "plan-ticker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
