package fi.respiteplanner.api.plans;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

/**
 * The solving queue of every kind of plan, kept by Quartz's clustered JDBC job store: one job per plan,
 * run by the scheduler's threads ({@code planner.parallel-solves} per instance), recovered by another
 * instance (or at the next start) when the instance running it dies.
 */
@Component
public class SolveQueue {

    private static final String GROUP = "solve";
    static final String KIND = "kind";

    private final Scheduler scheduler;

    SolveQueue(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Queues a plan to solve (again); joins the caller's transaction. */
    void enqueue(String kind, String planId) {
        JobKey key = key(planId);
        Trigger now = TriggerBuilder.newTrigger().forJob(key)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .startNow().build();
        try {
            if (scheduler.checkExists(key)) {
                scheduler.scheduleJob(now);
            } else {
                JobDetail job = JobBuilder.newJob(SolvePlanJob.class).withIdentity(key).usingJobData(KIND, kind)
                        .requestRecovery().build();
                scheduler.scheduleJob(job, now);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot queue plan " + planId, e);
        }
    }

    /** @return whether the plan was queued (its job is gone now; a run already started finds the plan's new status) */
    boolean remove(String planId) {
        try {
            return scheduler.deleteJob(key(planId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove plan " + planId + " from the queue", e);
        }
    }

    boolean contains(String planId) {
        try {
            return scheduler.checkExists(key(planId));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plans queued or solving, on every instance. */
    int size() {
        try {
            return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).size();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This instance takes no more jobs (it is stopping); queued jobs wait for another instance or the next start. */
    void standby() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    String instanceId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobKey key(String planId) {
        return JobKey.jobKey(planId, GROUP);
    }
}
