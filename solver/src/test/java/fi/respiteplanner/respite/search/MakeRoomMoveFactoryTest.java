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
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/** The move places an unmet stay in its only bed and sends the stay in its way to a bed that is free then. */
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
}
