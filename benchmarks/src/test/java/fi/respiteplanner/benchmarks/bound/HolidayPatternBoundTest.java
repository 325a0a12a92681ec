package fi.respiteplanner.benchmarks.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;

class HolidayPatternBoundTest {

    /** On holiday-S the bound is positive, converges and is never above the unmet days of a plan the solver finds. */
    @Test
    void boundIsABoundOnHolidayS() {
        PatternMaster.Outcome outcome = new HolidayPatternBound(BundledDatasets.loadHoliday("holiday-S").orElseThrow()).solve(60);
        HolidayPlan solved = SolverFactory.<HolidayPlan> create(HolidaySolver.config(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3))))
                .buildSolver().solve(BundledDatasets.loadHoliday("holiday-S").orElseThrow());

        assertThat(outcome.converged()).isTrue();
        assertThat(outcome.bound()).isBetween(1L, (long) -solved.getScore().mediumScore());
    }
}
