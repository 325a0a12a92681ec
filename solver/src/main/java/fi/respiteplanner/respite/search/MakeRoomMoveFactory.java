package fi.respiteplanner.respite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * Puts a stay (an unmet one when there is one nearby in the list) into one of its beds and makes room: each
 * stay in that bed on its nights moves to another of its own beds that is free then, or becomes unmet if
 * none is found. One move of an ejection chain, where a change move would only double-book the bed and a
 * swap needs a partner of matching dates.
 */
public class MakeRoomMoveFactory extends IndexedMoveFactory {

    /** How far the search for an unmet stay looks from a random place in the list. */
    private static final int UNMET_SCAN = 64;
    /** Beds tried for each stay that must move. */
    private static final int BED_TRIES = 8;
    private static final StayAssignmentMove NONE = new StayAssignmentMove("makeRoom", List.of());

    @Override
    protected StayAssignmentMove nextMove(Random random) {
        Stay stay = stayPreferringUnmet(random);
        Bed bed = StayIndex.randomCandidate(stay, random);
        if (bed == null || bed == stay.getBed() || stay.getArrival() == null) {
            return NONE;
        }
        List<Stay> inTheWay = new ArrayList<>();
        for (Stay pinned : index.pinnedIn(bed)) {
            if (pinned.overlapNights(stay) > 0) {
                return NONE;
            }
        }
        for (Stay other : index.mayUseDuring(bed, stay.startDay(), stay.endDay())) {
            if (other.getBed() == bed && other != stay && other.overlapNights(stay) > 0) {
                inTheWay.add(other);
            }
        }
        List<Assignment> assignments = new ArrayList<>(inTheWay.size() + 1);
        assignments.add(new Assignment(stay, bed, stay.getArrival()));
        for (Stay other : inTheWay) {
            assignments.add(new Assignment(other, freeBed(other, bed, stay, inTheWay, assignments, random), other.getArrival()));
        }
        return new StayAssignmentMove("makeRoom", assignments);
    }

    private Stay stayPreferringUnmet(Random random) {
        int start = random.nextInt(index.movable.size());
        for (int i = 0; i < UNMET_SCAN && i < index.movable.size(); i++) {
            Stay stay = index.movable.get((start + i) % index.movable.size());
            if (stay.getBed() == null) {
                return stay;
            }
        }
        return index.movable.get(start);
    }

    /** A random one of the stay's beds other than {@code taken} that is free on its nights after the move, else null. */
    private Bed freeBed(Stay stay, Bed taken, Stay placed, List<Stay> moving, List<Assignment> assigned, Random random) {
        List<Bed> candidates = stay.getCandidateBeds();
        for (int tries = 0; tries < BED_TRIES; tries++) {
            Bed bed = candidates.get(random.nextInt(candidates.size()));
            if (bed != taken && isFree(bed, stay, placed, moving, assigned)) {
                return bed;
            }
        }
        return null;
    }

    private boolean isFree(Bed bed, Stay stay, Stay placed, List<Stay> moving, List<Assignment> assigned) {
        for (Stay pinned : index.pinnedIn(bed)) {
            if (pinned.overlapNights(stay) > 0) {
                return false;
            }
        }
        for (Stay other : index.mayUseDuring(bed, stay.startDay(), stay.endDay())) {
            if (other.getBed() == bed && other != placed && !moving.contains(other) && other.overlapNights(stay) > 0) {
                return false;
            }
        }
        for (Assignment assignment : assigned) {
            if (assignment.bed() == bed && assignment.stay().overlapNights(stay) > 0) {
                return false;
            }
        }
        return true;
    }
}
