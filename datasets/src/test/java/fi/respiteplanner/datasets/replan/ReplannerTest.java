package fi.respiteplanner.datasets.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.replan.StabilityPolish;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.change.AddStay;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.CloseBed;
import fi.respiteplanner.respite.change.NewStay;

class ReplannerTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final SolverFactory<RespitePlan> FACTORY = SolverFactory.create(RespiteSolver.config(RespiteSolver.termination(null, 5_000L)));
    private static final SolutionManager<RespitePlan, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(FACTORY);

    private static RespitePlan published;

    @BeforeAll
    static void publish() {
        published = FACTORY.buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());
    }

    private static RespitePlan copy() {
        return PlanJson.read(PlanJson.write(published));
    }

    /** A frozen stay (arriving within the freeze window) and where it was published. */
    private static Stay frozenStay(RespitePlan plan) {
        return plan.getStays().stream().filter(Stay::isAssigned)
                .filter(stay -> !stay.getArrival().isBefore(TODAY) && stay.getArrival().isBefore(TODAY.plusDays(14)))
                .findFirst().orElseThrow();
    }

    @Test
    void frozenAndStartedStaysNeverMoveAndAClosedBedsStayIsReplannedAndReported() {
        RespitePlan plan = copy();
        Stay victim = frozenStay(plan);
        String closedBed = victim.getBed().getId();
        ChangeSet changes = new ChangeSet(TODAY, 14, List.of(
                new CloseBed(closedBed, new DateRange(victim.getArrival(), victim.lastNight())),
                new CancelStay(plan.getStays().stream().filter(s -> s.isAssigned() && s.getArrival().isAfter(TODAY.plusDays(20)))
                        .findFirst().orElseThrow().getId()),
                new AddStay(new NewStay("NEW-1", "C00001", TODAY.plusDays(30), 2, null, null, null))));
        Replanner.Prepared prepared = new Replanner(SOLUTIONS).prepare(plan, changes);
        assertThat(prepared.violations()).isEmpty();
        assertThat(prepared.plan().getReplanning().replannedFrozen()).containsExactly(victim.getId());

        Map<String, String> pinnedBefore = new HashMap<>();
        prepared.plan().getStays().stream().filter(Stay::isPinned)
                .forEach(stay -> pinnedBefore.put(stay.getId(), stay.getBed().getId() + "@" + stay.getArrival()));
        assertThat(pinnedBefore).isNotEmpty();
        RespitePlan replanned = FACTORY.buildSolver().solve(prepared.plan());

        replanned.getStays().stream().filter(stay -> pinnedBefore.containsKey(stay.getId())).forEach(stay ->
                assertThat(stay.getBed().getId() + "@" + stay.getArrival()).isEqualTo(pinnedBefore.get(stay.getId())));
        assertThat(replanned.getStays()).filteredOn(stay -> stay.getPublished() != null && stay.getArrival().isBefore(TODAY))
                .allSatisfy(stay -> assertThat(stay.getStatus()).isEqualTo(StayStatus.IN_PROGRESS));
        Stay moved = replanned.findStay(victim.getId()).orElseThrow();
        assertThat(moved.getBed() == null || !moved.getBed().getId().equals(closedBed)).isTrue();
        assertThat(replanned.getScore().hardScore()).isZero();

        PlanDiff diff = PlanDiff.of(replanned);
        assertThat(diff.changes()).anySatisfy(entry -> {
            assertThat(entry.stayId()).isEqualTo(victim.getId());
            assertThat(entry.oldBed()).isEqualTo(closedBed);
        });
        assertThat(diff.changes()).anySatisfy(entry -> assertThat(entry.change()).isEqualTo(PlanDiff.Change.CANCELLED));
    }

    @Test
    void diffListsExactlyTheChangedStays() {
        RespitePlan plan = copy();
        Replanner.Prepared prepared = new Replanner(SOLUTIONS).prepare(plan, new ChangeSet(TODAY, 0, List.of(
                new CloseBed("U2-R1-B1", new DateRange(TODAY, TODAY.plusDays(40))))));
        RespitePlan replanned = FACTORY.buildSolver().solve(prepared.plan());

        Map<String, Stay> before = published.getStays().stream().collect(Collectors.toMap(Stay::getId, stay -> stay));
        Set<String> expected = replanned.getStays().stream().filter(stay -> {
            Stay old = before.get(stay.getId());
            String was = old.isAssigned() ? old.getBed().getId() + "@" + old.getArrival() : "unmet";
            String now = stay.isAssigned() ? stay.getBed().getId() + "@" + stay.getArrival() : "unmet";
            return !was.equals(now);
        }).map(Stay::getId).collect(Collectors.toSet());
        PlanDiff diff = PlanDiff.of(replanned);
        assertThat(diff.changes()).extracting(PlanDiff.Entry::stayId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).as("stays in the closed bed had to move").isNotEmpty();
        assertThat(diff.familiesAffected()).isEqualTo(diff.changes().stream().map(PlanDiff.Entry::clientId).distinct().count());
        assertThat(diff.toCsv().lines().count()).isEqualTo(diff.changes().size() + 2);
    }

    @Test
    void badChangeSetsAreNamed() {
        Replanner replanner = new Replanner(SOLUTIONS);
        assertThat(replanner.prepare(copy(), new ChangeSet(LocalDate.of(2030, 1, 1), null, List.of())).violations())
                .extracting(v -> v.field()).containsExactly("today");
        assertThat(replanner.prepare(copy(), new ChangeSet(TODAY, null, List.of(new CancelStay("S-NONE")))).violations())
                .extracting(v -> v.field() + ": " + v.reason()).containsExactly("changes[0].stayId: no stay 'S-NONE' in the plan");
    }

    /** A stay moved away for nothing goes back; one whose move the score needs stays moved. */
    @Test
    void polishPutsBackNeedlessMovesOnly() {
        RespitePlan plan = new Replanner(SOLUTIONS).prepare(copy(), new ChangeSet(TODAY, 0, List.of())).plan();
        SOLUTIONS.update(plan);
        var before = plan.getScore();
        Stay wanderer = plan.getStays().stream().filter(stay -> stay.isAssigned() && !stay.isPinned()).findFirst().orElseThrow();
        var freeBed = wanderer.getCandidateBeds().stream().filter(bed -> bed != wanderer.getBed() && bed.getUnit() == wanderer.unit()
                && bed.getRoom().getGenderPolicy() == wanderer.getBed().getRoom().getGenderPolicy()
                && plan.getStays().stream().noneMatch(other -> other.getBed() == bed && other.overlapNights(wanderer) > 0))
                .findFirst().orElseThrow();
        wanderer.setBed(freeBed);

        assertThat(StabilityPolish.revertNeedlessChanges(FACTORY, plan)).isEqualTo(1);
        assertThat(wanderer.getBed()).isSameAs(wanderer.getPublished().bed());
        assertThat(plan.getScore()).isEqualTo(before);
        assertThat(StabilityPolish.revertNeedlessChanges(FACTORY, plan)).as("nothing left to put back").isZero();
    }
}
