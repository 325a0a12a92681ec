package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * A CP-SAT model of the respite problem for reference bounds. Hard constraints are constraints (options
 * that break a per-stay hard constraint are never generated); the demand level (Σ per client of the
 * squared weighted unmet nights; called medium here) is minimised first, then the soft level with the
 * demand level fixed. The promise and entitlement levels are not modelled: bounds are for plans without
 * published stays and entitlements.
 * Beds that nothing distinguishes (same room kind in the same unit) can be grouped: a night's
 * capacity of k identical beds is exact for interval stays, so grouping loses nothing but the
 * same-gender rule of shared rooms, which the grouped model drops (it stays a valid bound). The
 * "Siblings apart" penalty (pairwise) is left out of the soft level, so the soft bound is a bound too.
 */
public final class RespiteBound {

    /** What a bound run found. {@code proven} means CP-SAT proved the level optimal. */
    public record Result(long mediumBound, boolean mediumProven, Long mediumFound, Long softBound, boolean softProven, int options,
            double seconds) {

        /** The best possible score as far as this run knows (null soft: not computed), and CP-SAT's own best plan. */
        public String describe() {
            return "medium ≥ -" + mediumBound + (mediumProven ? " (proven)" : "") + (softBound == null ? ""
                    : ", soft ≥ -" + softBound + (softProven ? " (proven)" : ""))
                    + (mediumFound == null || mediumProven ? "" : "; CP-SAT's best plan -" + mediumFound + "medium");
        }
    }

    private record Option(Stay stay, List<Bed> beds, LocalDate arrival, BoolVar chosen, long softCost) {
    }

    private final RespitePlan plan;
    private final boolean groupBeds;

    /** @param groupBeds merge interchangeable beds (stronger and smaller; drops the same-gender room rule) */
    public RespiteBound(RespitePlan plan, boolean groupBeds) {
        this.plan = plan;
        this.groupBeds = groupBeds;
    }

    public Result solve(double secondsPerLevel, int workers) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        CpModel model = new CpModel();
        List<Option> options = options(model);
        LinearExpr medium = constraints(model, options);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(secondsPerLevel).setNumWorkers(workers);
        model.minimize(medium);
        CpSolverStatus status = solver.solve(model);
        boolean mediumProven = status == CpSolverStatus.OPTIMAL;
        long mediumBound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        Long mediumFound = status == CpSolverStatus.FEASIBLE || mediumProven ? Math.round(solver.objectiveValue()) : null;
        Long softBound = null;
        boolean softProven = false;
        if (mediumProven) {
            model.addEquality(medium, mediumBound);
            LinearExprBuilder soft = LinearExpr.newBuilder();
            options.forEach(option -> soft.addTerm(option.chosen(), option.softCost()));
            model.minimize(soft);
            CpSolverStatus softStatus = solver.solve(model);
            softProven = softStatus == CpSolverStatus.OPTIMAL;
            softBound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        }
        return new Result(mediumBound, mediumProven, mediumFound, softBound, softProven, options.size(), (System.nanoTime() - start) / 1e9);
    }

    private List<Option> options(CpModel model) {
        List<Option> options = new ArrayList<>();
        Map<String, List<Bed>> groups = bedGroups();
        for (Stay stay : plan.getStays()) {
            List<LocalDate> arrivals = stay.isPinned() ? List.of(stay.getArrival())
                    : stay.getEarliestArrival().datesUntil(stay.getLatestArrival().plusDays(1)).toList();
            List<List<Bed>> candidates = stay.isPinned() ? List.of(List.of(stay.getBed()))
                    : groups.values().stream().filter(group -> stay.getCandidateBeds().contains(group.get(0))).toList();
            for (List<Bed> beds : candidates) {
                for (LocalDate arrival : arrivals) {
                    if (admissible(stay, beds.get(0), arrival)) {
                        options.add(new Option(stay, beds, arrival, model.newBoolVar(""), softCost(stay, beds.get(0), arrival)));
                    }
                }
            }
        }
        return options;
    }

    /** Interchangeable beds share a key: the same room kind in the same unit (or each bed alone). */
    private Map<String, List<Bed>> bedGroups() {
        Map<String, List<Bed>> groups = new LinkedHashMap<>();
        for (Unit unit : plan.getUnits()) {
            for (Room room : unit.getRooms()) {
                for (Bed bed : room.getBeds()) {
                    String key = groupBeds && bed.getClosedNights().isEmpty()
                            ? unit.getId() + "|" + room.getGenderPolicy() + "|" + room.getFeatures() + "|" + room.getBeds().size()
                            : bed.getId();
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(bed);
                }
            }
        }
        return groups;
    }

    /** The per-stay hard constraints: open nights, age, features, gender-only rooms, awake night staff. */
    private static boolean admissible(Stay stay, Bed bed, LocalDate arrival) {
        long day = arrival.toEpochDay();
        Client client = stay.getClient();
        return bed.closedNightCount(day, stay.getNights()) == 0
                && bed.getUnit().admitsAge(client.ageOn(arrival))
                && client.getRequiredFeatures().stream().allMatch(bed.getRoom()::hasFeature)
                && bed.getRoom().getGenderPolicy().admits(client.getGender())
                && (!client.needs(Skill.AWAKE_NIGHT) || bed.getUnit().nightsWithoutAwakeStaff(day, stay.getNights()) == 0);
    }

    private LinearExpr constraints(CpModel model, List<Option> options) {
        Map<Stay, List<BoolVar>> byStay = new LinkedHashMap<>();
        Map<String, List<BoolVar>> byNightKey = new HashMap<>();
        Map<String, Integer> capacity = new HashMap<>();
        for (Option option : options) {
            byStay.computeIfAbsent(option.stay(), s -> new ArrayList<>()).add(option.chosen());
            Unit unit = option.beds().get(0).getUnit();
            Client client = option.stay().getClient();
            for (int n = 0; n < option.stay().getNights(); n++) {
                long day = option.arrival().toEpochDay() + n;
                String bedKey = "bed|" + option.beds().get(0).getId() + "|" + day;
                byNightKey.computeIfAbsent(bedKey, k -> new ArrayList<>()).add(option.chosen());
                capacity.put(bedKey, option.beds().size());
                byNightKey.computeIfAbsent("client|" + client.getId() + "|" + day, k -> new ArrayList<>()).add(option.chosen());
                capacity.put("client|" + client.getId() + "|" + day, 1);
                for (Skill skill : client.getNeeds()) {
                    String key = "skill|" + unit.getId() + "|" + skill + "|" + day;
                    byNightKey.computeIfAbsent(key, k -> new ArrayList<>()).add(option.chosen());
                    capacity.put(key, unit.capacity(skill, day));
                }
                for (Client other : client.getIncompatibleWith()) {
                    String pair = client.getId().compareTo(other.getId()) < 0 ? client.getId() + "+" + other.getId()
                            : other.getId() + "+" + client.getId();
                    String key = "apart|" + pair + "|" + unit.getId() + "|" + day;
                    byNightKey.computeIfAbsent(key, k -> new ArrayList<>()).add(option.chosen());
                    capacity.put(key, 1);
                }
            }
        }
        byStay.values().forEach(chosen -> model.addAtMostOne(chosen.toArray(BoolVar[]::new)));
        byNightKey.forEach((key, chosen) -> {
            if (chosen.size() > capacity.get(key)) {
                model.addLessOrEqual(LinearExpr.sum(chosen.toArray(BoolVar[]::new)), capacity.get(key));
            }
        });
        if (!groupBeds) {
            sameGenderRooms(model, options);
        }
        return medium(model, byStay);
    }

    /** In a same-gender room, on each night, clients of at most one gender. */
    private void sameGenderRooms(CpModel model, List<Option> options) {
        Map<String, List<BoolVar>> byRoomNightGender = new HashMap<>();
        for (Option option : options) {
            Room room = option.beds().get(0).getRoom();
            if (room.getGenderPolicy() != GenderPolicy.SAME_GENDER) {
                continue;
            }
            for (int n = 0; n < option.stay().getNights(); n++) {
                String key = room.getId() + "|" + (option.arrival().toEpochDay() + n);
                byRoomNightGender.computeIfAbsent(key + "|" + option.stay().getClient().getGender(), k -> new ArrayList<>())
                        .add(option.chosen());
            }
        }
        Map<String, List<BoolVar>> presentByRoomNight = new HashMap<>();
        byRoomNightGender.forEach((key, chosen) -> {
            BoolVar present = model.newBoolVar("");
            chosen.forEach(option -> model.addImplication(option, present));
            presentByRoomNight.computeIfAbsent(key.substring(0, key.lastIndexOf('|')), k -> new ArrayList<>()).add(present);
        });
        presentByRoomNight.values().forEach(present -> model.addAtMostOne(present.toArray(BoolVar[]::new)));
    }

    /** Σ per client of (Σ unmet nights × priority weight)². */
    private LinearExpr medium(CpModel model, Map<Stay, List<BoolVar>> byStay) {
        Map<Client, List<Stay>> stays = new LinkedHashMap<>();
        plan.getStays().forEach(stay -> stays.computeIfAbsent(stay.getClient(), c -> new ArrayList<>()).add(stay));
        long weight = weight(RespiteConstraint.UNMET_DEMAND);
        LinearExprBuilder medium = LinearExpr.newBuilder();
        for (List<Stay> clientStays : stays.values()) {
            long total = clientStays.stream().mapToLong(Stay::getUnmetWeight).sum();
            LinearExprBuilder served = LinearExpr.newBuilder();
            for (Stay stay : clientStays) {
                for (BoolVar chosen : byStay.getOrDefault(stay, List.of())) {
                    served.addTerm(chosen, stay.getUnmetWeight());
                }
            }
            IntVar unmet = model.newIntVar(0, total, "");
            model.addEquality(unmet, LinearExpr.affine(served, -1, total));
            // squared ≥ u² as the tangents of the parabola at each integer: exact at integers (squared is
            // minimised) and, unlike a multiplication constraint, strong in the LP relaxation.
            IntVar squared = model.newIntVar(0, total * total, "");
            for (long k = 0; k < total; k++) {
                model.addGreaterOrEqual(squared, LinearExpr.affine(unmet, 2 * k + 1, -k * (k + 1)));
            }
            medium.addTerm(squared, weight);
        }
        return medium.build();
    }

    /** The soft penalty of one stay in one bed from one arrival, as the constraint provider counts it. */
    long softCost(Stay stay, Bed bed, LocalDate arrival) {
        Unit unit = bed.getUnit();
        Client client = stay.getClient();
        int nights = stay.getNights();
        long day = arrival.toEpochDay();
        long cost = weight(RespiteConstraint.PRODUCTION_COST) * unit.cost(day, nights);
        cost += weight(RespiteConstraint.ARRIVAL_MOVED) * Math.abs(day - stay.getRequestedArrival().toEpochDay());
        if (!client.getPreferredUnits().isEmpty()) {
            int rank = client.preferenceRank(unit);
            cost += weight(RespiteConstraint.UNIT_PREFERENCE_RANK) * (rank < 0 ? client.getPreferredUnits().size() : rank);
        }
        if (client.getRefusedUnits().contains(unit)) {
            cost += weight(RespiteConstraint.REFUSED_UNIT) * nights;
        }
        cost += weight(RespiteConstraint.PREFERRED_FEATURE_MISSING)
                * client.getPreferredFeatures().stream().filter(feature -> !bed.getRoom().hasFeature(feature)).count();
        if (client.getUsualUnit() != null && client.getUsualUnit() != unit) {
            cost += weight(RespiteConstraint.NOT_USUAL_UNIT);
        }
        if (client.getHome() != null && unit.getLocation() != null) {
            cost += weight(RespiteConstraint.TRAVEL_DISTANCE) * Math.round(client.getHome().kmTo(unit.getLocation()));
        }
        if (stay.getPlacementCosts() != null) {
            cost += weight(RespiteConstraint.PLACEMENT_COST) * nights * ((long) stay.getPlacementCosts().getOrDefault(unit.getId(), 0)
                    + stay.getPlacementCosts().getOrDefault(bed.getRoom().getId(), 0));
        }
        Published published = stay.getPublished();
        if (published != null && stay.getForced() != null) {
            if (published.bed().getUnit() != unit) {
                cost += weight(RespiteConstraint.FORCED_MOVE_TO_OTHER_UNIT);
            } else if (!Objects.equals(published.bed(), bed)) {
                cost += weight(RespiteConstraint.FORCED_MOVE_TO_OTHER_BED);
            }
            if (stay.getForced().code() != ChangeReason.Code.OWN_CHANGE) {
                cost += weight(RespiteConstraint.FORCED_MOVE_TO_OTHER_DATES) * Math.abs(day - published.arrival().toEpochDay());
            }
        }
        return cost;
    }

    private long weight(RespiteConstraint constraint) {
        return constraint.weightIn(plan.getConstraintWeightOverrides());
    }
}
