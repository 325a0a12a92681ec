package fi.respiteplanner.respite.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * What the moves look up instead of filtering: the movable stays, each bed's possible users, each client's
 * stays and the stays pinned to a bed. Built from the working plan when a phase starts (candidate beds
 * do not change within a phase); the stays' current beds and arrivals are read from the stays themselves.
 */
final class StayIndex {

    final List<Stay> movable = new ArrayList<>();
    private final Map<Bed, List<Stay>> mayUse = new IdentityHashMap<>();
    /** Per bed: the longest span of days one of its possible users could occupy (for {@link #mayUseDuring}). */
    private final Map<Bed, Integer> longestSpan = new IdentityHashMap<>();
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
        mayUse.forEach((bed, users) -> {
            users.sort(Comparator.comparingInt(StayIndex::earliestDay));
            longestSpan.put(bed, users.stream().mapToInt(stay -> latestEndDay(stay) - earliestDay(stay)).max().orElse(0));
        });
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
     * The bed's possible users whose possible days meet [from, to): every stay the bed holds then is among
     * them. A slice of {@link #mayUse}, which is sorted by earliest day, so a long list is not walked whole.
     * (A stay given with an arrival outside its own window can be missed; a move built without it double-books
     * the bed, and the score refuses that.)
     */
    List<Stay> mayUseDuring(Bed bed, int from, int to) {
        List<Stay> users = mayUse(bed);
        if (users.isEmpty()) {
            return users;
        }
        return users.subList(firstEarliestFrom(users, from - longestSpan.get(bed)), firstEarliestFrom(users, to));
    }

    /** The index of the first user whose earliest day is at or after {@code day}. */
    private static int firstEarliestFrom(List<Stay> users, int day) {
        int low = 0;
        int high = users.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (earliestDay(users.get(middle)) < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
