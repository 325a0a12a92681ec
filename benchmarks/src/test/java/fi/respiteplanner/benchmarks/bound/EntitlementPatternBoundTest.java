package fi.respiteplanner.benchmarks.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteLevel;

class EntitlementPatternBoundTest {

    private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);

    /** Two families entitled to the same week, beds for the given number of them. */
    private static RespitePlan twoFamiliesForOneWeek(int beds) {
        Room room = new Room("U1-R1", GenderPolicy.ANY);
        IntStream.rangeClosed(1, beds).forEach(bed -> room.withBed(new Bed("U1-R1-B" + bed)));
        Unit unit = new Unit("U1", Producer.OWN, 18, 64, 100).withRoom(room);
        List<Stay> stays = IntStream.rangeClosed(1, 2)
                .mapToObj(c -> new Stay("S" + c, new Client("C" + c, LocalDate.of(1990, 5, 5), Gender.FEMALE).withMonthlyEntitlement(7), JAN_4, 7))
                .toList();
        return new RespitePlan("test", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), List.of(unit),
                stays.stream().map(Stay::getClient).toList(), stays).link();
    }

    /** One bed for two families' week: one family is 7 nights short, 7² = 49, where a per-night LP splits it (2 × 3.5², about 25). */
    @Test
    void aFamilysShortfallIsPaidWhole() {
        PatternMaster.Outcome result = new EntitlementPatternBound(twoFamiliesForOneWeek(1)).solve(30);

        assertThat(result.bound()).isEqualTo(49);
        assertThat(result.converged()).isTrue();
    }

    @Test
    void twoBedsLeaveNoShortfall() {
        PatternMaster.Outcome result = new EntitlementPatternBound(twoFamiliesForOneWeek(2)).solve(30);

        assertThat(result.bound()).isZero();
        assertThat(result.converged()).isTrue();
    }

    /** On S the bound is positive and never above the shortfall of a plan the solver finds. */
    @Test
    void boundIsABoundOnS() {
        PatternMaster.Outcome result = new EntitlementPatternBound(BundledDatasets.load("respite-S").orElseThrow()).solve(60);
        RespitePlan solved = SolverFactory.<RespitePlan> create(RespiteSolver.config(RespiteSolver.termination(null, 3_000L)))
                .buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());

        assertThat(result.converged()).isTrue();
        assertThat(result.bound()).isBetween(1L, -RespiteLevel.ENTITLEMENT.valueIn(solved.getScore()));
    }
}
