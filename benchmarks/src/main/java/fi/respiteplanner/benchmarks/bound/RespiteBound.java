package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.time.YearMonth;
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
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * A CP-SAT model of the respite problem for reference bounds. Hard constraints are constraints (options
 * that break a per-stay hard constraint are never generated); the levels are minimised one after the
 * other as the score ranks them: the entitlement level (per client and month, (earlier + s)² − earlier² with
 * s the nights below min(entitlement, requested)), then the demand level (Σ per client of the squared
 * weighted unmet nights) with the entitlement fixed at its optimum, then the soft level with both fixed.
 * A level whose optimum is not proven in time leaves the next one unfixed: its bound is then the least
 * demand of any plan, still a bound on the demand of the best plan, and the soft level is not computed.
 * The promise level is not modelled: bounds are for plans without published stays.
 * Beds that nothing distinguishes (same room kind in the same unit) can be grouped: a night's
 * capacity of k identical beds is exact for interval stays, so grouping loses nothing but the
 * same-gender rule of shared rooms, which the grouped model drops (it stays a valid bound). The
 * "Siblings apart" penalty (pairwise) is left out of the soft level, so the soft bound is a bound too.
 */
public final class RespiteBound {

    /** One level: the bound, whether CP-SAT proved it optimal, and the level of CP-SAT's best plan (null: none found). */
    public record Level(long bound, boolean proven, Long found) {

        String describe(String name) {
            return name + " ≥ -" + bound + (proven ? " (proven)" : "")
                    + (found == null || proven ? "" : " (CP-SAT's best plan -" + found + ")");
        }
    }

    /** What a bound run found; {@code soft} is null unless both higher levels were proven. */
    public record Result(Level entitlement, Level demand, Level soft, int options, double seconds) {

        public String describe() {
            return entitlement.describe("entitlement") + ", " + demand.describe("demand") + (soft == null ? "" : ", " + soft.describe("soft"));
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
        Map<Stay, List<Option>> byStay = constraints(model, options);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(secondsPerLevel).setNumWorkers(workers);

        LinearExpr entitlementLevel = entitlement(model, byStay);
        Level entitlement = minimise(model, solver, entitlementLevel);
        if (entitlement.proven()) {
            model.addEquality(entitlementLevel, entitlement.bound());
        }
        LinearExpr demandLevel = demand(model, byStay);
        Level demand = minimise(model, solver, demandLevel);
        Level soft = null;
        if (entitlement.proven() && demand.proven()) {
            model.addEquality(demandLevel, demand.bound());
            LinearExprBuilder softLevel = LinearExpr.newBuilder();
            options.forEach(option -> softLevel.addTerm(option.chosen(), option.softCost()));
            soft = minimise(model, solver, softLevel.build());
        }
        return new Result(entitlement, demand, soft, options.size(), (System.nanoTime() - start) / 1e9);
    }

    private static Level minimise(CpModel model, CpSolver solver, LinearExpr objective) {
        model.minimize(objective);
        CpSolverStatus status = solver.solve(model);
        boolean proven = status == CpSolverStatus.OPTIMAL;
        Long found = status == CpSolverStatus.FEASIBLE || proven ? Math.round(solver.objectiveValue()) : null;
        return new Level((long) Math.ceil(solver.bestObjectiveBound() - 1e-6), proven, found);
    }

    private List<Option> options(CpModel model) {
        List<Option> options = new ArrayList<>();
        Map<String, List<Bed>> groups = bedGroups(plan, groupBeds);
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
    static Map<String, List<Bed>> bedGroups(RespitePlan plan, boolean groupBeds) {
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
    static boolean admissible(Stay stay, Bed bed, LocalDate arrival) {
        long day = arrival.toEpochDay();
        Client client = stay.getClient();
        return bed.closedNightCount(day, stay.getNights()) == 0
                && bed.getUnit().admitsAge(client.ageOn(arrival))
                && client.getRequiredFeatures().stream().allMatch(bed.getRoom()::hasFeature)
                && bed.getRoom().getGenderPolicy().admits(client.getGender())
                && (!client.needs(Skill.AWAKE_NIGHT) || bed.getUnit().nightsWithoutAwakeStaff(day, stay.getNights()) == 0);
    }

    /** The capacities; returns each stay's options. */
    private Map<Stay, List<Option>> constraints(CpModel model, List<Option> options) {
        Map<Stay, List<Option>> byStay = new LinkedHashMap<>();
        Map<String, List<BoolVar>> byNightKey = new HashMap<>();
        Map<String, Integer> capacity = new HashMap<>();
        for (Option option : options) {
            byStay.computeIfAbsent(option.stay(), s -> new ArrayList<>()).add(option);
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
        byStay.values().forEach(stayOptions -> model.addAtMostOne(stayOptions.stream().map(Option::chosen).toArray(BoolVar[]::new)));
        byNightKey.forEach((key, chosen) -> {
            if (chosen.size() > capacity.get(key)) {
                model.addLessOrEqual(LinearExpr.sum(chosen.toArray(BoolVar[]::new)), capacity.get(key));
            }
        });
        if (!groupBeds) {
            sameGenderRooms(model, options);
        }
        return byStay;
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

    /**
     * Σ per client and month of (earlier + s)² − earlier², s = max(0, min(entitlement, requested) − served):
     * requested nights by the requested arrival, served ones by the option's arrival.
     */
    private LinearExpr entitlement(CpModel model, Map<Stay, List<Option>> byStay) {
        Map<ClientMonth, Integer> requested = new LinkedHashMap<>();
        Map<ClientMonth, LinearExprBuilder> served = new HashMap<>();
        for (Stay stay : plan.getStays()) {
            if (stay.getClient().getMonthlyEntitlement() <= 0) {
                continue;
            }
            stay.requestedNightsByMonth().forEach((month, nights) -> requested.merge(new ClientMonth(stay.getClient(), month), nights, Integer::sum));
            for (Option option : byStay.getOrDefault(stay, List.of())) {
                for (int n = 0; n < stay.getNights(); n++) {
                    ClientMonth month = new ClientMonth(stay.getClient(), YearMonth.from(option.arrival().plusDays(n)));
                    served.computeIfAbsent(month, key -> LinearExpr.newBuilder()).addTerm(option.chosen(), 1);
                }
            }
        }
        long weight = weight(RespiteConstraint.ENTITLEMENT_SHORTFALL);
        LinearExprBuilder level = LinearExpr.newBuilder();
        requested.forEach((month, nights) -> {
            int target = month.target(nights);
            if (target <= 0) {
                return;
            }
            long earlier = month.client().getEarlierShortfall();
            IntVar shortfall = model.newIntVar(0, target, "");
            model.addGreaterOrEqual(served.getOrDefault(month, LinearExpr.newBuilder()).addTerm(shortfall, 1), target);
            IntVar penalty = model.newIntVar(0, (earlier + target) * (earlier + target) - earlier * earlier, "");
            tangents(model, penalty, shortfall, target, k -> (earlier + k) * (earlier + k) - earlier * earlier);
            level.addTerm(penalty, weight);
        });
        return level.build();
    }

    /** Σ per client of (Σ unmet nights × priority weight)². */
    private LinearExpr demand(CpModel model, Map<Stay, List<Option>> byStay) {
        Map<Client, List<Stay>> stays = new LinkedHashMap<>();
        plan.getStays().forEach(stay -> stays.computeIfAbsent(stay.getClient(), c -> new ArrayList<>()).add(stay));
        long weight = weight(RespiteConstraint.UNMET_DEMAND);
        LinearExprBuilder level = LinearExpr.newBuilder();
        for (List<Stay> clientStays : stays.values()) {
            long total = clientStays.stream().mapToLong(Stay::getUnmetWeight).sum();
            LinearExprBuilder served = LinearExpr.newBuilder();
            for (Stay stay : clientStays) {
                for (Option option : byStay.getOrDefault(stay, List.of())) {
                    served.addTerm(option.chosen(), stay.getUnmetWeight());
                }
            }
            IntVar unmet = model.newIntVar(0, total, "");
            model.addEquality(unmet, LinearExpr.affine(served, -1, total));
            IntVar squared = model.newIntVar(0, total * total, "");
            tangents(model, squared, unmet, total, k -> k * k);
            level.addTerm(squared, weight);
        }
        return level.build();
    }

    /**
     * penalty ≥ f(x) for a convex f, as the chords between consecutive integers: exact at integers (the
     * penalty is minimised) and, unlike a multiplication constraint, strong in the LP relaxation.
     */
    private static void tangents(CpModel model, IntVar penalty, IntVar x, long max, java.util.function.LongUnaryOperator f) {
        for (long k = 0; k < max; k++) {
            long slope = f.applyAsLong(k + 1) - f.applyAsLong(k);
            model.addGreaterOrEqual(penalty, LinearExpr.affine(x, slope, f.applyAsLong(k) - slope * k));
        }
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
