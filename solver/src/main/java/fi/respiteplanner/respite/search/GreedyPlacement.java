package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/**
 * A fast first plan: the stays not yet decided are placed one by one without scoring, each into the first
 * bed (cheapest unit first) and arrival (the requested one first) that keeps every hard rule, or left
 * unmet. Families take turns: every client's first request of a month before anyone's second, so the
 * monthly entitlements are served first; among those, the stays with fewer possible beds first.
 * Timefold's construction heuristic scores every bed and arrival of every stay, which took a third of a
 * minute on L; this takes a fraction of a second and leaves the improving to local search.
 */
public class GreedyPlacement implements PhaseCommand<RespitePlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RespitePlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RespitePlan plan = scoreDirector.getWorkingSolution();
        Occupancy occupancy = new Occupancy(plan);
        List<Stay> open = new ArrayList<>();
        for (Stay stay : plan.getStays()) {
            if (stay.getArrival() == null && !stay.isPinned()) {
                open.add(stay);
            } else if (stay.getBed() != null) {
                occupancy.add(stay, stay.getBed(), stay.startDay());
            }
        }
        for (Stay stay : inTurns(open)) {
            place(scoreDirector, stay, occupancy);
        }
        scoreDirector.triggerVariableListeners();
    }

    /** Each client's requests of a month numbered by requested arrival; the first of every client-month come first. */
    private static List<Stay> inTurns(List<Stay> open) {
        Map<Stay, Integer> turn = new IdentityHashMap<>();
        Map<Client, Map<YearMonth, Integer>> counted = new HashMap<>();
        open.stream().sorted(Comparator.comparing(Stay::getRequestedArrival).thenComparing(Stay::getId)).forEach(stay -> turn.put(stay,
                counted.computeIfAbsent(stay.getClient(), client -> new HashMap<>()).merge(YearMonth.from(stay.getRequestedArrival()), 1, Integer::sum)));
        return open.stream().sorted(Comparator.comparingInt((Stay stay) -> turn.get(stay))
                .thenComparingInt(stay -> stay.getCandidateBeds().size()).thenComparing(Stay::getId)).toList();
    }

    private static void place(ScoreDirector<RespitePlan> scoreDirector, Stay stay, Occupancy occupancy) {
        List<Bed> beds = occupancy.cheapestFirst(stay);
        Bed chosenBed = null;
        LocalDate chosenArrival = within(stay, stay.getRequestedArrival());
        search:
        for (LocalDate arrival : arrivals(stay)) {
            for (Bed bed : beds) {
                if (occupancy.fits(stay, bed, arrival)) {
                    chosenBed = bed;
                    chosenArrival = arrival;
                    break search;
                }
            }
        }
        scoreDirector.beforeVariableChanged(stay, "arrival");
        stay.setArrival(chosenArrival);
        scoreDirector.afterVariableChanged(stay, "arrival");
        if (chosenBed != null) {
            scoreDirector.beforeVariableChanged(stay, "bed");
            stay.setBed(chosenBed);
            scoreDirector.afterVariableChanged(stay, "bed");
            occupancy.add(stay, chosenBed, stay.startDay());
        }
    }

    /** The requested arrival first, then the window's days by their distance from it. */
    private static List<LocalDate> arrivals(Stay stay) {
        LocalDate requested = stay.getRequestedArrival();
        return stay.getEarliestArrival().datesUntil(stay.getLatestArrival().plusDays(1))
                .sorted(Comparator.comparingLong(day -> Math.abs(day.toEpochDay() - requested.toEpochDay()))).toList();
    }

    private static LocalDate within(Stay stay, LocalDate day) {
        return day.isBefore(stay.getEarliestArrival()) ? stay.getEarliestArrival()
                : day.isAfter(stay.getLatestArrival()) ? stay.getLatestArrival() : day;
    }

    /** Who is where on which nights, as placed so far, for the hard rules between stays. */
    private static final class Occupancy {

        private final Map<Bed, List<Stay>> inBed = new HashMap<>();
        private final Map<Unit, List<Stay>> inUnit = new HashMap<>();
        private final Map<Room, List<Stay>> inRoom = new HashMap<>();
        private final Map<Client, List<Stay>> ofClient = new HashMap<>();
        private final Map<Stay, Integer> starts = new IdentityHashMap<>();
        private final Map<List<Bed>, List<Bed>> cheapestFirst = new IdentityHashMap<>();
        /** Per unit, per skill and night of the horizon: clients placed who need the skill. */
        private final Map<Unit, int[][]> needing = new HashMap<>();
        /** Clients with an incompatibility either way: only their stays are checked against the unit's others. */
        private final Set<Client> incompatible = new HashSet<>();
        private final long horizonStart;
        private final int horizonNights;

        Occupancy(RespitePlan plan) {
            horizonStart = plan.getHorizon().from().toEpochDay();
            horizonNights = (int) (plan.getHorizon().to().toEpochDay() - horizonStart + 1);
            for (Client client : plan.getClients()) {
                if (!client.getIncompatibleWith().isEmpty()) {
                    incompatible.add(client);
                    incompatible.addAll(client.getIncompatibleWith());
                }
            }
        }

        void add(Stay stay, Bed bed, int start) {
            starts.put(stay, start);
            inBed.computeIfAbsent(bed, key -> new ArrayList<>()).add(stay);
            inUnit.computeIfAbsent(bed.getUnit(), key -> new ArrayList<>()).add(stay);
            inRoom.computeIfAbsent(bed.getRoom(), key -> new ArrayList<>()).add(stay);
            ofClient.computeIfAbsent(stay.getClient(), key -> new ArrayList<>()).add(stay);
            int[][] counts = needing.computeIfAbsent(bed.getUnit(), key -> new int[Skill.values().length][horizonNights]);
            for (Skill skill : stay.getClient().getNeeds()) {
                for (int day = start; day < start + stay.getNights(); day++) {
                    int night = (int) (day - horizonStart);
                    if (night >= 0 && night < horizonNights) {
                        counts[skill.ordinal()][night]++;
                    }
                }
            }
        }

        List<Bed> cheapestFirst(Stay stay) {
            return cheapestFirst.computeIfAbsent(stay.getCandidateBeds(), candidates -> candidates.stream()
                    .sorted(Comparator.comparingInt((Bed bed) -> bed.getUnit().getCostPerNight())).toList());
        }

        boolean fits(Stay stay, Bed bed, LocalDate arrival) {
            Client client = stay.getClient();
            Unit unit = bed.getUnit();
            int start = (int) arrival.toEpochDay();
            int end = start + stay.getNights();
            if (bed.closedNightCount(start, stay.getNights()) > 0 || !unit.admitsAge(client.ageOn(arrival))
                    || (client.needs(Skill.AWAKE_NIGHT) && unit.nightsWithoutAwakeStaff(start, stay.getNights()) > 0)
                    || overlaps(inBed.get(bed), start, end, other -> true)
                    || overlaps(ofClient.get(client), start, end, other -> true)
                    || (incompatible.contains(client) && overlaps(inUnit.get(unit), start, end,
                            other -> client.getIncompatibleWith().contains(other.getClient()) || other.getClient().getIncompatibleWith().contains(client)))
                    || (bed.getRoom().getGenderPolicy() == GenderPolicy.SAME_GENDER
                            && overlaps(inRoom.get(bed.getRoom()), start, end, other -> other.getClient().getGender() != client.getGender()))) {
                return false;
            }
            for (Skill skill : client.getNeeds()) {
                for (int day = start; day < end; day++) {
                    if (needing(unit, skill, day) >= unit.capacity(skill, day)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean overlaps(List<Stay> stays, int start, int end, Predicate<Stay> counts) {
            if (stays != null) {
                for (Stay other : stays) {
                    int otherStart = starts.get(other);
                    if (otherStart < end && start < otherStart + other.getNights() && counts.test(other)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int needing(Unit unit, Skill skill, int day) {
            int[][] counts = needing.get(unit);
            int night = (int) (day - horizonStart);
            return counts == null || night < 0 || night >= horizonNights ? 0 : counts[skill.ordinal()][night];
        }
    }
}
