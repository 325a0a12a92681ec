package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import fi.respiteplanner.benchmarks.bound.RespiteBound.Level;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.holiday.score.HolidayConstraint;

/**
 * A CP-SAT model of the holiday problem for reference bounds: a request goes to one group of its week or
 * none; groups that break a per-request hard rule (grade, accessibility, language) are not options; group
 * and skill capacities per day are constraints. The medium level (Σ per child of the squared weighted
 * unmet days) is minimised first, then the soft level with the medium fixed at its optimum. The soft
 * level keeps the per-placement terms (travel, provider, cost) and leaves out the pairwise ones
 * (week-to-week continuity, siblings and friends apart), so the soft bound is a bound.
 */
public final class HolidayBound {

    /** What a bound run found; {@code soft} is null unless the medium level was proven. */
    public record Result(Level medium, Level soft, int options, double seconds) {

        public String describe() {
            return medium.describe("medium") + (soft == null ? "" : ", " + soft.describe("soft") + " (pairwise terms left out)");
        }
    }

    private record Option(Placement placement, ActivityGroup group, BoolVar chosen) {
    }

    private final HolidayPlan plan;

    public HolidayBound(HolidayPlan plan) {
        this.plan = plan;
    }

    public Result solve(double secondsPerLevel, int workers) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        CpModel model = new CpModel();
        List<Option> options = new ArrayList<>();
        for (Placement placement : plan.getPlacements()) {
            for (ActivityGroup group : placement.getWeekGroups()) {
                if (admissible(placement.getChild(), group)) {
                    options.add(new Option(placement, group, model.newBoolVar("")));
                }
            }
        }
        Map<Placement, List<BoolVar>> byPlacement = new LinkedHashMap<>();
        Map<String, List<BoolVar>> byGroupDay = new HashMap<>();
        Map<String, Integer> capacity = new HashMap<>();
        for (Option option : options) {
            byPlacement.computeIfAbsent(option.placement(), p -> new ArrayList<>()).add(option.chosen());
            for (LocalDate day : option.placement().getDays()) {
                String key = option.group().getId() + "|" + day;
                byGroupDay.computeIfAbsent(key, k -> new ArrayList<>()).add(option.chosen());
                capacity.put(key, option.group().getCapacity());
                for (Skill skill : option.placement().getChild().getNeeds()) {
                    byGroupDay.computeIfAbsent(key + "|" + skill, k -> new ArrayList<>()).add(option.chosen());
                    capacity.put(key + "|" + skill, option.group().skillCapacity(skill));
                }
            }
        }
        byPlacement.values().forEach(chosen -> model.addAtMostOne(chosen.toArray(BoolVar[]::new)));
        byGroupDay.forEach((key, chosen) -> {
            if (chosen.size() > capacity.get(key)) {
                model.addLessOrEqual(LinearExpr.sum(chosen.toArray(BoolVar[]::new)), capacity.get(key));
            }
        });
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(secondsPerLevel).setNumWorkers(workers);
        LinearExpr mediumLevel = medium(model, byPlacement);
        Level medium = minimise(model, solver, mediumLevel);
        Level soft = null;
        if (medium.proven()) {
            model.addEquality(mediumLevel, medium.bound());
            LinearExprBuilder softLevel = LinearExpr.newBuilder();
            options.forEach(option -> softLevel.addTerm(option.chosen(), softCost(option.placement(), option.group())));
            soft = minimise(model, solver, softLevel.build());
        }
        return new Result(medium, soft, options.size(), (System.nanoTime() - start) / 1e9);
    }

    private static Level minimise(CpModel model, CpSolver solver, LinearExpr objective) {
        model.minimize(objective);
        CpSolverStatus status = solver.solve(model);
        boolean proven = status == CpSolverStatus.OPTIMAL;
        Long found = status == CpSolverStatus.FEASIBLE || proven ? Math.round(solver.objectiveValue()) : null;
        return new Level((long) Math.ceil(solver.bestObjectiveBound() - 1e-6), proven, found);
    }

    /** The per-request hard rules: grade range, accessibility, language. */
    static boolean admissible(Child child, ActivityGroup group) {
        return child.getGrade() >= group.getMinGrade() && child.getGrade() <= group.getMaxGrade()
                && (!child.isWheelchair() || group.isAccessible()) && child.getLanguage().equals(group.getLanguage());
    }

    /** Σ per child of (Σ unmet days × priority weight)², the squares as chords between integers. */
    private LinearExpr medium(CpModel model, Map<Placement, List<BoolVar>> byPlacement) {
        Map<Child, List<Placement>> placements = new LinkedHashMap<>();
        plan.getPlacements().forEach(placement -> placements.computeIfAbsent(placement.getChild(), c -> new ArrayList<>()).add(placement));
        long weight = weight(HolidayConstraint.UNMET_HOLIDAY_DEMAND);
        LinearExprBuilder level = LinearExpr.newBuilder();
        for (List<Placement> childPlacements : placements.values()) {
            long total = childPlacements.stream().mapToLong(Placement::unmetWeight).sum();
            LinearExprBuilder served = LinearExpr.newBuilder();
            for (Placement placement : childPlacements) {
                for (BoolVar chosen : byPlacement.getOrDefault(placement, List.of())) {
                    served.addTerm(chosen, placement.unmetWeight());
                }
            }
            IntVar unmet = model.newIntVar(0, total, "");
            model.addEquality(unmet, LinearExpr.affine(served, -1, total));
            IntVar squared = model.newIntVar(0, total * total, "");
            for (long k = 0; k < total; k++) {
                model.addGreaterOrEqual(squared, LinearExpr.affine(unmet, 2 * k + 1, -k * (k + 1)));
            }
            level.addTerm(squared, weight);
        }
        return level.build();
    }

    /** The per-placement soft penalties, as the constraint provider counts them. */
    long softCost(Placement placement, ActivityGroup group) {
        Child child = placement.getChild();
        int days = placement.getDays().size();
        long cost = weight(HolidayConstraint.HOLIDAY_COST) * group.getCostPerChildDay() * days;
        if (child.getHome() != null && group.getLocation() != null) {
            cost += weight(HolidayConstraint.HOLIDAY_TRAVEL) * Math.round(child.getHome().kmTo(group.getLocation())) * days;
        }
        if (!child.getPreferredProviders().isEmpty() && !child.getPreferredProviders().contains(group.getProvider())) {
            cost += weight(HolidayConstraint.NOT_A_PREFERRED_PROVIDER);
        }
        return cost;
    }

    private long weight(HolidayConstraint constraint) {
        return constraint.weightIn(plan.getConstraintWeightOverrides());
    }
}
