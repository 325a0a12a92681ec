package fi.respiteplanner.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;

/** A stay's placement cost per night, which it remembers per room once asked. */
class StayTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    private final Unit first = new Unit("U1", Producer.OWN, 0, 99, 100)
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withBed(new Bed("U1-R1-B1")))
            .withRoom(new Room("U1-R2", GenderPolicy.ANY).withBed(new Bed("U1-R2-B1")));
    private final Unit second = new Unit("U2", Producer.PURCHASED, 0, 99, 200)
            .withRoom(new Room("U2-R1", GenderPolicy.ANY).withBed(new Bed("U2-R1-B1")));
    private final Client client = new Client("C1", LocalDate.of(1990, 1, 1), Gender.FEMALE);
    private final Stay stay = new Stay("S1", client, JAN_1, 3).withPlacementCosts(Map.of("U1", 10, "U1-R2", 5, "U2-R1", 7));

    private Bed bed(Unit unit, int room) {
        return unit.getRooms().get(room).getBeds().get(0);
    }

    @Test
    void eachRoomKeepsItsOwnCostAsTheStayMovesBetweenThem() {
        new RespitePlan("costs", new DateRange(JAN_1, JAN_1.plusDays(30)), List.of(first, second), List.of(client), List.of(stay)).link();
        int[] expected = { 10, 15, 7, 10, 15, 7 };
        Bed[] beds = { bed(first, 0), bed(first, 1), bed(second, 0), bed(first, 0), bed(first, 1), bed(second, 0) };
        for (int i = 0; i < beds.length; i++) {
            stay.setBed(beds[i]);
            assertThat(stay.placementCostPerNight()).as(beds[i].getId()).isEqualTo(expected[i]);
        }
        stay.setBed(null);
        assertThat(stay.placementCostPerNight()).as("unmet").isZero();
    }

    @Test
    void roomsOfAPlanNotYetLinkedAreCostedEachTime() {
        first.link(new DateRange(JAN_1, JAN_1.plusDays(30)));
        second.link(new DateRange(JAN_1, JAN_1.plusDays(30)));
        stay.setBed(bed(first, 1));
        assertThat(stay.placementCostPerNight()).isEqualTo(15);
        stay.setBed(bed(second, 0));
        assertThat(stay.placementCostPerNight()).isEqualTo(7);
    }
}
