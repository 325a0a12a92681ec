package fi.respiteplanner.api.replan;

import java.time.LocalDate;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fi.respiteplanner.api.access.Caller;

/**
 * The nightly re-plan of every plan with pending changes, at {@code planner.replan.cron} (a Quartz cron
 * expression, e.g. {@code 0 0 2 * * ?} or Spring's {@code 0 0 2 * * *}; {@code -} is off) in the service's time zone. It is a job of the
 * clustered scheduler, so it fires once per night however many instances run; it acts as the service
 * itself, for every organisation unit.
 */
@Component
class NightlyReplan implements SmartInitializingSingleton {

    private static final JobKey KEY = JobKey.jobKey("nightly-replan", "maintenance");

    private final Scheduler scheduler;
    private final String cron;

    NightlyReplan(Scheduler scheduler, @Value("${planner.replan.cron:-}") String cron) {
        this.scheduler = scheduler;
        this.cron = cron;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            if (cron.equals("-")) {
                scheduler.deleteJob(KEY);
                return;
            }
            JobDetail job = JobBuilder.newJob(Run.class).withIdentity(KEY).storeDurably().build();
            Trigger nightly = TriggerBuilder.newTrigger().withIdentity(KEY.getName(), KEY.getGroup()).forJob(KEY).withPriority(10)
                    .withSchedule(CronScheduleBuilder.cronSchedule(quartzCron(cron)).inTimeZone(TimeZone.getDefault())
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            scheduler.scheduleJob(job, Set.of(nightly), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the nightly re-plan (planner.replan.cron=" + cron + ")", e);
        }
    }

    /** Spring's form ("0 0 2 * * *") as Quartz wants it: one of the two day fields is "?". */
    static String quartzCron(String expression) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length == 6 && !fields[3].equals("?") && fields[5].equals("*")) {
            fields[5] = "?";
        }
        return String.join(" ", fields);
    }

    /** One night's run. */
    @DisallowConcurrentExecution
    public static class Run implements Job {

        private final Replanning replanning;

        public Run(Replanning replanning) {
            this.replanning = replanning;
        }

        @Override
        public void execute(JobExecutionContext context) {
            replanning.replanAllPending(Caller.system("nightly re-plan"), LocalDate.now());
        }
    }
}
