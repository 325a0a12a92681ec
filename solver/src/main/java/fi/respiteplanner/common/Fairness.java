package fi.respiteplanner.common;

import java.util.Collection;

/** Fairness measures over per-client service shares (each in 0 … 1). */
public final class Fairness {

    private Fairness() {
    }

    /** Jain's index: 1 when all shares are equal, 1/n when one client gets everything. 1 for no clients. */
    public static double jainIndex(Collection<Double> shares) {
        double sum = 0;
        double sumOfSquares = 0;
        for (double share : shares) {
            sum += share;
            sumOfSquares += share * share;
        }
        return sumOfSquares == 0 ? (shares.isEmpty() ? 1.0 : 0.0) : sum * sum / (shares.size() * sumOfSquares);
    }

    /**
     * The penalty of one client's unmet demand: the square of its weighted unmet nights, so that two
     * families losing 3 nights each (9 + 9) costs less than one family losing 6 (36).
     */
    public static long unmetPenalty(long weightedUnmetNights) {
        return weightedUnmetNights * weightedUnmetNights;
    }
}
