package fi.respiteplanner.respite.score;

import static fi.respiteplanner.respite.score.Fixtures.JAN_1;
import static fi.respiteplanner.respite.score.Fixtures.adult;
import static fi.respiteplanner.respite.score.Fixtures.set;
import static fi.respiteplanner.respite.score.Fixtures.stay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Features;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.LedgerEntry;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.PlanParameters;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.Replanning;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Stay;

/** Each constraint fires with its exact penalty, and a near-miss control does not fire. */
class RespiteConstraintProviderTest {

    private final ConstraintVerifier<RespiteConstraintProvider, RespitePlan> verifier =
            ConstraintVerifier.build(new RespiteConstraintProvider(), RespitePlan.class, Stay.class);
    private final Fixtures world = new Fixtures().linked();

    private static Stay unmet(String id, Client client, int nights) {
        return new Stay(id, client, JAN_1, nights);
    }

    // ---- hard ----

    @Test
    void bedDoubleBooked() {
        var a = stay("S1", adult("C1"), world.singleBed(), JAN_1, 3);
        var b = stay("S2", adult("C2"), world.singleBed(), JAN_1.plusDays(1), 3);
        verifier.verifyThat(RespiteConstraintProvider::bedDoubleBooked).given(a, b).penalizesBy(2);
    }

    @Test
    void bedDoubleBookedNotWhenOneDepartsAsTheOtherArrivesOrBothAreUnmet() {
        var a = stay("S1", adult("C1"), world.singleBed(), JAN_1, 3);
        var b = stay("S2", adult("C2"), world.singleBed(), JAN_1.plusDays(3), 3);
        verifier.verifyThat(RespiteConstraintProvider::bedDoubleBooked)
                .given(a, b, unmet("S3", adult("C3"), 3), unmet("S4", adult("C4"), 3)).hasNoImpact();
    }

    @Test
    void bedOrUnitClosed() {
        world.unit.withClosedNights(new DateRange(JAN_1.plusDays(1), JAN_1.plusDays(1)));
        world.singleBed().withClosedNights(new DateRange(JAN_1.plusDays(2), JAN_1.plusDays(9)));
        world.linked();
        var stay = stay("S1", adult("C1"), world.singleBed(), JAN_1, 4);
        verifier.verifyThat(RespiteConstraintProvider::bedOrUnitClosed).given(stay).penalizesBy(3);
    }

    @Test
    void bedOrUnitClosedNotOnOpenNights() {
        world.singleBed().withClosedNights(new DateRange(JAN_1.plusDays(4), JAN_1.plusDays(9)));
        world.linked();
        var stay = stay("S1", adult("C1"), world.singleBed(), JAN_1, 4);
        verifier.verifyThat(RespiteConstraintProvider::bedOrUnitClosed).given(stay).hasNoImpact();
    }

    @Test
    void ageOutsideUnitRange() {
        var child = new Client("C1", LocalDate.of(2015, 1, 1), Gender.MALE);
        verifier.verifyThat(RespiteConstraintProvider::ageOutsideUnitRange)
                .given(stay("S1", child, world.singleBed(), JAN_1, 3)).penalizesBy(3);
    }

    @Test
    void ageOutsideUnitRangeNotOnTheEighteenthBirthday() {
        var justAdult = new Client("C1", LocalDate.of(2009, 1, 1), Gender.MALE);
        verifier.verifyThat(RespiteConstraintProvider::ageOutsideUnitRange)
                .given(stay("S1", justAdult, world.singleBed(), JAN_1, 3)).hasNoImpact();
    }

    @Test
    void requiredFeatureMissing() {
        var client = adult("C1").withRequiredFeatures(set(Features.CEILING_HOIST, Features.WHEELCHAIR_ACCESS));
        verifier.verifyThat(RespiteConstraintProvider::requiredFeatureMissing)
                .given(stay("S1", client, world.singleBed(), JAN_1, 2)).penalizesBy(4);
    }

    @Test
    void requiredFeatureMissingNotWhenRoomOrUnitHasIt() {
        world.single.withFeatures(set(Features.CEILING_HOIST));
        world.unit.withFeatures(set(Features.WHEELCHAIR_ACCESS));
        var client = adult("C1").withRequiredFeatures(set(Features.CEILING_HOIST, Features.WHEELCHAIR_ACCESS, Features.SINGLE_ROOM));
        verifier.verifyThat(RespiteConstraintProvider::requiredFeatureMissing)
                .given(stay("S1", client, world.singleBed(), JAN_1, 2)).hasNoImpact();
    }

    @Test
    void skillCapacityExceeded() {
        // Capacity 1 for autism, but 2 on the 2nd night; three autistic clients overlap on nights 1-2.
        world.unit.withSkillCapacity(Skill.AUTISM, 1)
                .withStaffingChange(new StaffingChange(new DateRange(JAN_1.plusDays(1), JAN_1.plusDays(1)), Skill.AUTISM, 2, null));
        world.linked();
        var autism = List.of(Skill.AUTISM);
        var a = stay("S1", adult("C1").withNeeds(Set.copyOf(autism)), world.singleBed(), JAN_1, 2);
        var b = stay("S2", adult("C2").withNeeds(Set.copyOf(autism)), world.sharedBed1(), JAN_1, 2);
        var c = stay("S3", adult("C3").withNeeds(Set.copyOf(autism)), world.sharedBed2(), JAN_1, 2);
        // night 1: 3 clients vs 1 → 2; night 2: 3 vs 2 → 1
        verifier.verifyThat(RespiteConstraintProvider::skillCapacityExceeded).given(a, b, c).penalizesBy(3);
    }

    @Test
    void skillCapacityExceededNotWithinCapacityOrInAnotherUnit() {
        world.unit.withSkillCapacity(Skill.AUTISM, 1);
        world.linked();
        var a = stay("S1", adult("C1").withNeeds(Set.of(Skill.AUTISM)), world.singleBed(), JAN_1, 2);
        var b = stay("S2", adult("C2").withNeeds(Set.of(Skill.AUTISM)), world.sharedBed1(), JAN_1.plusDays(2), 2);
        var needsNothing = stay("S3", adult("C3"), world.sharedBed2(), JAN_1, 2);
        verifier.verifyThat(RespiteConstraintProvider::skillCapacityExceeded).given(a, b, needsNothing).hasNoImpact();
    }

    @Test
    void awakeNightStaffMissing() {
        world.unit.withAwakeNightStaff(true)
                .withStaffingChange(new StaffingChange(new DateRange(JAN_1.plusDays(1), JAN_1.plusDays(2)), null, null, false));
        world.linked();
        var client = adult("C1").withNeeds(Set.of(Skill.AWAKE_NIGHT));
        verifier.verifyThat(RespiteConstraintProvider::awakeNightStaffMissing)
                .given(stay("S1", client, world.singleBed(), JAN_1, 4)).penalizesBy(2);
    }

    @Test
    void awakeNightStaffMissingNotWhenStaffIsAwakeOrClientSleeps() {
        world.unit.withAwakeNightStaff(true);
        world.other.withAwakeNightStaff(false);
        world.linked();
        var needsNight = adult("C1").withNeeds(Set.of(Skill.AWAKE_NIGHT));
        verifier.verifyThat(RespiteConstraintProvider::awakeNightStaffMissing)
                .given(stay("S1", needsNight, world.singleBed(), JAN_1, 4), stay("S2", adult("C2"), world.otherBed(), JAN_1, 4))
                .hasNoImpact();
    }

    @Test
    void incompatibleClientsTogether() {
        var c1 = adult("C1");
        var c2 = adult("C2");
        c1.mustNotMeet(c2);
        verifier.verifyThat(RespiteConstraintProvider::incompatibleClientsTogether)
                .given(stay("S1", c1, world.singleBed(), JAN_1, 3), stay("S2", c2, world.sharedBed1(), JAN_1.plusDays(2), 3))
                .penalizesBy(1);
    }

    @Test
    void incompatibleClientsTogetherNotInDifferentUnitsOrNights() {
        var c1 = adult("C1");
        var c2 = adult("C2");
        c1.mustNotMeet(c2);
        verifier.verifyThat(RespiteConstraintProvider::incompatibleClientsTogether)
                .given(stay("S1", c1, world.singleBed(), JAN_1, 3), stay("S2", c2, world.otherBed(), JAN_1, 3),
                        stay("S3", c2, world.sharedBed1(), JAN_1.plusDays(3), 3))
                .hasNoImpact();
    }

    @Test
    void clientInTwoPlaces() {
        var client = adult("C1");
        verifier.verifyThat(RespiteConstraintProvider::clientInTwoPlaces)
                .given(stay("S1", client, world.singleBed(), JAN_1, 3), stay("S2", client, world.otherBed(), JAN_1.plusDays(1), 5))
                .penalizesBy(2);
    }

    @Test
    void clientInTwoPlacesNotForConsecutiveStays() {
        var client = adult("C1");
        verifier.verifyThat(RespiteConstraintProvider::clientInTwoPlaces)
                .given(stay("S1", client, world.singleBed(), JAN_1, 3), stay("S2", client, world.otherBed(), JAN_1.plusDays(3), 2),
                        stay("S3", adult("C2"), world.sharedBed1(), JAN_1, 3))
                .hasNoImpact();
    }

    @Test
    void roomGenderPolicy() {
        var femaleOnly = new Room("U1-R3", GenderPolicy.FEMALE_ONLY)
                .withBed(new Bed("U1-R3-B1"));
        world.unit.withRoom(femaleOnly);
        world.linked();
        verifier.verifyThat(RespiteConstraintProvider::roomGenderPolicy)
                .given(stay("S1", adult("C1", Gender.MALE), femaleOnly.getBeds().get(0), JAN_1, 2)).penalizesBy(2);
    }

    @Test
    void roomGenderPolicyNotForAdmittedGender() {
        var femaleOnly = new Room("U1-R3", GenderPolicy.FEMALE_ONLY)
                .withBed(new Bed("U1-R3-B1"));
        world.unit.withRoom(femaleOnly);
        world.linked();
        verifier.verifyThat(RespiteConstraintProvider::roomGenderPolicy)
                .given(stay("S1", adult("C1", Gender.FEMALE), femaleOnly.getBeds().get(0), JAN_1, 2),
                        stay("S2", adult("C2", Gender.MALE), world.singleBed(), JAN_1, 2))
                .hasNoImpact();
    }

    @Test
    void mixedGendersInSameGenderRoom() {
        verifier.verifyThat(RespiteConstraintProvider::mixedGendersInSameGenderRoom)
                .given(stay("S1", adult("C1", Gender.FEMALE), world.sharedBed1(), JAN_1, 3),
                        stay("S2", adult("C2", Gender.MALE), world.sharedBed2(), JAN_1.plusDays(1), 3))
                .penalizesBy(2);
    }

    @Test
    void mixedGendersInSameGenderRoomNotForSameGenderOrOtherNights() {
        verifier.verifyThat(RespiteConstraintProvider::mixedGendersInSameGenderRoom)
                .given(stay("S1", adult("C1", Gender.FEMALE), world.sharedBed1(), JAN_1, 3),
                        stay("S2", adult("C2", Gender.FEMALE), world.sharedBed2(), JAN_1, 3),
                        stay("S3", adult("C3", Gender.MALE), world.sharedBed2(), JAN_1.plusDays(3), 3))
                .hasNoImpact();
    }

    // ---- promise: published stays that no change forced out ----

    @Test
    void promisedStayDropped() {
        var published = new Published(world.singleBed(), JAN_1);
        verifier.verifyThat(RespiteConstraintProvider::promisedStayDropped)
                .given(unmet("S1", adult("C1"), 2).withPublished(published), unmet("S2", adult("C2"), 3).withPublished(published))
                .penalizesBy(2);
    }

    @Test
    void promisedStayDroppedNotWhenForcedOrKeptOrNeverPublished() {
        var published = new Published(world.singleBed(), JAN_1);
        verifier.verifyThat(RespiteConstraintProvider::promisedStayDropped)
                .given(unmet("S1", adult("C1"), 2).withPublished(published).withForced(CLOSED),
                        stay("S2", adult("C2"), world.singleBed(), JAN_1, 2).withPublished(published),
                        unmet("S3", adult("C3"), 2))
                .hasNoImpact();
    }

    @Test
    void promisedUnitChanged() {
        var moved = stay("S1", adult("C1"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        verifier.verifyThat(RespiteConstraintProvider::promisedUnitChanged).given(moved).penalizesBy(1);
    }

    @Test
    void promisedUnitChangedNotWithinTheUnitOrWhenForced() {
        var sameUnit = stay("S1", adult("C1"), world.sharedBed1(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        var forced = stay("S2", adult("C2"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1))
                .withForced(CLOSED);
        verifier.verifyThat(RespiteConstraintProvider::promisedUnitChanged).given(sameUnit, forced).hasNoImpact();
    }

    @Test
    void promisedDatesChangedCountsStaysNotDays() {
        var moved = new Stay("S1", adult("C1"), JAN_1, 2).withWindow(JAN_1, JAN_1.plusDays(7))
                .withPublished(new Published(world.singleBed(), JAN_1)).assign(world.otherBed(), JAN_1.plusDays(4));
        verifier.verifyThat(RespiteConstraintProvider::promisedDatesChanged).given(moved).penalizesBy(1);
    }

    @Test
    void promisedDatesChangedNotWhenKeptOrForced() {
        var kept = stay("S1", adult("C1"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        var forced = new Stay("S2", adult("C2"), JAN_1, 2).withWindow(JAN_1, JAN_1.plusDays(7))
                .withPublished(new Published(world.singleBed(), JAN_1)).withForced(CLOSED).assign(world.singleBed(), JAN_1.plusDays(3));
        verifier.verifyThat(RespiteConstraintProvider::promisedDatesChanged).given(kept, forced).hasNoImpact();
    }

    @Test
    void promisedBedChanged() {
        var sameUnit = stay("S1", adult("C1"), world.sharedBed1(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        verifier.verifyThat(RespiteConstraintProvider::promisedBedChanged).given(sameUnit).penalizesBy(1);
    }

    @Test
    void promisedBedChangedNotForSameBedOtherUnitOrForced() {
        var same = stay("S1", adult("C1"), world.singleBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        var otherUnit = stay("S2", adult("C2"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.sharedBed1(), JAN_1));
        var forced = stay("S3", adult("C3"), world.sharedBed2(), JAN_1, 2).withPublished(new Published(world.sharedBed1(), JAN_1))
                .withForced(CLOSED);
        verifier.verifyThat(RespiteConstraintProvider::promisedBedChanged).given(same, otherUnit, forced).hasNoImpact();
    }

    @Test
    void forcedStayUnplaced() {
        verifier.verifyThat(RespiteConstraintProvider::forcedStayUnplaced)
                .given(unmet("S1", adult("C1"), 4).withPublished(new Published(world.singleBed(), JAN_1)).withForced(CLOSED))
                .penalizesBy(1);
    }

    @Test
    void forcedStayUnplacedNotWhenPlacedAgainOrNotForced() {
        var published = new Published(world.singleBed(), JAN_1);
        verifier.verifyThat(RespiteConstraintProvider::forcedStayUnplaced)
                .given(stay("S1", adult("C1"), world.otherBed(), JAN_1, 2).withPublished(published).withForced(CLOSED),
                        unmet("S2", adult("C2"), 2).withPublished(published))
                .hasNoImpact();
    }

    /** Linked in a re-plan whose parameters let URGENT requests displace published stays. */
    private RespitePlan replan(boolean urgentMayDisplace, Stay... stays) {
        var plan = new RespitePlan("re-plan", Fixtures.HORIZON, List.of(world.unit, world.other),
                Arrays.stream(stays).map(Stay::getClient).distinct().toList(), List.of(stays))
                .withParameters(new PlanParameters(null, null, urgentMayDisplace, null))
                .withReplanning(new Replanning(JAN_1, 14, List.of(), List.of(), List.of(), List.of()));
        return plan.link();
    }

    @Test
    void urgentRequestUnmetWeighsItsNightsWhenTheSettingIsOn() {
        var urgent = unmet("S1", adult("C1"), 3).withPriority(Priority.URGENT);
        var normal = unmet("S2", adult("C2"), 2);
        verifier.verifyThat(RespiteConstraintProvider::urgentRequestUnmet).givenSolution(replan(true, urgent, normal)).penalizesBy(3);
    }

    @Test
    void urgentRequestUnmetNotWithoutTheSettingNorWhenPlaced() {
        var urgentOff = unmet("S1", adult("C1"), 3).withPriority(Priority.URGENT);
        verifier.verifyThat(RespiteConstraintProvider::urgentRequestUnmet).givenSolution(replan(false, urgentOff)).hasNoImpact();
        var placed = stay("S2", adult("C2"), world.singleBed(), JAN_1, 3).withPriority(Priority.URGENT);
        verifier.verifyThat(RespiteConstraintProvider::urgentRequestUnmet).givenSolution(replan(true, placed)).hasNoImpact();
    }

    // ---- entitlement: per client and calendar month ----

    private static Client entitled(String id, int nightsPerMonth) {
        return adult(id).withMonthlyEntitlement(nightsPerMonth);
    }

    @Test
    void entitlementShortfallIsSquaredPerClientAndMonth() {
        var a = entitled("C1", 3);
        var b = entitled("C2", 2);
        // C1 asked for 4 nights in January, entitled to 3, got 2: 1 short → 1. C2 asked for 2 in February, got none: 2 short → 4.
        verifier.verifyThat(RespiteConstraintProvider::entitlementShortfall)
                .given(stay("S1", a, world.singleBed(), JAN_1.plusDays(7), 2), unmet("S2", a, 2).withWindow(JAN_1, JAN_1),
                        new Stay("S3", b, LocalDate.of(2027, 2, 5), 2))
                .penalizesBy(5);
    }

    @Test
    void entitlementShortfallNotWhenServedUpToTheTargetOrWithoutADecision() {
        var a = entitled("C1", 2);
        var b = entitled("C2", 2);
        verifier.verifyThat(RespiteConstraintProvider::entitlementShortfall)
                .given(stay("S1", a, world.singleBed(), JAN_1, 3),
                        stay("S2", b, world.otherBed(), JAN_1, 2), new Stay("S3", b, JAN_1.plusDays(10), 2),
                        unmet("S4", adult("C3"), 3))
                .hasNoImpact();
    }

    /** Requested nights count by the requested arrival, served nights by the planned one, each in its own month. */
    @Test
    void entitlementShortfallCountsEachMonthOfAStayOverTheTurnOfAMonth() {
        var a = entitled("C1", 3);
        LocalDate jan30 = LocalDate.of(2027, 1, 30);
        // Asked for Jan 30, 31 and Feb 1; placed Feb 1-3: January 2 short (→ 4), February over its target of 1.
        var late = new Stay("S1", a, jan30, 3).withWindow(jan30, jan30.plusDays(2)).assign(world.singleBed(), jan30.plusDays(2));
        verifier.verifyThat(RespiteConstraintProvider::entitlementShortfall).given(late).penalizesBy(4);
    }

    @Test
    void entitlementShortfallNotWhenAStayOverTheTurnOfAMonthIsPlacedAsAsked() {
        var a = entitled("C1", 3);
        LocalDate jan30 = LocalDate.of(2027, 1, 30);
        verifier.verifyThat(RespiteConstraintProvider::entitlementShortfall).given(stay("S1", a, world.singleBed(), jan30, 3)).hasNoImpact();
    }

    /** A family short in the year before the horizon (its ledger) weighs more: (earlier + s)² − earlier². */
    @Test
    void entitlementShortfallWeighsMoreForAFamilyShortInEarlierMonths() {
        var a = entitled("C1", 3);
        var plan = new RespitePlan("with a ledger", Fixtures.HORIZON, List.of(world.unit, world.other), List.of(a),
                List.of(unmet("S1", a, 2).withWindow(JAN_1, JAN_1)));
        plan.getLedger().addAll(List.of(new LedgerEntry("C1", YearMonth.of(2026, 12), 3, 1, 3),
                new LedgerEntry("C1", YearMonth.of(2025, 11), 3, 0, 3)));
        // 2 short last December (November 2025 is over a year back): (2 + 2)² − 2² = 12 instead of 4.
        verifier.verifyThat(RespiteConstraintProvider::entitlementShortfall).givenSolution(plan.link()).penalizesBy(12);
    }

    // ---- demand ----

    @Test
    void unmetDemandIsSquaredPerClient() {
        var c1 = adult("C1");
        var c2 = adult("C2");
        // C1: 2 nights + 3 nights urgent (×4) = 14 → 196; C2: 2 nights → 4
        verifier.verifyThat(RespiteConstraintProvider::unmetDemand)
                .given(unmet("S1", c1, 2), unmet("S2", c1, 3).withPriority(Priority.URGENT), unmet("S3", c2, 2))
                .penalizesBy(200);
    }

    @Test
    void unmetDemandNotForServedStays() {
        verifier.verifyThat(RespiteConstraintProvider::unmetDemand)
                .given(stay("S1", adult("C1"), world.singleBed(), JAN_1, 2)).hasNoImpact();
    }

    // ---- soft ----

    @Test
    void productionCostByWeekday() {
        // 2027-01-01 is a Friday: Fri 100 + Sat 120 + Sun 200
        world.unit.withWeekdayCost(DayOfWeek.SATURDAY, 120).withWeekdayCost(DayOfWeek.SUNDAY, 200);
        world.linked();
        verifier.verifyThat(RespiteConstraintProvider::productionCost)
                .given(stay("S1", adult("C1"), world.singleBed(), JAN_1, 3)).penalizesBy(420);
    }

    @Test
    void productionCostNotForUnmetStays() {
        verifier.verifyThat(RespiteConstraintProvider::productionCost).given(unmet("S1", adult("C1"), 3)).hasNoImpact();
    }

    @Test
    void arrivalMoved() {
        var moved = new Stay("S1", adult("C1"), JAN_1.plusDays(3), 2).withWindow(JAN_1, JAN_1.plusDays(5))
                .assign(world.singleBed(), JAN_1.plusDays(1));
        verifier.verifyThat(RespiteConstraintProvider::arrivalMoved).given(moved).penalizesBy(2);
    }

    @Test
    void arrivalMovedNotOnTheRequestedDate() {
        verifier.verifyThat(RespiteConstraintProvider::arrivalMoved)
                .given(stay("S1", adult("C1"), world.singleBed(), JAN_1, 2)).hasNoImpact();
    }

    @Test
    void unitPreferenceRank() {
        var ranksOtherFirst = adult("C1").withPreferredUnits(List.of(world.other, world.unit));
        var ranksOnlyOther = adult("C2").withPreferredUnits(List.of(world.other));
        verifier.verifyThat(RespiteConstraintProvider::unitPreferenceRank)
                .given(stay("S1", ranksOtherFirst, world.singleBed(), JAN_1, 2), stay("S2", ranksOnlyOther, world.sharedBed1(), JAN_1, 2))
                .penalizesBy(2);
    }

    @Test
    void unitPreferenceRankNotForFirstChoiceOrNoRanking() {
        var ranksUnitFirst = adult("C1").withPreferredUnits(List.of(world.unit, world.other));
        verifier.verifyThat(RespiteConstraintProvider::unitPreferenceRank)
                .given(stay("S1", ranksUnitFirst, world.singleBed(), JAN_1, 2), stay("S2", adult("C2"), world.otherBed(), JAN_1, 2))
                .hasNoImpact();
    }

    @Test
    void refusedUnit() {
        var client = adult("C1").withRefusedUnits(Set.of(world.unit));
        verifier.verifyThat(RespiteConstraintProvider::refusedUnit)
                .given(stay("S1", client, world.singleBed(), JAN_1, 3)).penalizesBy(3);
    }

    @Test
    void refusedUnitNotElsewhere() {
        var client = adult("C1").withRefusedUnits(Set.of(world.unit));
        verifier.verifyThat(RespiteConstraintProvider::refusedUnit)
                .given(stay("S1", client, world.otherBed(), JAN_1, 3)).hasNoImpact();
    }

    @Test
    void preferredFeatureMissing() {
        var client = adult("C1").withPreferredFeatures(set(Features.SINGLE_ROOM, Features.SENSORY_ROOM));
        verifier.verifyThat(RespiteConstraintProvider::preferredFeatureMissing)
                .given(stay("S1", client, world.sharedBed1(), JAN_1, 3)).penalizesBy(2);
    }

    @Test
    void preferredFeatureMissingNotWhenPresent() {
        var client = adult("C1").withPreferredFeatures(set(Features.SINGLE_ROOM));
        verifier.verifyThat(RespiteConstraintProvider::preferredFeatureMissing)
                .given(stay("S1", client, world.singleBed(), JAN_1, 3)).hasNoImpact();
    }

    @Test
    void notUsualUnit() {
        var client = adult("C1").withUsualUnit(world.unit);
        verifier.verifyThat(RespiteConstraintProvider::notUsualUnit)
                .given(stay("S1", client, world.otherBed(), JAN_1, 3), stay("S2", client, world.otherBed(), JAN_1.plusDays(7), 3))
                .penalizesBy(2);
    }

    @Test
    void notUsualUnitNotInTheUsualUnit() {
        var client = adult("C1").withUsualUnit(world.unit);
        verifier.verifyThat(RespiteConstraintProvider::notUsualUnit)
                .given(stay("S1", client, world.sharedBed2(), JAN_1, 3), stay("S2", adult("C2"), world.otherBed(), JAN_1, 3))
                .hasNoImpact();
    }

    @Test
    void travelDistance() {
        // Helsinki to Espoo centre, about 16 km
        var client = adult("C1").withHome(new GeoPoint(60.2055, 24.6559));
        verifier.verifyThat(RespiteConstraintProvider::travelDistance)
                .given(stay("S1", client, world.singleBed(), JAN_1, 3)).penalizesBy(16);
    }

    @Test
    void travelDistanceNotFromNextDoor() {
        verifier.verifyThat(RespiteConstraintProvider::travelDistance)
                .given(stay("S1", adult("C1"), world.singleBed(), JAN_1, 3)).hasNoImpact();
    }

    @Test
    void placementCost() {
        var stay = stay("S1", adult("C1"), world.sharedBed1(), JAN_1, 3).withPlacementCosts(Map.of("U1", 10, "U1-R1", 20, "U2", 99));
        verifier.verifyThat(RespiteConstraintProvider::placementCost).given(stay).penalizesBy(90);
    }

    @Test
    void placementCostNotForOtherRoomsOrWithoutCosts() {
        var elsewhere = stay("S1", adult("C1"), world.singleBed(), JAN_1, 3).withPlacementCosts(Map.of("U1-R1", 20, "U2", 99));
        verifier.verifyThat(RespiteConstraintProvider::placementCost)
                .given(elsewhere, stay("S2", adult("C2"), world.otherBed(), JAN_1, 3)).hasNoImpact();
    }

    @Test
    void siblingsApart() {
        var sister = adult("C1").withFamilyId("F1");
        var brother = adult("C2", Gender.MALE).withFamilyId("F1");
        var a = new Stay("S1", sister, JAN_1, 3).withWindow(JAN_1, JAN_1.plusDays(2)).assign(world.singleBed(), JAN_1);
        var b = new Stay("S2", brother, JAN_1, 3).withWindow(JAN_1, JAN_1.plusDays(2)).assign(world.otherBed(), JAN_1.plusDays(1));
        verifier.verifyThat(RespiteConstraintProvider::siblingsApart).given(a, b).penalizesBy(2);
    }

    @Test
    void siblingsApartNotWhenAwayTogetherOrRequestedApart() {
        var sister = adult("C1").withFamilyId("F1");
        var brother = adult("C2", Gender.MALE).withFamilyId("F1");
        var together = List.of(stay("S1", sister, world.singleBed(), JAN_1, 3), stay("S2", brother, world.otherBed(), JAN_1, 3));
        var separateRequest = stay("S3", brother, world.otherBed(), JAN_1.plusDays(10), 2);
        verifier.verifyThat(RespiteConstraintProvider::siblingsApart)
                .given(together.get(0), together.get(1), separateRequest).hasNoImpact();
    }

    // ---- forced moves: the nearest equivalent first ----

    private static final ChangeReason CLOSED = ChangeReason.ruleBroken("Bed or unit closed");

    @Test
    void forcedMoveToOtherUnit() {
        var published = new Published(world.singleBed(), JAN_1);
        var moved = stay("S1", adult("C1"), world.otherBed(), JAN_1, 2).withPublished(published).withForced(CLOSED);
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherUnit).given(moved).penalizesBy(1);
    }

    @Test
    void forcedMoveToOtherUnitNotWithinTheUnitOrForPromises() {
        var sameUnit = stay("S1", adult("C1"), world.sharedBed1(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1))
                .withForced(CLOSED);
        var promise = stay("S2", adult("C2"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1));
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherUnit).given(sameUnit, promise).hasNoImpact();
    }

    @Test
    void forcedMoveToOtherBed() {
        var sameUnit = stay("S1", adult("C1"), world.sharedBed1(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1))
                .withForced(CLOSED);
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherBed).given(sameUnit).penalizesBy(1);
    }

    @Test
    void forcedMoveToOtherBedNotForSameBedOrOtherUnit() {
        var same = stay("S1", adult("C1"), world.singleBed(), JAN_1.plusDays(2), 2).withPublished(new Published(world.singleBed(), JAN_1))
                .withForced(CLOSED);
        var otherUnit = stay("S2", adult("C2"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.sharedBed1(), JAN_1))
                .withForced(CLOSED);
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherBed).given(same, otherUnit).hasNoImpact();
    }

    @Test
    void forcedMoveToOtherDates() {
        var moved = new Stay("S1", adult("C1"), JAN_1, 2).withWindow(JAN_1, JAN_1.plusDays(7))
                .withPublished(new Published(world.singleBed(), JAN_1.plusDays(1))).withForced(CLOSED)
                .assign(world.singleBed(), JAN_1.plusDays(4));
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherDates).given(moved).penalizesBy(3);
    }

    @Test
    void forcedMoveToOtherDatesNotWhenKeptOrTheFamilysOwnChange() {
        var kept = stay("S1", adult("C1"), world.otherBed(), JAN_1, 2).withPublished(new Published(world.singleBed(), JAN_1))
                .withForced(CLOSED);
        var ownChange = stay("S2", adult("C2"), world.singleBed(), JAN_1.plusDays(5), 2)
                .withPublished(new Published(world.singleBed(), JAN_1)).withForced(ChangeReason.ownChange(0));
        verifier.verifyThat(RespiteConstraintProvider::forcedMoveToOtherDates).given(kept, ownChange).hasNoImpact();
    }
}
