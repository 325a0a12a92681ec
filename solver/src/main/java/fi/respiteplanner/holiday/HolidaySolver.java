package fi.respiteplanner.holiday;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** The holiday solver configuration with the caller's termination. */
public final class HolidaySolver {

    public static final String CONFIG_RESOURCE = "fi/respiteplanner/holiday/holidaySolverConfig.xml";

    private HolidaySolver() {
    }

    public static SolverConfig config(TerminationConfig termination) {
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE).withTerminationConfig(termination);
    }
}
