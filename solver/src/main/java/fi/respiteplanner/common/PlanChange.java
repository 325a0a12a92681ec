package fi.respiteplanner.common;

import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChange;

/**
 * A change to a plan that applies the same way while it is solved (as a Timefold problem change: the
 * solver continues from its best) and while it is stored ({@link #applyTo}).
 *
 * @param <S> the planning solution
 */
public interface PlanChange<S> extends ProblemChange<S> {

    /** What is wrong with this change against that plan (paths relative to the change); empty if it fits. */
    List<Violation> validate(S plan);

    /** One line for change logs and audit trails, ids only. */
    String summary();

    /** Applies the change to a plan that is not being solved. */
    default void applyTo(S plan) {
        doChange(plan, new DirectChangeDirector());
    }
}
