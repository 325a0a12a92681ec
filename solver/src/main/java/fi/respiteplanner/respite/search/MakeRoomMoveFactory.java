package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * Puts a stay (an unmet one when there is one nearby in the list) into one of its beds, on an arrival of its
 * window, and makes room: the stays in that bed on those nights, and stays of the unit that need a skill it
 * needs on a night that skill's staff would be exceeded, move to a bed and arrival of their own that is free
 * and within its unit's skill capacities then, or become unmet if none is found in a few tries. One move of
 * an ejection chain, where a change move would only double-book the bed or exceed the staff, and a swap needs
 * a partner of matching dates and needs.
 */
public class MakeRoomMoveFactory extends IndexedMoveFactory {

    /** How far the search for an unmet stay looks from a random place in the list. */
    private static final int UNMET_SCAN = 64;
    /** Beds and arrivals tried for each stay that must move. */
    private static final int PLACE_TRIES = 24;
    private static final StayAssignmentMove NONE = new StayAssignmentMove("makeRoom", List.of());

    @Override
    protected StayAssignmentMove nextMove(Random random) {
        Stay stay = stayPreferringUnmet(random);
        Bed bed = StayIndex.randomCandidate(stay, random);
        if (bed == null || stay.getArrival() == null) {
            return NONE;
        }
        LocalDate arrival = random.nextBoolean() ? stay.getArrival() : randomArrival(stay, random);
        if (bed == stay.getBed() && arrival.equals(stay.getArrival())) {
            return NONE;
        }
        int from = (int) arrival.toEpochDay();
        int to = from + stay.getNights();
        for (Stay pinned : index.pinnedIn(bed)) {
            if (overlaps(pinned, from, to)) {
                return NONE;
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        assignments.add(new Assignment(stay, bed, arrival));
        List<Stay> inTheWay = new ArrayList<>();
        for (Stay other : index.occupants(bed)) {
            if (other.getBed() == bed && other != stay && overlaps(other, from, to)) {
                inTheWay.add(other);
            }
        }
        if (!skillRoom(stay, bed.getUnit(), from, to, inTheWay, random)) {
            return NONE;
        }
        for (Stay other : inTheWay) {
            assignments.add(new Assignment(other, null, other.getArrival()));
        }
        for (int i = 1; i < assignments.size(); i++) {
            Assignment moved = relocation(assignments.get(i).stay(), assignments, random);
            if (moved != null) {
                assignments.set(i, moved);
            }
        }
        return new StayAssignmentMove("makeRoom", assignments);
    }

    /**
     * Adds to {@code inTheWay}, at random, stays of the unit that need a skill the placed stay needs on a night
     * that skill's staff would be exceeded; false when pinned stays alone fill it.
     */
    private boolean skillRoom(Stay stay, Unit unit, int from, int to, List<Stay> inTheWay, Random random) {
        if (stay.getClient().getNeeds().isEmpty()) {
            return true;
        }
        List<Stay> present = new ArrayList<>();
        List<Stay> pinned = new ArrayList<>();
        occupants(unit, from, to, stay, present, pinned);
        present.removeAll(inTheWay);
        List<Stay> sharing = new ArrayList<>();
        for (Skill skill : stay.getClient().getNeeds()) {
            for (int day = from; day < to; day++) {
                sharing.clear();
                for (Stay other : present) {
                    if (covers(other, day) && other.getClient().needs(skill)) {
                        sharing.add(other);
                    }
                }
                int needing = 1 + sharing.size() + count(pinned, skill, day);
                for (int capacity = unit.capacity(skill, day); needing > capacity; needing--) {
                    if (sharing.isEmpty()) {
                        return false;
                    }
                    Stay out = sharing.remove(random.nextInt(sharing.size()));
                    present.remove(out);
                    inTheWay.add(out);
                }
            }
        }
        return true;
    }

    /** A bed and arrival of the stay's own that are free and within skill capacity after the move so far, else null. */
    private Assignment relocation(Stay stay, List<Assignment> assignments, Random random) {
        Map<Unit, List<Stay>> sharingStaff = new IdentityHashMap<>();
        for (int tries = 0; tries < PLACE_TRIES; tries++) {
            Bed bed = StayIndex.randomCandidate(stay, random);
            LocalDate arrival = tries == 0 ? stay.getArrival() : randomArrival(stay, random);
            if (bed != null && fits(stay, bed, (int) arrival.toEpochDay(), assignments, sharingStaff)) {
                return new Assignment(stay, bed, arrival);
            }
        }
        return null;
    }

    private boolean fits(Stay stay, Bed bed, int from, List<Assignment> assignments, Map<Unit, List<Stay>> sharingStaff) {
        int to = from + stay.getNights();
        for (Stay pinned : index.pinnedIn(bed)) {
            if (overlaps(pinned, from, to)) {
                return false;
            }
        }
        for (Stay other : index.occupants(bed)) {
            if (other.getBed() == bed && other != stay && overlaps(other, from, to) && assigned(other, assignments) == null) {
                return false;
            }
        }
        for (Assignment assignment : assignments) {
            if (assignment.bed() == bed && assignment.stay() != stay && overlaps(assignment, from, to)) {
                return false;
            }
        }
        if (stay.getClient().getNeeds().isEmpty()) {
            return true;
        }
        Unit unit = bed.getUnit();
        List<Stay> staying = sharingStaff.computeIfAbsent(unit, key -> sharingStaff(stay, key, assignments));
        for (Skill skill : stay.getClient().getNeeds()) {
            for (int day = from; day < to; day++) {
                int needing = 1 + count(staying, skill, day);
                for (Assignment assignment : assignments) {
                    if (assignment.bed() != null && assignment.bed().getUnit() == unit && assignment.stay() != stay
                            && assignment.stay().getClient().needs(skill) && overlaps(assignment, day, day + 1)) {
                        needing++;
                    }
                }
                if (needing > unit.capacity(skill, day)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The stays that stay in the unit after the move so far, pinned or not, on any night the stay could spend
     * there: the ones whose skills it would share.
     */
    private List<Stay> sharingStaff(Stay stay, Unit unit, List<Assignment> assignments) {
        int from = Math.min(StayIndex.earliestDay(stay), stay.startDay());
        int to = Math.max(StayIndex.latestEndDay(stay), stay.endDay());
        List<Stay> staying = new ArrayList<>();
        occupants(unit, from, to, stay, staying, staying);
        staying.removeIf(other -> assigned(other, assignments) != null);
        return staying;
    }

    /** The unit's movable stays (other than {@code except}) and pinned stays that meet [from, to) where they are now. */
    private void occupants(Unit unit, int from, int to, Stay except, List<Stay> movable, List<Stay> pinned) {
        for (Room room : unit.getRooms()) {
            for (Bed bed : room.getBeds()) {
                for (Stay other : index.occupants(bed)) {
                    if (other.getBed() == bed && other != except && overlaps(other, from, to)) {
                        movable.add(other);
                    }
                }
                for (Stay other : index.pinnedIn(bed)) {
                    if (overlaps(other, from, to)) {
                        pinned.add(other);
                    }
                }
            }
        }
    }

    private static Assignment assigned(Stay stay, List<Assignment> assignments) {
        for (Assignment assignment : assignments) {
            if (assignment.stay() == stay) {
                return assignment;
            }
        }
        return null;
    }

    private static int count(List<Stay> stays, Skill skill, int day) {
        int count = 0;
        for (Stay other : stays) {
            if (covers(other, day) && other.getClient().needs(skill)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate randomArrival(Stay stay, Random random) {
        int window = (int) (stay.getLatestArrival().toEpochDay() - stay.getEarliestArrival().toEpochDay());
        return stay.getEarliestArrival().plusDays(random.nextInt(window + 1));
    }

    private static boolean covers(Stay stay, int day) {
        return stay.startDay() <= day && day < stay.endDay();
    }

    private static boolean overlaps(Stay stay, int from, int to) {
        return stay.startDay() < to && from < stay.endDay();
    }

    private static boolean overlaps(Assignment assignment, int from, int to) {
        int start = (int) assignment.arrival().toEpochDay();
        return start < to && from < start + assignment.stay().getNights();
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
}
