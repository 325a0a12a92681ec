package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

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
public class PartnerSwapMoveFactory implements MoveIteratorFactory<RespitePlan, StayAssignmentMove> {

    private static final int TRIES = 16;
    private static final StayAssignmentMove NONE = new StayAssignmentMove("swap", List.of());

    private StayIndex index;

    @Override
    public void phaseStarted(ScoreDirector<RespitePlan> scoreDirector) {
        index = new StayIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RespitePlan> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<RespitePlan> scoreDirector) {
        long stays = index.movable.size();
        return stays * stays;
    }

    @Override
    public Iterator<StayAssignmentMove> createOriginalMoveIterator(ScoreDirector<RespitePlan> scoreDirector) {
        throw new UnsupportedOperationException("random selection only");
    }

    @Override
    public Iterator<StayAssignmentMove> createRandomMoveIterator(ScoreDirector<RespitePlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.isEmpty();
            }

            @Override
            public StayAssignmentMove next() {
                return randomSwap(random);
            }
        };
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
