package fi.respiteplanner.api.ops;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code planner.scheduler.runs{group,outcome}}: jobs this instance's scheduler ran, by group ({@code solve}: a plan's
 * solving run; {@code maintenance}: the nightly re-plan), so that the cluster's sum shows the nightly batch ran once a
 * night. Job names (plan ids) are never tags.
 */
@Component
class SchedulerMetrics extends JobListenerSupport {

    private final MeterRegistry registry;

    SchedulerMetrics(Scheduler scheduler, MeterRegistry registry) throws SchedulerException {
        this.registry = registry;
        scheduler.getListenerManager().addJobListener(this);
    }

    @Override
    public String getName() {
        return "planner-metrics";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Counter.builder("planner.scheduler.runs").tags("group", context.getJobDetail().getKey().getGroup(), "outcome",
                failure == null ? "done" : "failed").description("Jobs run by this instance's scheduler").register(registry).increment();
    }
}
