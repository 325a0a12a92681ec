package fi.respiteplanner.respite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.UnmetReasons.Cause;
import fi.respiteplanner.respite.UnmetReasons.Reason;
import fi.respiteplanner.respite.UnmetReasons.Unmet;

/** Each cause on a small hand-built plan, with a near miss that the cause no longer stops. */
class UnmetReasonsTest {

    private static final GeoPoint HELSINKI = new GeoPoint(60.1699, 24.9384);
    private static final LocalDate JAN_10 = LocalDate.of(2027, 1, 10);
    private static final LocalDate FEB_12 = LocalDate.of(2027, 2, 12);
    private static final DateRange QUARTER = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));

    private final Unit adults = new Unit("U1", Producer.OWN, 18, 64, 100).withLocation(HELSINKI)
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withBed(new Bed("U1-R1-B1")));
    private final Client placed = adult("C1");
    private final Client full = adult("C2");
    private final Client free = adult("C3");
    private final Client child = new Client("C4", LocalDate.of(2017, 5, 5), Gender.MALE).withHome(HELSINKI);

    private static Client adult(String id) {
        return new Client(id, LocalDate.of(1990, 5, 5), Gender.FEMALE).withHome(HELSINKI);
    }

    @Test
    void eachUnplacedRequestGetsTheReasonThatHolds() {
        Stay occupying = new Stay("S1", placed, JAN_10, 3);
        Stay overlapsIt = new Stay("S2", full, JAN_10.plusDays(1), 2).withWindow(JAN_10.plusDays(1), JAN_10.plusDays(2));
        Stay afterIt = new Stay("S3", free, JAN_10.plusDays(5), 2);
        Stay noBedFits = new Stay("S4", child, JAN_10, 2);
        RespitePlan plan = new RespitePlan("test", QUARTER, List.of(adults),
                List.of(placed, full, free, child), List.of(occupying, overlapsIt, afterIt, noBedFits)).link();
        occupying.assign(adults.getRooms().get(0).getBeds().get(0), JAN_10);

        List<Unmet> unmet = UnmetReasons.of(plan);

        assertThat(unmet).extracting(Unmet::stayId, Unmet::reason, Unmet::suitableBeds).containsExactly(
                tuple("S4", Reason.NO_SUITABLE_BED, 0),
                tuple("S2", Reason.SUITABLE_BEDS_FULL, 1),
                tuple("S3", Reason.FREE_BED_BREAKS_RULES, 1));
        assertThat(unmet.get(2).freeBed()).isEqualTo("U1-R1-B1");
        assertThat(unmet.get(2).freeArrival()).isEqualTo(JAN_10.plusDays(5));
        assertThat(unmet.get(1).freeBed()).isNull();
    }

    // ---- one plan per cause: unit U3 "Kotikallio", the request S for 12.–14.2.2027 ----

    /** A small plan around one unplaced request; {@code others} are placed as given. */
    private static final class Case {
        final Unit unit = new Unit("U3", Producer.OWN, 18, 64, 100).withName("Kotikallio").withLocation(HELSINKI);
        final List<Client> clients = new ArrayList<>();
        final List<Stay> stays = new ArrayList<>();
        final List<Unit> units = new ArrayList<>(List.of(unit));
        final Client client = adult("C1");
        Stay request = new Stay("S", client, FEB_12, 3);
        PlanParameters parameters = PlanParameters.DEFAULTS;

        Case() {
            clients.add(client);
        }

        Case room(Room room) {
            unit.withRoom(room);
            return this;
        }

        Bed bed(String id) {
            return unit.getRooms().stream().flatMap(r -> r.getBeds().stream()).filter(b -> b.getId().equals(id)).findFirst().orElseThrow();
        }

        /** Another client's stay, placed in the bed from its arrival. */
        Case placed(String stayId, Client other, String bedId, LocalDate arrival, int nights) {
            if (!clients.contains(other)) {
                clients.add(other);
            }
            stays.add(new Stay(stayId, other, arrival, nights).assign(bed(bedId), arrival));
            return this;
        }

        RespitePlan plan() {
            List<Stay> all = new ArrayList<>(stays);
            all.add(request);
            return new RespitePlan("case", QUARTER, units, clients, all).withParameters(parameters).link();
        }

        Unmet unmet() {
            return UnmetReasons.of(plan()).stream().filter(u -> u.stayId().equals("S")).findFirst().orElseThrow();
        }

        String text(String language) {
            return UnmetReasons.of(plan(), Messages.of(language), Naming.WITH_CLIENT_NAMES).stream()
                    .filter(u -> u.stayId().equals("S")).findFirst().orElseThrow().text();
        }
    }

    private static Room room(String id, GenderPolicy policy, String... beds) {
        Room room = new Room(id, policy);
        for (String bed : beds) {
            room.withBed(new Bed(bed));
        }
        return room;
    }

    private static Case oneBed() {
        return new Case().room(room("U3-R1", GenderPolicy.ANY, "U3-B1"));
    }

    private static Case twoRooms() {
        return new Case().room(room("U3-R1", GenderPolicy.ANY, "U3-B1")).room(room("U3-R2", GenderPolicy.ANY, "U3-B2"));
    }

    private static void assertCause(Unmet unmet, Cause cause, String rule, String unit, LocalDate first, LocalDate last) {
        assertThat(unmet.cause()).isEqualTo(cause);
        assertThat(unmet.rule()).isEqualTo(rule);
        assertThat(unmet.unit()).isEqualTo(unit);
        assertThat(unmet.firstNight()).isEqualTo(first);
        assertThat(unmet.lastNight()).isEqualTo(last);
    }

    private static void assertFree(Case c) {
        Unmet unmet = c.unmet();
        assertThat(unmet.cause()).isEqualTo(Cause.PLACE_FREE);
        assertThat(unmet.reason()).isEqualTo(Reason.FREE_BED_BREAKS_RULES);
        assertThat(unmet.rule()).isNull();
    }

    private static Case skillFull(int capacity) {
        Case c = twoRooms();
        c.unit.withSkillCapacity(Skill.AUTISM, capacity);
        c.client.withNeeds(Set.of(Skill.AUTISM));
        return c.placed("S0", adult("C9").withNeeds(Set.of(Skill.AUTISM)), "U3-B2", FEB_12.plusDays(1), 3);
    }

    @Test
    void skillCapacityFullNamesTheSkillUnitAndNights() {
        Unmet unmet = skillFull(1).unmet();

        assertCause(unmet, Cause.SKILL_FULL, "Skill capacity exceeded", "U3", FEB_12.plusDays(1), FEB_12.plusDays(2));
        assertThat(unmet.detail()).isEqualTo("AUTISM");
        assertThat(unmet.reason()).isEqualTo(Reason.FREE_BED_BREAKS_RULES);
        assertThat(skillFull(1).text("fi")).isEqualTo("U3 Kotikallio: autismiosaamisen paikat täynnä 13.–14.2.2027");
        assertThat(skillFull(1).text("sv")).isEqualTo("U3 Kotikallio: platserna med autismkompetens fulla 13.–14.2.2027");
        assertThat(skillFull(1).text("en")).isEqualTo("U3 Kotikallio: places with autism-trained staff full 13.–14.2.2027");
        assertFree(skillFull(2));
    }

    private static Case occupied(LocalDate otherArrival) {
        return oneBed().placed("S0", adult("C9"), "U3-B1", otherArrival, 3);
    }

    @Test
    void occupiedBedsNameTheNights() {
        Unmet unmet = occupied(FEB_12.plusDays(1)).unmet();

        assertCause(unmet, Cause.BEDS_OCCUPIED, "Bed double-booked", "U3", FEB_12.plusDays(1), FEB_12.plusDays(2));
        assertThat(unmet.reason()).isEqualTo(Reason.SUITABLE_BEDS_FULL);
        assertThat(occupied(FEB_12.plusDays(1)).text("fi")).isEqualTo("U3 Kotikallio: sopivat vuoteet täynnä 13.–14.2.2027");
        assertThat(occupied(FEB_12.plusDays(1)).text("sv")).isEqualTo("U3 Kotikallio: lämpliga sängar fulla 13.–14.2.2027");
        assertFree(occupied(FEB_12.plusDays(3)));
    }

    @Test
    void theLeastBlockedArrivalOfTheWindowIsNamed() {
        Case c = occupied(FEB_12);
        c.request.withWindow(FEB_12, FEB_12.plusDays(2));

        assertCause(c.unmet(), Cause.BEDS_OCCUPIED, "Bed double-booked", "U3", FEB_12.plusDays(2), FEB_12.plusDays(2));
    }

    private static Case unitClosed(LocalDate night) {
        Case c = oneBed();
        c.unit.withClosedNights(new DateRange(night, night));
        return c;
    }

    @Test
    void aClosedUnitNamesItsClosedNights() {
        assertCause(unitClosed(FEB_12.plusDays(2)).unmet(), Cause.UNIT_CLOSED, "Bed or unit closed", "U3", FEB_12.plusDays(2),
                FEB_12.plusDays(2));
        assertThat(unitClosed(FEB_12.plusDays(2)).text("fi")).isEqualTo("U3 Kotikallio: suljettu 14.2.2027");
        assertFree(unitClosed(FEB_12.plusDays(3)));
    }

    private static Case bedClosed(LocalDate night) {
        Case c = new Case().room(new Room("U3-R1", GenderPolicy.ANY).withBed(new Bed("U3-B1").withClosedNights(new DateRange(night, night))));
        return c;
    }

    @Test
    void aClosedBedNamesTheBed() {
        Unmet unmet = bedClosed(FEB_12).unmet();

        assertCause(unmet, Cause.BED_CLOSED, "Bed or unit closed", "U3", FEB_12, FEB_12);
        assertThat(unmet.bed()).isEqualTo("U3-B1");
        assertThat(bedClosed(FEB_12).text("sv")).isEqualTo("U3 Kotikallio: säng U3-B1 stängd 12.2.2027");
        assertFree(bedClosed(FEB_12.minusDays(1)));
    }

    private static Case awakeMissing(LocalDate night) {
        Case c = oneBed();
        c.unit.withAwakeNightStaff(true).withSkillCapacity(Skill.AWAKE_NIGHT, 2)
                .withStaffingChange(new StaffingChange(new DateRange(night, night), null, null, false));
        c.client.withNeeds(Set.of(Skill.AWAKE_NIGHT));
        return c;
    }

    @Test
    void nightsWithoutAwakeStaffAreNamed() {
        assertCause(awakeMissing(FEB_12.plusDays(1)).unmet(), Cause.NO_AWAKE_NIGHT_STAFF, "Awake night staff missing", "U3",
                FEB_12.plusDays(1), FEB_12.plusDays(1));
        assertThat(awakeMissing(FEB_12.plusDays(1)).text("fi")).isEqualTo("U3 Kotikallio: ei valveilla olevaa yöhoitajaa 13.2.2027");
        assertFree(awakeMissing(FEB_12.plusDays(3)));
    }

    private static Case genderRoom(Gender gender) {
        Case c = new Case().room(room("U3-R1", GenderPolicy.MALE_ONLY, "U3-B1"));
        Client client = new Client("C1", LocalDate.of(1990, 5, 5), gender).withHome(HELSINKI);
        c.clients.set(0, client);
        c.request = new Stay("S", client, FEB_12, 3);
        return c;
    }

    @Test
    void aRoomForTheOtherGenderIsNamed() {
        assertCause(genderRoom(Gender.FEMALE).unmet(), Cause.ROOM_GENDER, "Room gender policy", "U3", null, null);
        assertThat(genderRoom(Gender.FEMALE).text("fi")).isEqualTo("U3 Kotikallio: huoneet vain miehille ja pojille");
        assertFree(genderRoom(Gender.MALE));
    }

    private static Case feature(boolean unitHasIt) {
        Case c = oneBed();
        c.client.withRequiredFeatures(Set.of(Features.CEILING_HOIST));
        if (unitHasIt) {
            c.unit.withFeatures(Set.of(Features.CEILING_HOIST));
        }
        return c;
    }

    @Test
    void aMissingRequiredFeatureIsNamed() {
        assertCause(feature(false).unmet(), Cause.FEATURE_MISSING, "Required feature missing", "U3", null, null);
        assertThat(feature(false).text("sv")).isEqualTo("U3 Kotikallio: inget rum med taklyft");
        assertFree(feature(true));
    }

    private static Case aged(LocalDate birthDate) {
        Case c = oneBed();
        Client client = new Client("C1", birthDate, Gender.FEMALE).withHome(HELSINKI);
        c.clients.set(0, client);
        c.request = new Stay("S", client, FEB_12, 3);
        return c;
    }

    @Test
    void theAgeLimitIsNamed() {
        Unmet unmet = aged(LocalDate.of(2012, 1, 1)).unmet();

        assertCause(unmet, Cause.AGE_OUTSIDE_RANGE, "Age outside unit range", "U3", null, null);
        assertThat(unmet.reason()).isEqualTo(Reason.NO_SUITABLE_BED);
        assertThat(aged(LocalDate.of(2012, 1, 1)).text("fi")).isEqualTo("U3 Kotikallio: ikäraja ei salli 15-vuotiasta");
        assertFree(aged(LocalDate.of(2009, 1, 1)));
    }

    private static Case skillStaffed(int capacity) {
        Case c = oneBed();
        c.unit.withSkillCapacity(Skill.EPILEPSY, capacity);
        c.client.withNeeds(Set.of(Skill.EPILEPSY));
        return c;
    }

    @Test
    void aSkillTheUnitNeverStaffsIsNamed() {
        assertCause(skillStaffed(0).unmet(), Cause.SKILL_NOT_STAFFED, "Skill capacity exceeded", "U3", null, null);
        assertThat(skillStaffed(0).text("fi")).isEqualTo("U3 Kotikallio: epilepsiaosaamisen paikat puuttuvat kokonaan");
        assertFree(skillStaffed(1));
    }

    private static Case incompatible(boolean mustNotMeet) {
        Case c = twoRooms();
        Client other = adult("C9").withName("Pekka Peloton");
        if (mustNotMeet) {
            c.client.getIncompatibleWith().add(other);
        }
        return c.placed("S0", other, "U3-B2", FEB_12, 3);
    }

    @Test
    void anIncompatibleClientInTheUnitIsNamedOnlyToReadersWhoSeeNames() {
        assertCause(incompatible(true).unmet(), Cause.INCOMPATIBLE_CLIENT, "Incompatible clients together", "U3", FEB_12,
                FEB_12.plusDays(2));
        assertThat(incompatible(true).text("fi"))
                .isEqualTo("U3 Kotikallio: paikalla asiakas Pekka Peloton (C9), jota asiakas ei saa tavata, 12.–14.2.2027");
        assertThat(UnmetReasons.of(incompatible(true).plan(), Messages.of("sv"), Naming.CODES_ONLY).get(0).text())
                .isEqualTo("U3 Kotikallio: klient C9, som klienten inte får träffa, är där 12.–14.2.2027");
        assertFree(incompatible(false));
    }

    private static Case sameGenderRoom(Gender otherGender) {
        Case c = new Case().room(room("U3-R1", GenderPolicy.SAME_GENDER, "U3-B1", "U3-B2"));
        return c.placed("S0", new Client("C9", LocalDate.of(1990, 5, 5), otherGender), "U3-B2", FEB_12.plusDays(2), 2);
    }

    @Test
    void anotherGenderInASameGenderRoomIsNamed() {
        assertCause(sameGenderRoom(Gender.MALE).unmet(), Cause.OTHER_GENDER_IN_ROOM, "Mixed genders in same-gender room", "U3",
                FEB_12.plusDays(2), FEB_12.plusDays(2));
        assertFree(sameGenderRoom(Gender.FEMALE));
    }

    private static Case elsewhere(LocalDate otherArrival) {
        Case c = twoRooms();
        return c.placed("S0", c.client, "U3-B2", otherArrival, 2);
    }

    @Test
    void theClientsOwnOtherStayIsNamed() {
        Unmet unmet = elsewhere(FEB_12.minusDays(1)).unmet();

        assertCause(unmet, Cause.CLIENT_ELSEWHERE, "Client in two places", "U3", FEB_12, FEB_12);
        assertThat(unmet.detail()).isEqualTo("S0");
        assertThat(elsewhere(FEB_12.minusDays(1)).text("en")).isEqualTo("U3 Kotikallio: the client already has stay S0 on 12.2.2027");
        assertFree(elsewhere(FEB_12.minusDays(2)));
    }

    private static Case atEndOfQuarter(LocalDate arrival) {
        Case c = oneBed();
        c.request = new Stay("S", c.client, arrival, 3);
        return c;
    }

    @Test
    void nightsOutsideThePlansPeriodAreNamed() {
        Unmet unmet = atEndOfQuarter(LocalDate.of(2027, 3, 30)).unmet();

        assertCause(unmet, Cause.OUTSIDE_HORIZON, null, null, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1));
        assertThat(atEndOfQuarter(LocalDate.of(2027, 3, 30)).text("fi")).isEqualTo("Yöt 1.4.2027 ovat suunnitelman jakson ulkopuolella");
        assertFree(atEndOfQuarter(LocalDate.of(2027, 3, 29)));
    }

    private static Case travel(int maxKm) {
        Case c = oneBed();
        c.unit.withLocation(new GeoPoint(61.4978, 23.7610));
        c.parameters = new PlanParameters(null, maxKm, null, null);
        return c;
    }

    @Test
    void aUnitBeyondTheTravelLimitIsNamed() {
        Unmet unmet = travel(100).unmet();

        assertCause(unmet, Cause.TOO_FAR, null, "U3", null, null);
        assertThat(travel(100).text("fi")).isEqualTo("U3 Kotikallio: liian kaukana kotoa (" + unmet.detail() + " km)");
        assertFree(travel(200));
    }

    @Test
    void theMostSpecificCauseOverAllUnitsIsNamed() {
        Case c = skillFull(1);
        c.units.add(0, new Unit("U1", Producer.OWN, 0, 17, 100).withRoom(room("U1-R1", GenderPolicy.ANY, "U1-B1")));

        assertCause(c.unmet(), Cause.SKILL_FULL, "Skill capacity exceeded", "U3", FEB_12.plusDays(1), FEB_12.plusDays(2));
    }
}
