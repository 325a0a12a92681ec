package fi.respiteplanner.respite;

import java.time.YearMonth;

/**
 * One client in one calendar month: the unit of the decided entitlement. The month's target is
 * min(monthly entitlement, nights requested that month); nights below it are the shortfall.
 */
public record ClientMonth(Client client, YearMonth month) {

    /** The nights the decision obliges the area to arrange this month, given what the family asked for. */
    public int target(int requestedNights) {
        return Math.min(client.getMonthlyEntitlement(), requestedNights);
    }

    public int shortfall(int requestedNights, int servedNights) {
        return Math.max(0, target(requestedNights) - servedNights);
    }

    /**
     * (earlier + s)² − earlier²: squared per client and month so that shortfall is spread, and the marginal
     * night weighs more for a family already short in earlier months (its ledger).
     */
    public long penalty(int requestedNights, int servedNights) {
        long earlier = client.getEarlierShortfall();
        long total = earlier + shortfall(requestedNights, servedNights);
        return total * total - earlier * earlier;
    }

    /** A stay's requested and served nights in one of its client's months. */
    public record Nights(ClientMonth clientMonth, Stay stay, int requested, int served) {
    }
}
