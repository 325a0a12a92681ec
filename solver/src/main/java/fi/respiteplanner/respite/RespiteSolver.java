package fi.respiteplanner.respite;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** The solver configurations (quarterly plans, re-plans, scoring) with the caller's termination. */
public final class RespiteSolver {

    public static final String CONFIG_RESOURCE = "fi/respiteplanner/respite/respiteSolverConfig.xml";
    /** For plans that re-plan a published one: tabu search keeps to the changes that are needed. */
    public static final String REPLAN_CONFIG_RESOURCE = "fi/respiteplanner/respite/respiteReplanSolverConfig.xml";
    /** Scoring, explanations and assignment recommendations: the constraints and one construction heuristic, no search. */
    public static final String SCORING_CONFIG_RESOURCE = "fi/respiteplanner/respite/respiteScoringConfig.xml";

    /** Plans of this many stays or more are large (see {@link #fittedTo}). */
    public static final int LARGE_PLAN_STAYS = 1_000;
    /** Late acceptance's memory, in steps, for large plans (the configuration's own is 400). */
    public static final int LARGE_PLAN_LATE_ACCEPTANCE = 50;

    private RespiteSolver() {
    }

    /** Built once, on first use: scoring and analysing plans needs no solver run. */
    private static final class Scoring {
        static final SolverFactory<RespitePlan> FACTORY = SolverFactory.create(SolverConfig.createFromXmlResource(SCORING_CONFIG_RESOURCE));
        static final SolutionManager<RespitePlan, BendableLongScore> SOLUTIONS = SolutionManager.create(FACTORY);
    }

    /** Scores, analyses and recommends places in plans (thread-safe). */
    public static SolutionManager<RespitePlan, BendableLongScore> solutionManager() {
        return Scoring.SOLUTIONS;
    }

    /** The scoring configuration's factory, for scoring plans step by step (see {@code replan.ScoreProbe}). */
    public static SolverFactory<RespitePlan> scoringFactory() {
        return Scoring.FACTORY;
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

    /** The default configuration as written; plans are solved with it fitted to their size ({@link #fittedTo}). */
    public static SolverConfig config(TerminationConfig termination) {
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE).withTerminationConfig(termination);
    }

    /** The default configuration fitted to the plan's size (see {@link #fittedTo}): what plans are solved with. */
    public static SolverConfig config(TerminationConfig termination, RespitePlan plan) {
        return fittedTo(plan.getStays().size(), config(termination));
    }

    /**
     * Plans of {@value #LARGE_PLAN_STAYS} stays or more, which a minute gives few moves per stay, get late acceptance
     * {@value #LARGE_PLAN_LATE_ACCEPTANCE} instead of 400: it settles within the minute and serves more entitlement on
     * M, L and XL; on S it settles in worse local optima (what-if variants), where 400 reaches the optimum
     * (BENCHMARKS.md, section 1, with M at 751 and 976 stays, where 50 gains nothing). A configuration without
     * late acceptance (re-plans' tabu search) is left as it is.
     */
    public static SolverConfig fittedTo(int stays, SolverConfig config) {
        return stays >= LARGE_PLAN_STAYS ? withLateAcceptance(config, LARGE_PLAN_LATE_ACCEPTANCE) : config;
    }

    /** A copy of the configuration (its phases and acceptors copied too) whose late acceptance keeps {@code size} scores. */
    public static SolverConfig withLateAcceptance(SolverConfig config, int size) {
        SolverConfig copy = new SolverConfig(config);
        for (PhaseConfig<?> phase : copy.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig search && search.getAcceptorConfig() != null
                    && search.getAcceptorConfig().getLateAcceptanceSize() != null) {
                search.getAcceptorConfig().setLateAcceptanceSize(size);
            }
        }
        return copy;
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
