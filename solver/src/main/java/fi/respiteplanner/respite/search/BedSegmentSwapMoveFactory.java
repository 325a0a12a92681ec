package fi.respiteplanner.respite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * Swaps what two beds hold over a stretch of nights: every stay of bed x in the stretch goes to bed y and
 * every stay of y to x, dates kept. The stretch starts as one stay's nights and grows until no stay of
 * either bed crosses its ends, so stays of different lengths can trade beds (what a swap of two stays
 * cannot do when the beds are full around them).
 */
public class BedSegmentSwapMoveFactory extends IndexedMoveFactory {

    private static final int TRIES = 8;
    /** Stretches holding more stays than this are left alone: such moves are slow to score and seldom accepted. */
    private static final int MAX_STAYS = 12;
    private static final StayAssignmentMove NONE = new StayAssignmentMove("segmentSwap", List.of());

    @Override
    protected StayAssignmentMove nextMove(Random random) {
        for (int tries = 0; tries < TRIES; tries++) {
            StayAssignmentMove move = segmentSwap(random);
            if (move != null) {
                return move;
            }
        }
        return NONE;
    }

    private StayAssignmentMove segmentSwap(Random random) {
        Stay seed = index.randomStay(random);
        Bed x = seed.getBed();
        Bed y = StayIndex.randomCandidate(seed, random);
        if (x == null || y == null || x == y) {
            return null;
        }
        int from = seed.startDay();
        int to = seed.endDay();
        List<Stay> inX;
        List<Stay> inY;
        while (true) {
            inX = staysIn(x, from, to);
            inY = staysIn(y, from, to);
            if (inX == null || inY == null || inX.size() + inY.size() > MAX_STAYS) {
                return null;
            }
            int newFrom = from;
            int newTo = to;
            for (List<Stay> stays : List.of(inX, inY)) {
                for (Stay stay : stays) {
                    newFrom = Math.min(newFrom, stay.startDay());
                    newTo = Math.max(newTo, stay.endDay());
                }
            }
            if (newFrom == from && newTo == to) {
                break;
            }
            from = newFrom;
            to = newTo;
        }
        List<Assignment> assignments = new ArrayList<>(inX.size() + inY.size());
        for (Stay stay : inX) {
            if (!index.admits(stay, y)) {
                return null;
            }
            assignments.add(new Assignment(stay, y, stay.getArrival()));
        }
        for (Stay stay : inY) {
            if (!index.admits(stay, x)) {
                return null;
            }
            assignments.add(new Assignment(stay, x, stay.getArrival()));
        }
        return new StayAssignmentMove("segmentSwap", assignments);
    }

    /** The movable stays in the bed whose nights meet [from, to); null if a pinned stay is among them. */
    private List<Stay> staysIn(Bed bed, int from, int to) {
        for (Stay pinned : index.pinnedIn(bed)) {
            if (pinned.startDay() < to && from < pinned.endDay()) {
                return null;
            }
        }
        List<Stay> stays = new ArrayList<>();
        for (Stay stay : index.occupants(bed)) {
            if (stay.getBed() == bed && stay.startDay() < to && from < stay.endDay()) {
                stays.add(stay);
            }
        }
        return stays;
    }
}
