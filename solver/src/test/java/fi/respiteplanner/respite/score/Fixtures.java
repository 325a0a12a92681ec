package fi.respiteplanner.respite.score;

import java.time.LocalDate;
import java.util.Set;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/** A small world for constraint tests: an adults' unit with a shared and a single room, January 2027. */
final class Fixtures {

    static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    static final DateRange HORIZON = new DateRange(JAN_1, LocalDate.of(2027, 3, 31));
    static final GeoPoint HELSINKI = new GeoPoint(60.1699, 24.9384);

    final Unit unit = new Unit("U1", Producer.OWN, 18, 64, 100).withLocation(HELSINKI);
    final Room shared = new Room("U1-R1", GenderPolicy.SAME_GENDER).withBed(new Bed("U1-R1-B1")).withBed(new Bed("U1-R1-B2"));
    final Room single = new Room("U1-R2", GenderPolicy.ANY).withBed(new Bed("U1-R2-B1"));
    final Unit other = new Unit("U2", Producer.PURCHASED, 18, 64, 200).withLocation(HELSINKI)
            .withRoom(new Room("U2-R1", GenderPolicy.ANY).withBed(new Bed("U2-R1-B1")));

    Fixtures() {
        unit.withRoom(shared).withRoom(single);
    }

    /** Links units after a test changed their facts. */
    Fixtures linked() {
        unit.link(HORIZON);
        other.link(HORIZON);
        return this;
    }

    Bed sharedBed1() { return shared.getBeds().get(0); }
    Bed sharedBed2() { return shared.getBeds().get(1); }
    Bed singleBed() { return single.getBeds().get(0); }
    Bed otherBed() { return other.getRooms().get(0).getBeds().get(0); }

    static Client adult(String id, Gender gender) {
        return new Client(id, LocalDate.of(1990, 5, 5), gender).withHome(HELSINKI);
    }

    static Client adult(String id) {
        return adult(id, Gender.FEMALE);
    }

    /** A stay requested for {@code arrival}, assigned to {@code bed} on that date. */
    static Stay stay(String id, Client client, Bed bed, LocalDate arrival, int nights) {
        return new Stay(id, client, arrival, nights).assign(bed, arrival);
    }

    static Set<String> set(String... values) {
        return Set.of(values);
    }
}
