package fi.respiteplanner.holiday.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayWeek;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.respite.Priority;

/** Each holiday constraint fires with its exact penalty, and a near-miss control does not fire. */
class HolidayConstraintProviderTest {

    private static final List<LocalDate> AUTUMN_DAYS = List.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13),
            LocalDate.of(2026, 10, 14));
    private static final HolidayWeek AUTUMN = new HolidayWeek("W42", "Autumn break", 1, AUTUMN_DAYS);
    private static final HolidayWeek NEXT = new HolidayWeek("W43", "Next week", 2, List.of(LocalDate.of(2026, 10, 19)));
    private static final GeoPoint PLACE = new GeoPoint(60.17, 24.94);

    private final ConstraintVerifier<HolidayConstraintProvider, HolidayPlan> verifier =
            ConstraintVerifier.build(new HolidayConstraintProvider(), HolidayPlan.class, Placement.class);

    private static ActivityGroup group(String id, String team, HolidayWeek week, int capacity) {
        return new ActivityGroup(id, team, week, capacity, 1, 6).withLocation(PLACE).withAccessible(true);
    }

    private static Child child(String id) {
        return new Child(id, 3).withHome(PLACE);
    }

    private static Placement placed(String id, Child child, ActivityGroup group, int days) {
        return new Placement(id, child, group.getWeek(), group.getWeek().getDays().subList(0, days)).assign(group);
    }

    @Test
    void groupCapacityExceeded() {
        var group = group("G1", "A", AUTUMN, 1);
        verifier.verifyThat(HolidayConstraintProvider::groupCapacityExceeded)
                .given(placed("P1", child("C1"), group, 3), placed("P2", child("C2"), group, 2)).penalizesBy(2);
    }

    @Test
    void groupCapacityExceededNotWithinCapacity() {
        var group = group("G1", "A", AUTUMN, 2);
        verifier.verifyThat(HolidayConstraintProvider::groupCapacityExceeded)
                .given(placed("P1", child("C1"), group, 3), placed("P2", child("C2"), group, 2),
                        new Placement("P3", child("C3"), AUTUMN, AUTUMN_DAYS))
                .hasNoImpact();
    }

    @Test
    void gradeOutsideGroupRange() {
        verifier.verifyThat(HolidayConstraintProvider::gradeOutsideGroupRange)
                .given(placed("P1", new Child("C1", 8), group("G1", "A", AUTUMN, 5), 3)).penalizesBy(3);
    }

    @Test
    void gradeOutsideGroupRangeNotAtTheEdge() {
        verifier.verifyThat(HolidayConstraintProvider::gradeOutsideGroupRange)
                .given(placed("P1", new Child("C1", 6), group("G1", "A", AUTUMN, 5), 3)).hasNoImpact();
    }

    @Test
    void holidaySkillCapacityExceeded() {
        var group = group("G1", "A", AUTUMN, 9).withSkillCapacity(Skill.AUTISM, 1);
        var autistic = Set.of(Skill.AUTISM);
        verifier.verifyThat(HolidayConstraintProvider::holidaySkillCapacityExceeded)
                .given(placed("P1", child("C1").withNeeds(autistic), group, 3), placed("P2", child("C2").withNeeds(autistic), group, 2),
                        placed("P3", child("C3").withNeeds(autistic), group, 1))
                .penalizesBy(3);
    }

    @Test
    void holidaySkillCapacityExceededNotWithinCapacity() {
        var group = group("G1", "A", AUTUMN, 9).withSkillCapacity(Skill.AUTISM, 2);
        verifier.verifyThat(HolidayConstraintProvider::holidaySkillCapacityExceeded)
                .given(placed("P1", child("C1").withNeeds(Set.of(Skill.AUTISM)), group, 3),
                        placed("P2", child("C2").withNeeds(Set.of(Skill.AUTISM)), group, 2), placed("P3", child("C3"), group, 3))
                .hasNoImpact();
    }

    @Test
    void groupNotAccessible() {
        var group = group("G1", "A", AUTUMN, 9).withAccessible(false);
        verifier.verifyThat(HolidayConstraintProvider::groupNotAccessible)
                .given(placed("P1", child("C1").withWheelchair(true), group, 2)).penalizesBy(2);
    }

    @Test
    void groupNotAccessibleNotForWalkingChildren() {
        var group = group("G1", "A", AUTUMN, 9).withAccessible(false);
        verifier.verifyThat(HolidayConstraintProvider::groupNotAccessible).given(placed("P1", child("C1"), group, 2)).hasNoImpact();
    }

    @Test
    void languageMismatch() {
        var swedish = group("G1", "A", AUTUMN, 9).withLanguage("sv");
        verifier.verifyThat(HolidayConstraintProvider::languageMismatch).given(placed("P1", child("C1"), swedish, 3)).penalizesBy(3);
    }

    @Test
    void languageMismatchNotInOnesOwnLanguage() {
        var swedish = group("G1", "A", AUTUMN, 9).withLanguage("sv");
        verifier.verifyThat(HolidayConstraintProvider::languageMismatch)
                .given(placed("P1", child("C1").withLanguage("sv"), swedish, 3)).hasNoImpact();
    }

    @Test
    void unmetHolidayDemandIsSquaredPerChild() {
        var c1 = child("C1");
        // C1: 3 days + 1 day urgent (×4) = 7 → 49; C2: 2 days → 4
        verifier.verifyThat(HolidayConstraintProvider::unmetHolidayDemand)
                .given(new Placement("P1", c1, AUTUMN, AUTUMN_DAYS), new Placement("P2", c1, NEXT, NEXT.getDays()).withPriority(Priority.URGENT),
                        new Placement("P3", child("C2"), AUTUMN, AUTUMN_DAYS.subList(0, 2)))
                .penalizesBy(53);
    }

    @Test
    void unmetHolidayDemandNotForPlacedChildren() {
        verifier.verifyThat(HolidayConstraintProvider::unmetHolidayDemand)
                .given(placed("P1", child("C1"), group("G1", "A", AUTUMN, 9), 3)).hasNoImpact();
    }

    @Test
    void weekToWeekContinuityCountsDoubleForAutisticChildren() {
        var autistic = child("C1").withNeeds(Set.of(Skill.AUTISM));
        var other = child("C2");
        verifier.verifyThat(HolidayConstraintProvider::weekToWeekContinuity)
                .given(placed("P1", autistic, group("G1", "A", AUTUMN, 9), 3), placed("P2", autistic, group("G2", "B", NEXT, 9), 1),
                        placed("P3", other, group("G3", "A", AUTUMN, 9), 3), placed("P4", other, group("G4", "B", NEXT, 9), 1))
                .penalizesBy(3);
    }

    @Test
    void weekToWeekContinuityNotWithinTheSameTeam() {
        var c1 = child("C1");
        verifier.verifyThat(HolidayConstraintProvider::weekToWeekContinuity)
                .given(placed("P1", c1, group("G1", "A", AUTUMN, 9), 3), placed("P2", c1, group("G2", "A", NEXT, 9), 1))
                .hasNoImpact();
    }

    @Test
    void siblingsInDifferentGroups() {
        var g1 = group("G1", "A", AUTUMN, 9);
        var g2 = group("G2", "B", AUTUMN, 9);
        verifier.verifyThat(HolidayConstraintProvider::siblingsInDifferentGroups)
                .given(placed("P1", child("C1").withFamilyId("F"), g1, 3), placed("P2", child("C2").withFamilyId("F"), g2, 3))
                .penalizesBy(1);
    }

    @Test
    void siblingsInDifferentGroupsNotWhenTogether() {
        var g1 = group("G1", "A", AUTUMN, 9);
        verifier.verifyThat(HolidayConstraintProvider::siblingsInDifferentGroups)
                .given(placed("P1", child("C1").withFamilyId("F"), g1, 3), placed("P2", child("C2").withFamilyId("F"), g1, 3),
                        placed("P3", child("C3").withFamilyId("X"), group("G2", "B", AUTUMN, 9), 3))
                .hasNoImpact();
    }

    @Test
    void friendsInDifferentGroups() {
        var a = child("C1");
        var b = child("C2");
        a.befriend(b);
        verifier.verifyThat(HolidayConstraintProvider::friendsInDifferentGroups)
                .given(placed("P1", a, group("G1", "A", AUTUMN, 9), 3), placed("P2", b, group("G2", "B", AUTUMN, 9), 3)).penalizesBy(1);
    }

    @Test
    void friendsInDifferentGroupsNotInDifferentWeeks() {
        var a = child("C1");
        var b = child("C2");
        a.befriend(b);
        verifier.verifyThat(HolidayConstraintProvider::friendsInDifferentGroups)
                .given(placed("P1", a, group("G1", "A", AUTUMN, 9), 3), placed("P2", b, group("G2", "B", NEXT, 9), 1)).hasNoImpact();
    }

    @Test
    void holidayTravel() {
        // Helsinki centre to Espoo centre, about 16 km, on 2 days
        var far = child("C1").withHome(new GeoPoint(60.2055, 24.6559));
        verifier.verifyThat(HolidayConstraintProvider::holidayTravel)
                .given(placed("P1", far, group("G1", "A", AUTUMN, 9), 2)).penalizesBy(32);
    }

    @Test
    void holidayTravelNotFromNextDoor() {
        verifier.verifyThat(HolidayConstraintProvider::holidayTravel)
                .given(placed("P1", child("C1"), group("G1", "A", AUTUMN, 9), 2)).hasNoImpact();
    }

    @Test
    void notAPreferredProvider() {
        var picky = child("C1").withPreferredProviders(List.of("Other"));
        verifier.verifyThat(HolidayConstraintProvider::notAPreferredProvider)
                .given(placed("P1", picky, group("G1", "A", AUTUMN, 9), 2)).penalizesBy(1);
    }

    @Test
    void notAPreferredProviderNotForTheChosenOneOrNoChoice() {
        var picky = child("C1").withPreferredProviders(List.of("A"));
        verifier.verifyThat(HolidayConstraintProvider::notAPreferredProvider)
                .given(placed("P1", picky, group("G1", "A", AUTUMN, 9), 2), placed("P2", child("C2"), group("G2", "B", AUTUMN, 9), 2))
                .hasNoImpact();
    }

    @Test
    void holidayCost() {
        verifier.verifyThat(HolidayConstraintProvider::holidayCost)
                .given(placed("P1", child("C1"), group("G1", "A", AUTUMN, 9).withCostPerChildDay(85), 3)).penalizesBy(255);
    }

    @Test
    void holidayCostNotForUnplacedRequests() {
        verifier.verifyThat(HolidayConstraintProvider::holidayCost)
                .given(new Placement("P1", child("C1"), AUTUMN, AUTUMN_DAYS)).hasNoImpact();
    }
}
