package fi.respiteplanner.respite;

import java.time.YearMonth;

/**
 * One client's month in an earlier period: nights requested (by requested arrival), served (by planned
 * arrival) and entitled by the decision. A plan's ledger lets a family short last quarter come first
 * this quarter.
 *
 * @param client the client's id
 */
public record LedgerEntry(String client, YearMonth month, int requested, int served, int entitled) {

    /** Nights below min(entitled, requested) that month. */
    public int shortfall() {
        return Math.max(0, Math.min(entitled, requested) - served);
    }
}
