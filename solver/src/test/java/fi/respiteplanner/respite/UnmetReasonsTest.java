package fi.respiteplanner.respite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.respite.UnmetReasons.Reason;
import fi.respiteplanner.respite.UnmetReasons.Unmet;

class UnmetReasonsTest {

    private static final GeoPoint HELSINKI = new GeoPoint(60.1699, 24.9384);
    private static final LocalDate JAN_10 = LocalDate.of(2027, 1, 10);

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
        RespitePlan plan = new RespitePlan("test", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), List.of(adults),
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
}
