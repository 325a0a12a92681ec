package fi.respiteplanner.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.HolidayUnplaced.Cause;
import fi.respiteplanner.holiday.HolidayUnplaced.Unplaced;
import fi.respiteplanner.i18n.Messages;

/** Each rule that keeps a child out of every group, with the groups and days it names, and a near miss that names a free place. */
class HolidayUnplacedTest {

    private static final GeoPoint PLACE = new GeoPoint(60.17, 24.94);
    private static final LocalDate MON = LocalDate.of(2026, 10, 12);
    private static final HolidayWeek WEEK = new HolidayWeek("W42", "Autumn break", 1, List.of(MON, MON.plusDays(1), MON.plusDays(2)));

    private static ActivityGroup group(String id, int capacity) {
        return new ActivityGroup(id, "Kaupunki / " + id, WEEK, capacity, 1, 4).withLocation(PLACE).withAccessible(true)
                .withSkillCapacity(Skill.AUTISM, 1);
    }

    private static Child child(String id) {
        return new Child(id, 2).withHome(PLACE);
    }

    private static Placement request(String id, Child child) {
        return new Placement(id, child, WEEK, WEEK.getDays());
    }

    private static Unplaced only(List<ActivityGroup> groups, List<Placement> placed, Placement request) {
        return only(groups, placed, request, "fi");
    }

    private static Unplaced only(List<ActivityGroup> groups, List<Placement> placed, Placement request, String language) {
        List<Child> children = new ArrayList<>(placed.stream().map(Placement::getChild).toList());
        children.add(request.getChild());
        List<Placement> placements = new ArrayList<>(placed);
        placements.add(request);
        List<Unplaced> unplaced = HolidayUnplaced.of(new HolidayPlan("t", List.of(WEEK), groups, children, placements).link(),
                Messages.of(language));
        assertThat(unplaced).hasSize(1);
        return unplaced.get(0);
    }

    @Test
    void noGroupInTheChildsLanguage() {
        Unplaced reason = only(List.of(group("Kallio", 5)), List.of(), request("R1", child("H1").withLanguage("sv")));
        assertThat(reason.cause()).isEqualTo(Cause.NO_LANGUAGE);
        assertThat(reason.text()).isEqualTo("Tällä viikolla ei ole ryhmää, jonka kieli on ruotsi");
    }

    @Test
    void noGroupForTheGradeOrAccessible() {
        assertThat(only(List.of(group("Kallio", 5)), List.of(), request("R1", new Child("H1", 7))).text())
                .isEqualTo("Tällä viikolla yksikään ryhmä, jonka kieli on suomi, ei ota luokkaa 7");
        Unplaced access = only(List.of(group("Kallio", 5).withAccessible(false)), List.of(), request("R1", child("H1").withWheelchair(true)));
        assertThat(access.cause()).isEqualTo(Cause.NO_ACCESS);
    }

    @Test
    void everySuitableGroupFullNamesTheGroupsAndDays() {
        ActivityGroup kallio = group("Kallio", 1);
        Placement taken = new Placement("R0", child("H0"), WEEK, List.of(MON, MON.plusDays(1))).assign(kallio);
        Unplaced reason = only(List.of(kallio), List.of(taken), request("R1", child("H1")));
        assertThat(reason.cause()).isEqualTo(Cause.FULL);
        assertThat(reason.groups()).containsExactly(new HolidayUnplaced.GroupDays("Kallio", List.of(MON, MON.plusDays(1))));
        assertThat(reason.text()).isEqualTo("Kaikki sopivat ryhmät täynnä: Kaupunki / Kallio (luokat 1–4) 12.–13.10.2026");
    }

    @Test
    void theStaffForANeedFullyUsedNamesTheSkill() {
        ActivityGroup kallio = group("Kallio", 5);
        Placement taken = new Placement("R0", child("H0").withNeeds(Set.of(Skill.AUTISM)), WEEK, List.of(MON, MON.plusDays(2)))
                .assign(kallio);
        Unplaced reason = only(List.of(kallio), List.of(taken), request("R1", child("H1").withNeeds(Set.of(Skill.AUTISM))));
        assertThat(reason.cause()).isEqualTo(Cause.SKILL);
        assertThat(reason.skills()).containsExactly(Skill.AUTISM);
        assertThat(reason.text()).isEqualTo("Autismiosaamisen paikat täynnä: Kaupunki / Kallio (luokat 1–4) 12.10.2026, 14.10.2026");
        Unplaced sv = only(List.of(kallio), List.of(taken), request("R1", child("H1").withNeeds(Set.of(Skill.AUTISM))), "sv");
        assertThat(sv.text()).isEqualTo("Platserna med autismkompetens fulla: Kaupunki / Kallio (årskurs 1–4) 12.10.2026, 14.10.2026");
    }

    @Test
    void aGroupWithRoomOnEveryDayIsNamedAsFree() {
        ActivityGroup kallio = group("Kallio", 2);
        Placement taken = new Placement("R0", child("H0"), WEEK, WEEK.getDays()).assign(kallio);
        Unplaced reason = only(List.of(kallio), List.of(taken), request("R1", child("H1")));
        assertThat(reason.cause()).isEqualTo(Cause.FREE);
        assertThat(reason.text()).isEqualTo("Ryhmässä Kaupunki / Kallio (luokat 1–4) on vapaa paikka: pidempi laskenta voi sijoittaa lapsen");
    }
}
