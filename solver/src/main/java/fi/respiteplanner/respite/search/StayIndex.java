package fi.respiteplanner.respite.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/**
 * What the moves look up instead of filtering: the movable stays, each bed's possible users and occupants, each
 * client's stays and the stays pinned to a bed. Built from the working plan when a phase starts (candidate beds
 * do not change within a phase), the occupants brought up to date when a step starts; the stays' arrivals are read
 * from the stays themselves.
 */
final class StayIndex {

    final List<Stay> movable = new ArrayList<>();
    private final Map<Bed, List<Stay>> mayUse = new IdentityHashMap<>();
    /** Per bed: the movable stays in it when {@link #refreshOccupants} last looked. */
    private final Map<Bed, List<Stay>> occupants = new IdentityHashMap<>();
    /** Per movable stay (by its place in {@link #movable}): the bed it was in then. */
    private final Bed[] seenIn;
    /** A step has started since the last look. */
    private boolean occupantsStale;
    private final Map<Bed, List<Stay>> pinnedIn = new IdentityHashMap<>();
    private final Map<Client, List<Stay>> byClient = new IdentityHashMap<>();
    private final Map<List<Bed>, Set<Bed>> candidateSets = new IdentityHashMap<>();
    private final Map<List<Bed>, Map<Unit, List<Bed>>> candidatesByUnit = new IdentityHashMap<>();

    StayIndex(RespitePlan plan) {
        for (Stay stay : plan.getStays()) {
            byClient.computeIfAbsent(stay.getClient(), client -> new ArrayList<>()).add(stay);
            if (stay.isPinned()) {
                if (stay.getBed() != null) {
                    pinnedIn.computeIfAbsent(stay.getBed(), bed -> new ArrayList<>()).add(stay);
                }
                continue;
            }
            movable.add(stay);
            for (Bed bed : stay.getCandidateBeds()) {
                mayUse.computeIfAbsent(bed, key -> new ArrayList<>()).add(stay);
            }
        }
        seenIn = new Bed[movable.size()];
        refreshOccupants();
    }

    /**
     * A step starts: beds may have changed. Timefold asks each move factory for a new iterator every step and undoes
     * every move it scores, so the occupants read at the first look of a step hold for the whole step.
     */
    void stepStarted() {
        occupantsStale = true;
    }

    /** Brings {@link #occupants} up to the working plan: the stays whose bed changed since the last look move between the lists. */
    private void refreshOccupants() {
        for (int i = 0; i < seenIn.length; i++) {
            Stay stay = movable.get(i);
            Bed bed = stay.getBed();
            if (bed != seenIn[i]) {
                if (seenIn[i] != null) {
                    occupants.get(seenIn[i]).remove(stay);
                }
                if (bed != null) {
                    occupants.computeIfAbsent(bed, key -> new ArrayList<>()).add(stay);
                }
                seenIn[i] = bed;
            }
        }
    }

    boolean isEmpty() {
        return movable.isEmpty();
    }

    Stay randomStay(Random random) {
        return movable.get(random.nextInt(movable.size()));
    }

    /** A random movable stay, unmet ones preferred (a few tries, then any). */
    Stay randomStayPreferringUnmet(Random random) {
        Stay stay = randomStay(random);
        for (int tries = 0; tries < 8 && stay.getBed() != null; tries++) {
            stay = randomStay(random);
        }
        return stay;
    }

    /** Movable stays that have this bed among their candidates. */
    List<Stay> mayUse(Bed bed) {
        return mayUse.getOrDefault(bed, List.of());
    }

    /**
     * The movable stays in the bed when this step started (the working plan then; the moves made since are undone
     * before the next is made). Their dates are read from the stays.
     */
    List<Stay> occupants(Bed bed) {
        if (occupantsStale) {
            refreshOccupants();
            occupantsStale = false;
        }
        List<Stay> stays = occupants.get(bed);
        return stays != null ? stays : List.of();
    }

    List<Stay> pinnedIn(Bed bed) {
        return pinnedIn.getOrDefault(bed, List.of());
    }

    List<Stay> ofClient(Client client) {
        return byClient.getOrDefault(client, List.of());
    }

    /** Whether the stay may take the bed (null, unmet, always). */
    boolean admits(Stay stay, Bed bed) {
        return bed == null || candidateSets.computeIfAbsent(stay.getCandidateBeds(), StayIndex::identitySet).contains(bed);
    }

    private static Set<Bed> identitySet(List<Bed> beds) {
        Set<Bed> set = Collections.newSetFromMap(new IdentityHashMap<>(beds.size() * 2));
        set.addAll(beds);
        return set;
    }

    /** The stay's candidate beds in the unit. */
    List<Bed> candidatesIn(Stay stay, Unit unit) {
        return candidatesByUnit.computeIfAbsent(stay.getCandidateBeds(), candidates -> new IdentityHashMap<>())
                .computeIfAbsent(unit, key -> stay.getCandidateBeds().stream().filter(bed -> bed.getUnit() == unit).toList());
    }

    static Bed randomCandidate(Stay stay, Random random) {
        List<Bed> candidates = stay.getCandidateBeds();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** First and last epoch day (exclusive) the stay could occupy within its arrival window. */
    static int earliestDay(Stay stay) {
        return (int) stay.getEarliestArrival().toEpochDay();
    }

    static int latestEndDay(Stay stay) {
        return (int) stay.getLatestArrival().toEpochDay() + stay.getNights();
    }
}
