package fi.respiteplanner.api.plans;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.config.solver.SolverConfig;

import fi.respiteplanner.common.PlanChange;
import fi.respiteplanner.datasets.workbook.WorkbookImport;
import fi.respiteplanner.datasets.workbook.WorkbookLimits;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;

/**
 * What the generic plan machinery needs to know of one planning problem (respite stays, holiday groups).
 *
 * @param <S> the planning solution class
 */
public interface PlanKind<S> {

    /** Path segment and stored kind, e.g. "respite". */
    String name();

    /** Reads, validates and links a submitted document; throws InvalidPlanException naming the fields. */
    S read(String json);

    String write(S solution);

    String nameOf(S solution);

    Score<?> scoreOf(S solution);

    /** The score's levels by name, strongest first, as {@link Score#toLevelNumbers()} orders them (metrics name them so). */
    List<String> scoreLevels();
    /**
     * What a solution comes to for a planner (see {@link PlanOutcome}).
     *
     * @param brokenRules the hard constraints it breaks, as the engine read them from the score analysis
     */
    PlanOutcome outcome(S solution, List<PlanOutcome.BrokenRule> brokenRules);

    /** The KPIs planners read (a record that serialises to JSON). */
    Object kpis(S solution);

    /** One row per request, placed or not, as CSV for spreadsheets in the reader's language and naming. */
    String tableCsv(S solution, Messages words, Naming naming);

    /** An empty workbook to fill in, in the given language. */
    void workbookTemplate(Locale language, OutputStream out);

    /** A plan (problem or solved) as a workbook in the given language. */
    void writeWorkbook(S solution, Locale language, OutputStream out);

    /**
     * Reads a filled workbook into a valid plan, by the same validator as {@link #read}; throws
     * WorkbookRefusedException for a file it does not open and InvalidWorkbookException with every problem.
     */
    WorkbookImport<S> readWorkbook(InputStream in, WorkbookLimits limits);

    /** Planning entities (requests) in the plan, for the size limit. */
    int requestCount(S solution);

    /** A logged change, as its body was stored; kinds without changes never log any. */
    default PlanChange<S> readChange(String body) {
        throw new UnsupportedOperationException(name() + " plans take no changes");
    }

    /** Whether the plan sets constraint weights (a MANAGER's decision). */
    default boolean overridesWeights(S solution) {
        return false;
    }

    /** How large a plan document is, for fitting the solver to it ({@link #fitted}); 0 by default. */
    default int size(String problem) {
        return 0;
    }

    /**
     * The solver configuration fitted to plans of this size: of one plan, or the largest of one what-if scenario's, so
     * that one comparison is never solved with two searches. The configuration itself by default.
     */
    default SolverConfig fitted(SolverConfig config, int size) {
        return config;
    }

    /** Whether this plan re-plans a published one (solved with the re-planning solver). */
    default boolean isReplan(S solution) {
        return false;
    }

    /** A last touch on a final solution before it is stored (never makes the score worse). */
    default void polish(S solution) {
    }
}
