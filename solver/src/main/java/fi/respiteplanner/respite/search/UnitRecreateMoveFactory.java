package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.search.StayAssignmentMove.Assignment;

/**
 * Ruin and recreate around one request (unmet ones preferred): the stays of its unit whose nights meet
 * its window, and other unmet requests that could come there, are taken out and put back one by one,
 * neediest family first ({@link Need}), each into the first bed and arrival that is open, free and within
 * the unit's skill capacities. What the families gain or lose the score decides; the rules
 * not checked here (e.g. clients who must not meet) it rejects.
 */
public class UnitRecreateMoveFactory extends IndexedMoveFactory {

    private static final StayAssignmentMove NONE = new StayAssignmentMove("recreate", List.of());
    /** Unmet requests pulled in besides the seed. */
    private static final int EXTRA_UNMET = 6;
    /** Days added to both ends of the seed's window. */
    private static final int MAX_PAD = 3;

    @Override
    protected StayAssignmentMove nextMove(Random random) {
        return recreate(random);
    }

    private StayAssignmentMove recreate(Random random) {
        Stay seed = index.randomStayPreferringUnmet(random);
        Bed seedBed = seed.getBed() != null ? seed.getBed() : StayIndex.randomCandidate(seed, random);
        if (seedBed == null) {
            return NONE;
        }
        Unit unit = seedBed.getUnit();
        int pad = random.nextInt(MAX_PAD + 1);
        int from = StayIndex.earliestDay(seed) - pad;
        int to = StayIndex.latestEndDay(seed) + pad;
        Region region = new Region(unit);
        List<Stay> ruined = new ArrayList<>();
        for (Room room : unit.getRooms()) {
            for (Bed bed : room.getBeds()) {
                for (Stay stay : index.occupants(bed)) {
                    if (stay.getBed() == bed) {
                        if (stay.startDay() < to && from < stay.endDay()) {
                            ruined.add(stay);
                        } else {
                            region.place(stay, bed, stay.startDay());
                        }
                    }
                }
                index.pinnedIn(bed).forEach(stay -> region.place(stay, bed, stay.startDay()));
            }
        }
        if (seed.getBed() == null) {
            ruined.add(seed);
        }
        List<Stay> sharers = index.mayUse(seedBed);
        for (int tries = 0, extra = 0; tries < 4 * EXTRA_UNMET && extra < EXTRA_UNMET && !sharers.isEmpty(); tries++) {
            Stay stay = sharers.get(random.nextInt(sharers.size()));
            if (stay.getBed() == null && !ruined.contains(stay) && StayIndex.earliestDay(stay) < to && from < StayIndex.latestEndDay(stay)) {
                ruined.add(stay);
                extra++;
            }
        }
        Map<Stay, Assignment> placed = new IdentityHashMap<>();
        ruined.forEach(stay -> placed.put(stay, new Assignment(stay, null, stay.getArrival())));
        Need need = new Need(ruined);
        List<Stay> remaining = new ArrayList<>(ruined);
        Collections.shuffle(remaining, random);
        boolean randomOrder = random.nextInt(4) == 0;
        while (!remaining.isEmpty()) {
            Stay next = remaining.remove(randomOrder ? remaining.size() - 1 : need.neediest(remaining, random));
            Assignment assignment = region.bestFit(next, random, placed);
            placed.put(next, assignment);
            if (assignment.bed() != null) {
                need.served(next, assignment.arrival());
            }
        }
        return new StayAssignmentMove("recreate", new ArrayList<>(placed.values()));
    }

    /**
     * Who gains most from a night, as the levels rank it: first a client-month below its entitlement target
     * ((earlier + s)² − earlier² per client and month), then a family with much unmet demand (squared per
     * family). Kept up to date as the move places stays; every fourth move places in random order instead.
     */
    private final class Need {

        private final Map<Client, Long> unmet = new HashMap<>();
        /** Per client and month: {target, served}. */
        private final Map<Client, Map<YearMonth, int[]>> months = new HashMap<>();

        Need(List<Stay> ruined) {
            for (Stay stay : ruined) {
                Client client = stay.getClient();
                if (unmet.containsKey(client)) {
                    continue;
                }
                long weight = 0;
                Map<YearMonth, Integer> requested = new HashMap<>();
                Map<YearMonth, int[]> byMonth = new HashMap<>();
                for (Stay own : index.ofClient(client)) {
                    own.requestedNightsByMonth().forEach((month, nights) -> requested.merge(month, nights, Integer::sum));
                    if (own.getBed() == null || ruined.contains(own)) {
                        weight += own.getUnmetWeight();
                    } else {
                        own.servedNightsByMonth().forEach((month, nights) -> byMonth.computeIfAbsent(month, key -> new int[2])[1] += nights);
                    }
                }
                requested.forEach((month, nights) -> byMonth.computeIfAbsent(month, key -> new int[2])[0]
                        = Math.min(client.getMonthlyEntitlement(), nights));
                unmet.put(client, weight);
                months.put(client, byMonth);
            }
        }

        /** The index of the remaining stay that gains most (ties and near-ties broken at random). */
        int neediest(List<Stay> remaining, Random random) {
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                double gain = gain(remaining.get(i)) + random.nextDouble();
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            return best;
        }

        private double gain(Stay stay) {
            Client client = stay.getClient();
            long earlier = client.getEarlierShortfall();
            double entitlement = 0;
            Map<YearMonth, int[]> byMonth = months.get(client);
            for (Map.Entry<YearMonth, Integer> month : stay.requestedNightsByMonth().entrySet()) {
                int[] targetServed = byMonth.getOrDefault(month.getKey(), new int[2]);
                long shortfall = Math.max(0, targetServed[0] - targetServed[1]);
                long after = Math.max(0, shortfall - month.getValue());
                entitlement += (earlier + shortfall) * (earlier + shortfall) - (earlier + after) * (earlier + after);
            }
            long u = unmet.get(client);
            long w = stay.getUnmetWeight();
            return entitlement * 1e9 + (2.0 * u * w - (double) w * w);
        }

        void served(Stay stay, LocalDate arrival) {
            Client client = stay.getClient();
            unmet.merge(client, -(long) stay.getUnmetWeight(), Long::sum);
            Map<YearMonth, int[]> byMonth = months.get(client);
            for (int n = 0; n < stay.getNights(); n++) {
                byMonth.computeIfAbsent(YearMonth.from(arrival.plusDays(n)), key -> new int[2])[1]++;
            }
        }
    }

    /** The unit's beds and who is in them on which nights, while the move is built. */
    private final class Region {

        private final Unit unit;
        /** Per bed: the nights taken, as [first day, day after] pairs. */
        private final Map<Bed, List<int[]>> taken = new IdentityHashMap<>();
        /** Per skill and epoch day: how many of the occupants need it (kept as they are placed, not recounted). */
        private final Map<Skill, Map<Integer, Integer>> needsByDay = new EnumMap<>(Skill.class);

        Region(Unit unit) {
            this.unit = unit;
        }

        void place(Stay stay, Bed bed, int start) {
            taken.computeIfAbsent(bed, key -> new ArrayList<>()).add(new int[] { start, start + stay.getNights() });
            for (Skill skill : stay.getClient().getNeeds()) {
                Map<Integer, Integer> byDay = needsByDay.computeIfAbsent(skill, key -> new HashMap<>());
                for (int day = start; day < start + stay.getNights(); day++) {
                    byDay.merge(day, 1, Integer::sum);
                }
            }
        }

        Assignment bestFit(Stay stay, Random random, Map<Stay, Assignment> placed) {
            List<Bed> beds = index.candidatesIn(stay, unit);
            if (!beds.isEmpty()) {
                int offset = random.nextInt(beds.size());
                for (LocalDate arrival : arrivals(stay, random)) {
                    int start = (int) arrival.toEpochDay();
                    if (!fitsUnit(stay, arrival, start) || clientElsewhere(stay, start, placed)) {
                        continue;
                    }
                    for (int i = 0; i < beds.size(); i++) {
                        Bed bed = beds.get((offset + i) % beds.size());
                        if (bed.closedNightCount(start, stay.getNights()) == 0 && free(bed, start, start + stay.getNights())) {
                            place(stay, bed, start);
                            return new Assignment(stay, bed, arrival);
                        }
                    }
                }
            }
            return new Assignment(stay, null, stay.getArrival());
        }

        /** Its current arrival first, then the requested one, then the rest of the window in random order. */
        private List<LocalDate> arrivals(Stay stay, Random random) {
            List<LocalDate> rest = new ArrayList<>();
            for (LocalDate day = stay.getEarliestArrival(); !day.isAfter(stay.getLatestArrival()); day = day.plusDays(1)) {
                if (!day.equals(stay.getArrival()) && !day.equals(stay.getRequestedArrival())) {
                    rest.add(day);
                }
            }
            Collections.shuffle(rest, random);
            List<LocalDate> arrivals = new ArrayList<>(rest.size() + 2);
            if (stay.getArrival() != null) {
                arrivals.add(stay.getArrival());
            }
            if (!stay.getRequestedArrival().equals(stay.getArrival())) {
                arrivals.add(stay.getRequestedArrival());
            }
            arrivals.addAll(rest);
            return arrivals;
        }

        private boolean free(Bed bed, int start, int end) {
            for (int[] nights : taken.getOrDefault(bed, List.of())) {
                if (nights[0] < end && start < nights[1]) {
                    return false;
                }
            }
            return true;
        }

        private boolean fitsUnit(Stay stay, LocalDate arrival, int start) {
            Client client = stay.getClient();
            if (!unit.admitsAge(client.ageOn(arrival))
                    || (client.needs(Skill.AWAKE_NIGHT) && unit.nightsWithoutAwakeStaff(start, stay.getNights()) > 0)) {
                return false;
            }
            for (Skill skill : client.getNeeds()) {
                for (int day = start; day < start + stay.getNights(); day++) {
                    if (needing(skill, day) >= unit.capacity(skill, day)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private int needing(Skill skill, int day) {
            Map<Integer, Integer> byDay = needsByDay.get(skill);
            return byDay == null ? 0 : byDay.getOrDefault(day, 0);
        }

        /** Whether the client has another stay on any of these nights (as it stands, or as this move has placed it so far). */
        private boolean clientElsewhere(Stay stay, int start, Map<Stay, Assignment> placed) {
            for (Stay other : index.ofClient(stay.getClient())) {
                if (other == stay) {
                    continue;
                }
                Assignment moved = placed.get(other);
                boolean assigned = moved != null ? moved.bed() != null : other.getBed() != null;
                if (!assigned) {
                    continue;
                }
                int otherStart = moved != null ? (int) moved.arrival().toEpochDay() : other.startDay();
                if (otherStart < start + stay.getNights() && start < otherStart + other.getNights()) {
                    return true;
                }
            }
            return false;
        }
    }
}
