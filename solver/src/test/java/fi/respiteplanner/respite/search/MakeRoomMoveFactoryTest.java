package fi.respiteplanner.respite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * The move places an unmet stay in a bed and sends the stays in its way (in that bed, or beyond the staff for a skill
 * it needs) to a bed that is free then, within the staff, or leaves them unmet.
 */
class MakeRoomMoveFactoryTest {

    private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);

    private final Bed lift = new Bed("U1-R1-B1");
    private final Bed plain = new Bed("U1-R2-B1");
    private final Bed plainTaken = new Bed("U1-R2-B2");
    private final Unit unit = new Unit("U1", Producer.OWN, 18, 64, 100)
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withFeatures(Set.of("lift")).withBed(lift))
            .withRoom(new Room("U1-R2", GenderPolicy.ANY).withBed(plain).withBed(plainTaken));

    private MakeRoomMoveFactory factory(Stay... stays) {
        RespitePlan plan = new RespitePlan("test", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), List.of(unit),
                List.of(stays).stream().map(Stay::getClient).toList(), List.of(stays)).link();
        MakeRoomMoveFactory factory = new MakeRoomMoveFactory();
        factory.index = new StayIndex(plan);
        return factory;
    }

    private MakeRoomMoveFactory factory(List<Unit> units, Stay... stays) {
        RespitePlan plan = new RespitePlan("test", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), units,
                List.of(stays).stream().map(Stay::getClient).toList(), List.of(stays)).link();
        MakeRoomMoveFactory factory = new MakeRoomMoveFactory();
        factory.index = new StayIndex(plan);
        return factory;
    }

    private static fi.respiteplanner.respite.Client autistic(String id) {
        return new fi.respiteplanner.respite.Client(id, LocalDate.of(1990, 5, 5), Gender.FEMALE).withNeeds(Set.of(Skill.AUTISM));
    }

    private static Unit autismUnit(String id, int staff) {
        return new Unit(id, Producer.OWN, 18, 64, 100).withSkillCapacity(Skill.AUTISM, staff)
                .withRoom(new Room(id + "-R1", GenderPolicy.ANY).withBed(new Bed(id + "-R1-B1")).withBed(new Bed(id + "-R1-B2")));
    }

    private static fi.respiteplanner.respite.Client client(String id, Set<String> needs) {
        return new fi.respiteplanner.respite.Client(id, LocalDate.of(1990, 5, 5), Gender.FEMALE).withRequiredFeatures(needs);
    }

    @Test
    void placesTheUnmetStayAndMovesTheOneInItsWayToTheFreeBed() {
        Stay inTheWay = new Stay("S1", client("C1", Set.of()), JAN_4, 3).assign(lift, JAN_4);
        Stay blocker = new Stay("S2", client("C2", Set.of()), JAN_4.minusDays(1), 5).assign(plainTaken, JAN_4.minusDays(1));
        Stay unmet = new Stay("S3", client("C3", Set.of("lift")), JAN_4.plusDays(1), 2).assign(null, JAN_4.plusDays(1));
        MakeRoomMoveFactory factory = factory(inTheWay, blocker, unmet);

        StayAssignmentMove move = factory.nextMove(new Random(7));

        assertThat(move.toString()).startsWith("makeRoom");
        assertThat(move.assignments()).containsExactly(new Assignment(unmet, lift, unmet.getArrival()),
                new Assignment(inTheWay, plain, JAN_4));
    }

    @Test
    void leavesTheStayInTheWayUnmetWhenNoOtherBedIsFree() {
        Stay inTheWay = new Stay("S1", client("C1", Set.of()), JAN_4, 3).assign(lift, JAN_4);
        Stay blocker = new Stay("S2", client("C2", Set.of()), JAN_4.minusDays(1), 5).assign(plainTaken, JAN_4.minusDays(1));
        Stay alsoBlocking = new Stay("S4", client("C4", Set.of()), JAN_4.plusDays(2), 1).assign(plain, JAN_4.plusDays(2));
        Stay unmet = new Stay("S3", client("C3", Set.of("lift")), JAN_4.plusDays(1), 2).assign(null, JAN_4.plusDays(1));
        MakeRoomMoveFactory factory = factory(inTheWay, blocker, alsoBlocking, unmet);

        StayAssignmentMove move = factory.nextMove(new Random(7));

        assertThat(move.assignments()).containsExactly(new Assignment(unmet, lift, unmet.getArrival()),
                new Assignment(inTheWay, null, JAN_4));
    }

    @Test
    void movesTheStayBeyondTheAutismStaffToAUnitWithStaffFree() {
        Unit full = autismUnit("U1", 1);
        Unit free = autismUnit("U2", 1);
        Stay sharing = new Stay("S1", autistic("C1"), JAN_4, 3).assign(bedOf(full, 0), JAN_4);
        Stay unmet = new Stay("S2", autistic("C2"), JAN_4.plusDays(1), 2).assign(null, JAN_4.plusDays(1));
        MakeRoomMoveFactory factory = factory(List.of(full, free), sharing, unmet);

        StayAssignmentMove move = movePlacing(factory, unmet, full);

        assertThat(move.assignments()).hasSize(2);
        assertThat(move.assignments().get(1).stay()).isSameAs(sharing);
        assertThat(move.assignments().get(1).bed().getUnit()).isSameAs(free);
    }

    @Test
    void leavesTheStaysOfTheUnitAloneWhenItsStaffSuffice() {
        Unit roomy = autismUnit("U1", 2);
        Stay sharing = new Stay("S1", autistic("C1"), JAN_4, 3).assign(bedOf(roomy, 0), JAN_4);
        Stay unmet = new Stay("S2", autistic("C2"), JAN_4.plusDays(1), 2).assign(null, JAN_4.plusDays(1));
        MakeRoomMoveFactory factory = factory(List.of(roomy), sharing, unmet);

        StayAssignmentMove move = movePlacing(factory, unmet, roomy);

        assertThat(move.assignments()).containsExactly(new Assignment(unmet, bedOf(roomy, 1), unmet.getArrival()));
    }

    private static Bed bedOf(Unit unit, int index) {
        return unit.getRooms().get(0).getBeds().get(index);
    }

    /** The first move (over seeds) that puts the stay into a free bed of the unit. */
    private static StayAssignmentMove movePlacing(MakeRoomMoveFactory factory, Stay stay, Unit unit) {
        for (int seed = 0; seed < 100; seed++) {
            StayAssignmentMove move = factory.nextMove(new Random(seed));
            if (!move.assignments().isEmpty() && move.assignments().get(0).stay() == stay
                    && move.assignments().get(0).bed() == bedOf(unit, 1)) {
                return move;
            }
        }
        throw new AssertionError("no move placed " + stay + " in " + unit);
    }
}
