package fi.respiteplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.change.AddStay;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.CloseBed;
import fi.respiteplanner.respite.change.NewStay;

/**
 * Every solver configuration in use, short runs in FULL_ASSERT: after each move the score is recalculated
 * from scratch and the move undone and checked, so incremental scoring and the custom moves of
 * {@code respite.search} must agree with the constraints. (The default configuration on a plan with
 * promises, forced stays and a ledger: {@code SolveRespiteTest}; here with changes arriving while it solves.)
 */
class FullAssertTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private static <S> S solve(SolverConfig config, int steps, S plan) {
        return SolverFactory.<S> create(config.withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps).withSpentLimit(Duration.ofMinutes(2))))
                .buildSolver().solve(plan);
    }

    @Test
    void replanConfiguration() {
        RespitePlan published = SolverFactory.<RespitePlan> create(RespiteSolver.config(RespiteSolver.termination(null, 2_000L)))
                .buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());
        Stay later = published.getStays().stream().filter(Stay::isAssigned).filter(stay -> stay.getArrival().isAfter(TODAY.plusDays(20)))
                .findFirst().orElseThrow();
        ChangeSet changes = new ChangeSet(TODAY, 14, List.of(new CloseBed(later.getBed().getId(),
                new DateRange(later.getArrival(), later.lastNight())),
                new AddStay(new NewStay("NEW-1", "C00001", TODAY.plusDays(30), 2, null, null, null))));
        Replanner.Prepared prepared = new Replanner(RespiteSolver.solutionManager()).prepare(published, changes);
        assertThat(prepared.violations()).isEmpty();

        RespitePlan replanned = solve(RespiteSolver.replanConfig(new TerminationConfig()), 40, prepared.plan());
        assertThat(replanned.getScore().isSolutionInitialized()).isTrue();
    }

    /** The default as large plans get it (a shorter late acceptance): on S, which is quick to check in full. */
    @Test
    void largePlanConfiguration() {
        SolverConfig large = RespiteSolver.fittedTo(RespiteSolver.LARGE_PLAN_STAYS, RespiteSolver.config(new TerminationConfig()));

        RespitePlan solved = solve(large, 300, BundledDatasets.load("respite-S").orElseThrow());

        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    void holidayConfiguration() {
        HolidayPlan solved = solve(HolidaySolver.config(new TerminationConfig()), 300, BundledDatasets.loadHoliday("holiday-S").orElseThrow());
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }

    /** Changes arriving while solving: the solver restarts from its best with the changed plan, and the moves see the new stays. */
    @Test
    void liveChanges() {
        RespitePlan plan = BundledDatasets.load("respite-S").orElseThrow();
        SolverConfig config = RespiteSolver.config(new TerminationConfig()).withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(20)).withUnimprovedSpentLimit(Duration.ofSeconds(3)));
        Solver<RespitePlan> solver = SolverFactory.<RespitePlan> create(config).buildSolver();
        AtomicBoolean sent = new AtomicBoolean();
        solver.addEventListener(event -> {
            RespitePlan best = event.getNewBestSolution();
            if (best.getScore().isSolutionInitialized() && sent.compareAndSet(false, true)) {
                Stay placed = best.getStays().stream().filter(Stay::isAssigned).filter(stay -> !stay.isPinned()).findFirst().orElseThrow();
                solver.addProblemChanges(List.of(
                        new CloseBed(placed.getBed().getId(), new DateRange(placed.getArrival(), placed.lastNight())),
                        new CancelStay(best.getStays().get(best.getStays().size() - 1).getId()),
                        new AddStay(new NewStay("LIVE-1", best.getStays().get(0).getClient().getId(),
                                best.getHorizon().from().plusDays(40), 2, null, null, null))));
            }
        });
        RespitePlan solved = solver.solve(plan);
        assertThat(sent).isTrue();
        assertThat(solved.findStay("LIVE-1")).isPresent();
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }
}
