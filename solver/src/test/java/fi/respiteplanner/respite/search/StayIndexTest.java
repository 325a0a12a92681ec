package fi.respiteplanner.respite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/** A bed's occupants are what the working plan says when a step starts, whatever moved since the index was built. */
class StayIndexTest {

    private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);

    private final Bed first = new Bed("U1-R1-B1");
    private final Bed second = new Bed("U1-R1-B2");
    private final Unit unit = new Unit("U1", Producer.OWN, 18, 64, 100)
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withBed(first).withBed(second));

    private final Stay moving = new Stay("S1", client("C1"), JAN_4, 3).assign(first, JAN_4);
    private final Stay staying = new Stay("S2", client("C2"), JAN_4.plusDays(5), 2).assign(first, JAN_4.plusDays(5));
    private final Stay unmet = new Stay("S3", client("C3"), JAN_4, 2).assign(null, JAN_4);

    private final StayIndex index = new StayIndex(new RespitePlan("test", new DateRange(LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 31)), List.of(unit), List.of(moving.getClient(), staying.getClient(), unmet.getClient()),
            List.of(moving, staying, unmet)).link());

    private static Client client(String id) {
        return new Client(id, LocalDate.of(1990, 5, 5), Gender.FEMALE);
    }

    @Test
    void occupantsAreTheStaysInTheBedWhenBuilt() {
        assertThat(index.occupants(first)).containsExactlyInAnyOrder(moving, staying);
        assertThat(index.occupants(second)).isEmpty();
    }

    @Test
    void aNewStepMovesTheStaysWhoseBedChanged() {
        moving.setBed(second);
        unmet.setBed(first);
        assertThat(index.occupants(first)).as("until the next step starts").containsExactlyInAnyOrder(moving, staying);
        index.stepStarted();
        assertThat(index.occupants(first)).containsExactlyInAnyOrder(staying, unmet);
        assertThat(index.occupants(second)).containsExactly(moving);
        staying.setBed(null);
        index.stepStarted();
        assertThat(index.occupants(first)).as("an unmet stay is in no bed").containsExactly(unmet);
    }
}
