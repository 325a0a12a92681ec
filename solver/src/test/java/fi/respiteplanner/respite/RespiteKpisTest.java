package fi.respiteplanner.respite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;

/** The entitlement and production-mode KPIs on a plan small enough to count by hand. */
class RespiteKpisTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    private final Unit own = new Unit("U1", Producer.OWN, 0, 99, 100)
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withBed(new Bed("U1-R1-B1")).withBed(new Bed("U1-R1-B2")));
    private final Unit purchased = new Unit("U2", Producer.PURCHASED, 0, 99, 200)
            .withRoom(new Room("U2-R1", GenderPolicy.ANY).withBed(new Bed("U2-R1-B1")));

    private RespitePlan plan() {
        Client adult = new Client("A", LocalDate.of(1990, 1, 1), Gender.FEMALE).withSegment("ADULT_X").withMonthlyEntitlement(2);
        Client child = new Client("B", LocalDate.of(2016, 6, 1), Gender.MALE).withSegment("CHILD_Y").withMonthlyEntitlement(3);
        Client noDecision = new Client("C", LocalDate.of(1980, 1, 1), Gender.MALE).withSegment("ADULT_X");
        Bed ownBed = own.getRooms().get(0).getBeds().get(0);
        Bed purchasedBed = purchased.getRooms().get(0).getBeds().get(0);
        List<Stay> stays = List.of(
                new Stay("S1", adult, JAN_1.plusDays(7), 2).assign(ownBed, JAN_1.plusDays(7)),
                new Stay("S2", adult, LocalDate.of(2027, 2, 5), 2),
                new Stay("S3", child, JAN_1.plusDays(14), 4).assign(purchasedBed, JAN_1.plusDays(14)),
                new Stay("S4", noDecision, JAN_1.plusDays(20), 2));
        return new RespitePlan("hand-counted", new DateRange(JAN_1, LocalDate.of(2027, 3, 31)), List.of(own, purchased),
                List.of(adult, child, noDecision), stays).link();
    }

    @Test
    void entitlementIsCountedPerClientAndMonth() {
        RespiteKpis.Entitlement entitlement = RespiteKpis.of(plan()).entitlement();
        // A: January 2 of 2, February 0 of 2. B: January 3 of 3 (asked for 4). C has no decision.
        assertThat(entitlement.families()).isEqualTo(2);
        assertThat(entitlement.familiesBelow()).isEqualTo(1);
        assertThat(entitlement.monthsBelow()).isEqualTo(1);
        assertThat(entitlement.nightsShort()).isEqualTo(2);
        assertThat(entitlement.targetNights()).isEqualTo(7);
        assertThat(entitlement.servedWithinTarget()).isEqualTo(5);
        assertThat(entitlement.servedShare()).isCloseTo(5.0 / 7, offset(1e-9));
        assertThat(entitlement.jainIndex()).as("shares 0.5 and 1").isCloseTo(0.9, offset(1e-9));
        assertThat(entitlement.bySegment()).containsExactly(Map.entry("ADULT_X", new RespiteKpis.Shortfall(1, 2)));
        assertThat(entitlement.byUnitKind()).containsExactly(Map.entry("adults", new RespiteKpis.Shortfall(1, 2)));
        assertThat(entitlement.worstServed()).singleElement()
                .isEqualTo(new RespiteKpis.FamilyShortfall("A", "ADULT_X", 4, 2, 2, 1, 0));
    }

    @Test
    void costIsSplitByProducerPerClientAndPerNight() {
        Map<Producer, RespiteKpis.ProducerCost> cost = RespiteKpis.of(plan()).costByProducer();
        assertThat(cost).containsOnlyKeys(Producer.OWN, Producer.PURCHASED);
        assertThat(cost.get(Producer.OWN)).isEqualTo(new RespiteKpis.ProducerCost(1, 2, 200, 200.0, 100.0));
        assertThat(cost.get(Producer.PURCHASED)).isEqualTo(new RespiteKpis.ProducerCost(1, 4, 800, 800.0, 200.0));
    }
}
