package fi.respiteplanner.replan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Did a re-plan keep its promises? Published stays dropped, moved to another unit, moved in time or to
 * another bed, each with how many a change forced; and the families told against those a change hit
 * plus those newly placed. The target: nothing dropped or moved (bed changes aside) unless forced, and
 * {@code familiesTold ≤ familiesHit + familiesNewlyPlaced}.
 */
public record PromiseReport(int familiesTold, int familiesHit, int familiesNewlyPlaced, Count dropped, Count otherUnit,
        Count otherDates, Count otherBed) {

    /** Published stays changed in one way, and how many of them a change forced. */
    public record Count(int total, int forced) {

        public int unforced() {
            return total - forced;
        }
    }

    public static PromiseReport of(PlanDiff diff) {
        List<PlanDiff.Entry> rows = diff.changes();
        return new PromiseReport(diff.familiesAffected(),
                families(rows, PlanDiff.Entry::forced), families(rows, row -> row.change() == PlanDiff.Change.NEWLY_PLACED),
                count(rows, row -> row.change() == PlanDiff.Change.DROPPED),
                count(rows, row -> row.change() == PlanDiff.Change.UNIT_CHANGED),
                count(rows, row -> row.oldArrival() != null && row.newArrival() != null && !row.oldArrival().equals(row.newArrival())),
                count(rows, row -> row.change() == PlanDiff.Change.BED_CHANGED));
    }

    /** No published stay dropped, moved to another unit or in time unless a change forced it. */
    public boolean keepsPromises() {
        return dropped.unforced() == 0 && otherUnit.unforced() == 0 && otherDates.unforced() == 0;
    }

    public boolean toldWithinTarget() {
        return familiesTold <= familiesHit + familiesNewlyPlaced;
    }

    /** The report as a plain-text table for the terminal. */
    public String table() {
        return String.format(Locale.ROOT, """
                Promises                       total  forced  not forced
                  published stays dropped      %5d  %6d  %10d
                  moved to another unit        %5d  %6d  %10d
                  moved in time                %5d  %6d  %10d
                  moved to another bed         %5d  %6d  %10d
                Families told %d; hit by a change %d + newly placed %d = %d (%s)
                """, dropped.total(), dropped.forced(), dropped.unforced(), otherUnit.total(), otherUnit.forced(), otherUnit.unforced(),
                otherDates.total(), otherDates.forced(), otherDates.unforced(), otherBed.total(), otherBed.forced(), otherBed.unforced(),
                familiesTold, familiesHit, familiesNewlyPlaced, familiesHit + familiesNewlyPlaced,
                toldWithinTarget() ? "within target" : "above target");
    }

    private static int families(List<PlanDiff.Entry> rows, Predicate<PlanDiff.Entry> which) {
        return (int) rows.stream().filter(which).map(PlanDiff.Entry::clientId).filter(Objects::nonNull).distinct().count();
    }

    private static Count count(List<PlanDiff.Entry> rows, Predicate<PlanDiff.Entry> which) {
        List<PlanDiff.Entry> matching = rows.stream().filter(which).toList();
        return new Count(matching.size(), (int) matching.stream().filter(PlanDiff.Entry::forced).count());
    }
}
