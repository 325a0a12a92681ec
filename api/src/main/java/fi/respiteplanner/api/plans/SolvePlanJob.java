package fi.respiteplanner.api.plans;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;

/** The scheduler's job for one plan: solve it on this thread, from its last saved best. */
@DisallowConcurrentExecution
public class SolvePlanJob implements InterruptableJob {

    private final PlanEngines engines;
    private String planId;
    private String kind;

    public SolvePlanJob(PlanEngines engines) {
        this.engines = engines;
    }

    @Override
    public void execute(JobExecutionContext context) {
        planId = context.getJobDetail().getKey().getName();
        kind = context.getMergedJobDataMap().getString(SolveQueue.KIND);
        engines.of(kind).run(planId);
    }

    /** The scheduler is shutting down: the solver stops, saves its best and the plan waits to resume. */
    @Override
    public void interrupt() {
        if (planId != null) {
            engines.of(kind).interrupt(planId);
        }
    }
}
