package fi.respiteplanner.api.ops;

import java.util.List;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanStore;

/**
 * Readiness of the solving side ({@code /actuator/health/readiness} includes it with the database): up while this
 * instance's scheduler takes jobs; down before it starts and once it stops taking them (shutting down). A full pool
 * is not a reason to take an instance out of the load balancer: it still serves every read and queues submissions
 * for whichever instance frees a slot first.
 */
@Component("solving")
class SolvingHealth implements HealthIndicator {

    private final Scheduler scheduler;
    private final List<PlanJobs<?>> engines;
    private final PlanStore store;
    private final PlannerSettings settings;

    SolvingHealth(Scheduler scheduler, List<PlanJobs<?>> engines, PlanStore store, PlannerSettings settings) {
        this.scheduler = scheduler;
        this.engines = engines;
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Health health() {
        try {
            boolean taking = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            return (taking ? Health.up() : Health.down()).withDetail("instance", scheduler.getSchedulerInstanceId())
                    .withDetail("slots", settings.parallelSolves())
                    .withDetail("solvingHere", engines.stream().mapToInt(engine -> engine.runningSolves().size()).sum())
                    .withDetail("waitingInCluster", store.waiting()).build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}
