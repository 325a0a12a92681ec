package fi.respiteplanner.respite.change;

import java.time.LocalDate;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/** How a change names what it touches, for a reader: as the plan names them, or by id when the plan does not hold it. */
final class ChangeWords {

    private ChangeWords() {
    }

    static String client(RespitePlan plan, String clientId, Naming naming) {
        return clientId == null ? "" : plan.findClient(clientId).map(naming::client).orElse(clientId);
    }

    static String unit(RespitePlan plan, String unitId, Naming naming) {
        return unitId == null ? "" : plan.findUnit(unitId).map(naming::unit).orElse(unitId);
    }

    /** The unit that holds the bed, or empty. */
    static String unitOfBed(RespitePlan plan, String bedId, Naming naming) {
        return bedId == null ? "" : plan.findBed(bedId).map(bed -> naming.unit(bed.getUnit())).orElse("");
    }

    /** The stay's client, or the stay's id when the plan does not hold it. */
    static String clientOfStay(RespitePlan plan, String stayId, Naming naming) {
        return stayId == null ? "" : plan.findStay(stayId).map(stay -> naming.client(stay.getClient())).orElse(stayId);
    }

    /** The nights a stay spends from that arrival. */
    static DateRange nights(LocalDate arrival, int nights) {
        return new DateRange(arrival, arrival.plusDays(Math.max(nights, 1) - 1L));
    }

    /** The nights the stay has in the plan: where it is placed, else where it was requested. */
    static DateRange nights(Stay stay) {
        return nights(stay.getArrival() != null ? stay.getArrival() : stay.getRequestedArrival(), stay.getNights());
    }

    /** A range for a reader; an incomplete one (which validation refuses) as what it has. */
    static Object range(DateRange range) {
        return range == null || range.from() == null || range.to() == null ? "" : range;
    }
}
