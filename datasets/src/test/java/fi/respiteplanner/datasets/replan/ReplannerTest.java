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

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.replan.ContactList;
import fi.respiteplanner.replan.FreedPlace;
import fi.respiteplanner.replan.PromiseReport;
import fi.respiteplanner.replan.StabilityPolish;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Contact;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.score.RespiteLevel;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.change.AddStay;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.ChangeStaffing;
import fi.respiteplanner.respite.change.ChangeStay;
import fi.respiteplanner.respite.change.CloseBed;
import fi.respiteplanner.respite.change.CloseUnit;
import fi.respiteplanner.respite.change.NewStay;

class ReplannerTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final SolverFactory<RespitePlan> FACTORY = SolverFactory.create(RespiteSolver.config(RespiteSolver.termination(null, 5_000L)));
    private static final SolutionManager<RespitePlan, BendableLongScore> SOLUTIONS = SolutionManager.create(FACTORY);

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
        assertThat(replanned.getScore().isFeasible()).isTrue();

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
    }

    @Test
    void badChangeSetsAreNamed() {
        Replanner replanner = new Replanner(SOLUTIONS);
        assertThat(replanner.prepare(copy(), new ChangeSet(LocalDate.of(2030, 1, 1), null, List.of())).violations())
                .extracting(v -> v.field()).containsExactly("today");
        assertThat(replanner.prepare(copy(), new ChangeSet(TODAY, null, List.of(new CancelStay("S-NONE")))).violations())
                .extracting(v -> v.field() + ": " + v.reason()).containsExactly("changes[0].stayId: no stay 'S-NONE' in the plan");
    }

    /** Another bed of the stay's unit and room kind that is free on its nights, or null. */
    private static Bed freeBedBeside(RespitePlan plan, Stay stay) {
        return stay.getCandidateBeds().stream().filter(bed -> bed != stay.getBed() && bed.getUnit() == stay.unit()
                && bed.getRoom().getGenderPolicy() == stay.getBed().getRoom().getGenderPolicy()
                && plan.getStays().stream().noneMatch(other -> other.getBed() == bed && other.overlapNights(stay) > 0))
                .findFirst().orElse(null);
    }

    /** A stay moved away for nothing goes back; one whose move the score needs stays moved. */
    @Test
    void polishPutsBackNeedlessMovesOnly() {
        RespitePlan plan = new Replanner(SOLUTIONS).prepare(copy(), new ChangeSet(TODAY, 0, List.of())).plan();
        SOLUTIONS.update(plan);
        var before = plan.getScore();
        Stay wanderer = plan.getStays().stream().filter(stay -> stay.isAssigned() && !stay.isPinned())
                .filter(stay -> freeBedBeside(plan, stay) != null).findFirst().orElseThrow();
        wanderer.setBed(freeBedBeside(plan, wanderer));

        assertThat(StabilityPolish.revertNeedlessChanges(FACTORY, plan)).isEqualTo(1);
        assertThat(wanderer.getBed()).isSameAs(wanderer.getPublished().bed());
        assertThat(plan.getScore()).isEqualTo(before);
        assertThat(StabilityPolish.revertNeedlessChanges(FACTORY, plan)).as("nothing left to put back").isZero();
    }

    private static final SolverFactory<RespitePlan> REPLAN = SolverFactory.create(RespiteSolver.replanConfig(
            RespiteSolver.termination(null, 300L)));

    /** A stay of the published plan arriving in February after the freeze window, in the children's unit. */
    private static Stay laterChildStay(RespitePlan plan, int skip) {
        return plan.getStays().stream().filter(Stay::isAssigned).filter(stay -> stay.unit().getId().equals("U2"))
                .filter(stay -> stay.getArrival().isAfter(TODAY.plusDays(20)))
                .sorted(java.util.Comparator.comparing(Stay::getArrival).thenComparing(Stay::getId)).skip(skip).findFirst().orElseThrow();
    }

    /** The rule itself on S: no published stay is dropped or moved to another unit or dates unless a change forced it. */
    @Test
    void promisesHoldUnlessAChangeForcesThem() {
        RespitePlan plan = copy();
        LocalDate closedFrom = TODAY.plusDays(7);
        ChangeSet changes = new ChangeSet(TODAY, 14, List.of(
                new CancelStay(laterChildStay(plan, 0).getId()),
                new CancelStay(laterChildStay(plan, 1).getId()),
                new AddStay(new NewStay("NEW-1", "C00001", TODAY.plusDays(30), 2, null, null, null)),
                new CloseUnit("U2", new DateRange(closedFrom, closedFrom.plusDays(4)))));
        Replanner.Prepared prepared = new Replanner(SOLUTIONS).prepare(plan, changes);
        assertThat(prepared.violations()).isEmpty();
        List<Stay> forced = prepared.plan().getStays().stream().filter(stay -> stay.getForced() != null).toList();
        assertThat(forced).as("stays in the closed unit on its nights").isNotEmpty().allSatisfy(stay -> {
            assertThat(stay.getForced().code()).isEqualTo(ChangeReason.Code.UNIT_CLOSED);
            assertThat(stay.getForced().change()).isEqualTo(3);
            assertThat(stay.getPublished().bed().getUnit().getId()).isEqualTo("U2");
        });

        RespitePlan replanned = REPLAN.buildSolver().solve(prepared.plan());
        PlanDiff diff = PlanDiff.of(replanned, SOLUTIONS);
        PromiseReport report = PromiseReport.of(diff);
        assertThat(report.keepsPromises()).as(report.table()).isTrue();
        assertThat(diff.changes()).filteredOn(entry -> !entry.forced() && entry.change() != PlanDiff.Change.NEWLY_PLACED)
                .allSatisfy(entry -> assertThat(entry.change()).isEqualTo(PlanDiff.Change.BED_CHANGED));
        assertThat(diff.changes()).filteredOn(PlanDiff.Entry::forced).allSatisfy(entry -> assertThat(entry.reason().code())
                .isIn(ChangeReason.Code.UNIT_CLOSED, ChangeReason.Code.CANCELLED_BY_FAMILY));
        assertThat(diff.changes()).filteredOn(entry -> entry.stayId().equals("NEW-1") && entry.newBed() != null)
                .allSatisfy(entry -> assertThat(entry.reason()).isEqualTo(ChangeReason.newRequest(2)));
        assertThat(RespiteLevel.PROMISE.valueIn(replanned.getScore()))
                .as("forced stays left unplaced are the only promise penalty besides bed changes")
                .isEqualTo(-50L * diff.changes().stream().filter(e -> e.forced() && e.change() == PlanDiff.Change.DROPPED).count()
                        - 10L * report.otherBed().unforced());
    }

    @Test
    void forcedStaysCarryTheRuleAndTheChangeAndAFamilysOwnChangeForcesOnlyItself() {
        RespitePlan plan = copy();
        Stay closed = frozenStay(plan);
        Stay changer = laterChildStay(plan, 0);
        Stay neighbour = plan.getStays().stream().filter(Stay::isAssigned).filter(stay -> stay.getBed() == changer.getBed())
                .filter(stay -> stay.getArrival().isAfter(changer.lastNight())).findFirst().orElseThrow();
        Stay autistic = plan.getStays().stream().filter(Stay::isAssigned).filter(stay -> stay.getClient().needs(Skill.AUTISM))
                .filter(stay -> stay.getArrival().isAfter(TODAY.plusDays(20)) && stay != changer && stay != neighbour)
                .findFirst().orElseThrow();
        String closedUnit = closed.unit().getId();
        String closedBed = closed.getBed().getId();
        DateRange closedNights = new DateRange(closed.getArrival(), closed.lastNight());
        String autismUnit = autistic.unit().getId();
        DateRange cutNight = new DateRange(autistic.getArrival(), autistic.getArrival());
        ChangeSet changes = new ChangeSet(TODAY, 14, List.of(
                new CloseBed(closedBed, closedNights),
                new ChangeStay(changer.getId(), neighbour.getArrival(), changer.getNights(), null, null, null),
                new ChangeStaffing(autismUnit, new StaffingChange(cutNight, Skill.AUTISM, 0, null))));
        RespitePlan prepared = new Replanner(SOLUTIONS).prepare(plan, changes).plan();

        Stay wasClosed = prepared.findStay(closed.getId()).orElseThrow();
        assertThat(wasClosed.getForced()).isEqualTo(ChangeReason.bedClosed(0, "Bed or unit closed", closedUnit, closedBed, closedNights));
        assertThat(wasClosed.isPinned()).as("a frozen stay a change forced out loses its pin").isFalse();
        assertThat(wasClosed.getBed()).as("and starts unplaced").isNull();
        assertThat(prepared.findStay(changer.getId()).orElseThrow().getForced()).isEqualTo(ChangeReason.ownChange(1));
        assertThat(prepared.findStay(neighbour.getId()).orElseThrow().getForced()).as("the family that did not change keeps its promise")
                .isNull();
        assertThat(prepared.findStay(autistic.getId()).orElseThrow().getForced())
                .isEqualTo(ChangeReason.staffingCut(2, "Skill capacity exceeded", autismUnit, Skill.AUTISM, cutNight, 0));
    }

    @Test
    void contactListNamesTheChangeAndDraftsAMessageInTheFamilysLanguage() {
        RespitePlan plan = copy();
        Stay stay = laterChildStay(plan, 0);
        String unitName = stay.unit().getName();
        plan.findClient(stay.getClient().getId()).orElseThrow().withContact(new Contact("Anna B.", "040 000 0001", null, "sv"));
        RespitePlan prepared = new Replanner(SOLUTIONS).prepare(plan, new ChangeSet(TODAY, 14, List.of(
                new CloseUnit("U2", new DateRange(stay.getArrival(), stay.lastNight()))))).plan();
        Stay forced = prepared.findStay(stay.getId()).orElseThrow();
        forced.setBed(null);
        PlanDiff diff = PlanDiff.of(prepared, SOLUTIONS);

        ContactList list = ContactList.of(prepared, diff, Messages.of("fi"));
        ContactList.Family family = list.families().stream().filter(f -> f.clientId().equals(stay.getClient().getId())).findFirst()
                .orElseThrow();
        String range = Messages.range(stay.getArrival(), stay.lastNight());
        assertThat(family.changes()).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo(PlanDiff.Change.DROPPED);
            assertThat(row.forced()).isTrue();
            assertThat(row.reasonText()).isEqualTo("Yksikkö " + unitName + " suljettu " + range);
            assertThat(row.before()).isEqualTo(unitName + ", " + Messages.range(stay.getArrival(), stay.getArrival().plusDays(stay.getNights())));
        });
        assertThat(family.language()).isEqualTo("sv");
        assertThat(family.draft().text()).startsWith("Hej Anna B.,").contains("tyvärr kan vi inte ordna perioden",
                "Orsak: Enhet " + unitName + " stängd " + range + ".");
    }

    /** A freed place goes to the request whose placement helps the plan most; the score change is exact. */
    @Test
    void freedPlaceRanksTheWaitingRequestsThatFitItWithTheirExactScoreChange() {
        RespitePlan plan = copy();
        // A stay whose bed a waiting request could take without breaking a hard rule (which one depends on the solved plan).
        FreedPlace.Result result = plan.getStays().stream().filter(Stay::isAssigned).filter(stay -> !stay.isPinned())
                .filter(stay -> plan.getStays().stream().anyMatch(waiting -> !waiting.isAssigned()
                        && waiting.getCandidateBeds().contains(stay.getBed()) && !waiting.getLatestArrival().isBefore(stay.getArrival())
                        && !waiting.getEarliestArrival().isAfter(stay.lastNight())))
                .map(stay -> FreedPlace.rank(RespiteSolver.scoringFactory(), copy(), stay.getId(), 5))
                .filter(ranked -> !ranked.ranking().options().isEmpty()).findFirst().orElseThrow();
        Stay cancelled = plan.findStay(result.ranking().cancelledStayId()).orElseThrow();
        assertThat(result.violations()).isEmpty();
        List<FreedPlace.Option> options = result.ranking().options();
        assertThat(options).isNotEmpty().allSatisfy(option -> assertThat(option.bedId()).isEqualTo(cancelled.getBed().getId()));
        assertThat(options).isSortedAccordingTo(java.util.Comparator.comparing(FreedPlace.Option::scoreChange).reversed());

        FreedPlace.Option best = options.get(0);
        RespitePlan applied = copy();
        result.ranking().cancel().applyTo(applied);
        SOLUTIONS.update(applied);
        var before = applied.getScore();
        best.place().applyTo(applied);
        SOLUTIONS.update(applied);
        assertThat(applied.getScore().subtract(before)).isEqualTo(best.scoreChange());
        assertThat(applied.findStay(best.stayId()).orElseThrow().isPinned()).as("the family was offered the place").isTrue();
        assertThat(FreedPlace.rank(RespiteSolver.scoringFactory(), copy(), "S-NONE", 5).violations())
                .extracting(v -> v.field() + ": " + v.reason()).containsExactly("stayId: no stay 'S-NONE' in the plan");
    }
}
