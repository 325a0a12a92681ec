package fi.respiteplanner.respite;

import java.time.Duration;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** The default solver configuration with the caller's termination. */
public final class RespiteSolver {

    public static final String CONFIG_RESOURCE = "fi/respiteplanner/respite/respiteSolverConfig.xml";
    /** For plans that re-plan a published one: tabu search keeps to the changes that are needed. */
    public static final String REPLAN_CONFIG_RESOURCE = "fi/respiteplanner/respite/respiteReplanSolverConfig.xml";

    private RespiteSolver() {
    }

    /**
     * @param timeLimit stop after this long (required: respite instances are never "finished")
     * @param unimprovedTime also stop once the best score has not improved for this long; null to ignore
     */
    public static SolverConfig config(Duration timeLimit, Duration unimprovedTime) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedTime != null) {
            termination.setUnimprovedSpentLimit(unimprovedTime);
        }
        return config(termination);
    }

    public static SolverConfig config(TerminationConfig termination) {
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE).withTerminationConfig(termination);
    }

    public static SolverConfig replanConfig(TerminationConfig termination) {
        return SolverConfig.createFromXmlResource(REPLAN_CONFIG_RESOURCE).withTerminationConfig(termination);
    }

    /**
     * A termination by time, or by local search steps: the same step count on the same problem gives the
     * same solution (the configuration is reproducible), whatever else the machine is doing.
     */
    public static TerminationConfig termination(Duration timeLimit, Long stepCountLimit) {
        TerminationConfig termination = new TerminationConfig();
        if (stepCountLimit != null) {
            termination.setStepCountLimit(stepCountLimit.intValue());
        }
        if (timeLimit != null) {
            termination.setSpentLimit(timeLimit);
        }
        return termination;
    }
}
