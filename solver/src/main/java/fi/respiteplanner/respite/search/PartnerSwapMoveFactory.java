package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * Swaps the beds (half the time the arrivals too, where each fits the other's window) of two stays that
 * could use each other's bed and whose nights could meet: an unmet stay takes a placed one's bed (and
 * dates) and the placed one becomes unmet, or two placed ones trade. The partner comes from the bed's
 * possible users, not from filtering all stays.
 */
public class PartnerSwapMoveFactory extends IndexedMoveFactory {

    private static final int TRIES = 16;
    private static final StayAssignmentMove NONE = new StayAssignmentMove("swap", List.of());

    @Override
    public long getSize(ScoreDirector<RespitePlan> scoreDirector) {
        long stays = index.movable.size();
        return stays * stays;
    }

    @Override
    protected StayAssignmentMove nextMove(Random random) {
        return randomSwap(random);
    }

    private StayAssignmentMove randomSwap(Random random) {
        for (int tries = 0; tries < TRIES; tries++) {
            Stay a = index.randomStay(random);
            Bed via = a.getBed() != null ? a.getBed() : StayIndex.randomCandidate(a, random);
            if (via == null) {
                continue;
            }
            List<Stay> sharers = index.mayUse(via);
            Stay b = sharers.get(random.nextInt(sharers.size()));
            if (b == a || b.getBed() == a.getBed() || !index.admits(b, a.getBed()) || !index.admits(a, b.getBed())
                    || (tries < TRIES - 4 && !mayMeet(a, b))) {
                continue;
            }
            boolean withDates = a.getBed() == null || b.getBed() == null || random.nextBoolean();
            LocalDate arrivalA = withDates ? arrivalWithin(a, b.getArrival()) : a.getArrival();
            LocalDate arrivalB = withDates ? arrivalWithin(b, a.getArrival()) : b.getArrival();
            return new StayAssignmentMove(withDates ? "swapWithDates" : "swap",
                    List.of(new Assignment(a, b.getBed(), arrivalA), new Assignment(b, a.getBed(), arrivalB)));
        }
        return NONE;
    }

    /** Whether a's nights now fall within the days b could occupy. */
    private static boolean mayMeet(Stay a, Stay b) {
        Stay placed = a.getBed() != null ? a : b;
        Stay other = placed == a ? b : a;
        return placed.startDay() < StayIndex.latestEndDay(other) && StayIndex.earliestDay(other) < placed.endDay();
    }

    /** The other stay's arrival if it lies in this stay's window, else this stay's own. */
    private static LocalDate arrivalWithin(Stay stay, LocalDate arrival) {
        return arrival != null && !arrival.isBefore(stay.getEarliestArrival()) && !arrival.isAfter(stay.getLatestArrival())
                ? arrival : stay.getArrival();
    }
}
