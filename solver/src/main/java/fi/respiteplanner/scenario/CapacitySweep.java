package fi.respiteplanner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Unit;

/**
 * How much capacity is enough? Adds capacity step by step along each axis (own beds of a kind, a
 * purchased block, trained staff), solves every step under one termination over the what-if machinery,
 * and reports the curve (families below their decided entitlement, nights short, cost against the
 * capacity added), the first step where every decision is met (or the best reachable), and the axes side
 * by side at equal coverage: own production against purchase.
 */
public final class CapacitySweep {

    /** Steps per axis at most: each is a solve. */
    public static final int MAX_STEPS = 50;

    private CapacitySweep() {
    }

    /** One way to add capacity, {@code steps} times. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = OwnBeds.class, name = "OWN_BEDS"),
            @JsonSubTypes.Type(value = PurchasedBlock.class, name = "PURCHASED_BLOCK"),
            @JsonSubTypes.Type(value = Staff.class, name = "STAFF") })
    public sealed interface Axis permits OwnBeds, PurchasedBlock, Staff {

        String name();

        int steps();

        /** What is wrong with the axis against the base plan (paths relative to the axis). */
        List<Violation> validate(RespitePlan base);

        /** The changes of step {@code step} (≥ 1): all capacity added up to it. */
        List<ScenarioChange> changesAt(int step, RespitePlan base);

        /** The capacity added at that step: beds, or staff places for one client a night. */
        int capacityAt(int step);

        /** Euros for the added capacity over the horizon whether used or not (beds × nights × the fixed price). */
        long fixedCostAt(int step, RespitePlan base);
    }

    /**
     * More own beds in a unit, {@code bedsPerStep} single rooms a step, optionally with the staff places
     * they need ({@code skillCapacityPerStep}: skill → places added per step). {@code fixedCostPerBedNight}
     * (optional, 0) is what an own bed costs a night used or not (staff, premises), on top of the unit's
     * marginal price.
     */
    public record OwnBeds(String name, String unitId, int bedsPerStep, int steps, Map<Skill, Integer> skillCapacityPerStep,
            Integer fixedCostPerBedNight) implements Axis {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = common(name, steps, base, unitId, true);
            if (bedsPerStep < 1) {
                violations.add(new Violation("bedsPerStep", "must be at least 1"));
            }
            if (fixedCostPerBedNight != null && fixedCostPerBedNight < 0) {
                violations.add(new Violation("fixedCostPerBedNight", "must be zero or more"));
            }
            if (skillCapacityPerStep != null && skillCapacityPerStep.values().stream().anyMatch(places -> places == null || places < 0)) {
                violations.add(new Violation("skillCapacityPerStep", "places must be zero or more"));
            }
            return violations;
        }

        @Override
        public List<ScenarioChange> changesAt(int step, RespitePlan base) {
            List<ScenarioChange> changes = new ArrayList<>(List.of(new ScenarioChanges.AddBeds(unitId, step * bedsPerStep)));
            if (skillCapacityPerStep != null) {
                skillCapacityPerStep.forEach((skill, places) -> changes.add(moreStaff(base, unitId, skill, step * places)));
            }
            return changes;
        }

        @Override
        public int capacityAt(int step) {
            return step * bedsPerStep;
        }

        @Override
        public long fixedCostAt(int step, RespitePlan base) {
            return fixedCost(capacityAt(step), base, fixedCostPerBedNight);
        }
    }

    /**
     * A purchased block: a new unit ({@code unitId}, ages, price per occupied night, location, skills per
     * night, awake night staff, features) with {@code bedsPerStep} single rooms a step. A reserved block paid
     * whether used or not adds {@code fixedCostPerBedNight} (optional, 0).
     */
    public record PurchasedBlock(String name, String unitId, int minAge, int maxAge, int costPerNight, GeoPoint location,
            Map<Skill, Integer> skillCapacity, boolean awakeNightStaff, List<String> features, int bedsPerStep, int steps,
            Integer fixedCostPerBedNight) implements Axis {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = common(name, steps, base, null, false);
            violations.addAll(unitAt(1).validate(base));
            if (fixedCostPerBedNight != null && fixedCostPerBedNight < 0) {
                violations.add(new Violation("fixedCostPerBedNight", "must be zero or more"));
            }
            return violations.stream().map(v -> v.field().equals("beds") ? new Violation("bedsPerStep", v.reason()) : v).toList();
        }

        @Override
        public List<ScenarioChange> changesAt(int step, RespitePlan base) {
            return List.of(unitAt(step));
        }

        private ScenarioChanges.OpenUnit unitAt(int step) {
            return new ScenarioChanges.OpenUnit(unitId, name, Producer.PURCHASED, minAge, maxAge, step * bedsPerStep, costPerNight, location,
                    skillCapacity, awakeNightStaff, features, null);
        }

        @Override
        public int capacityAt(int step) {
            return step * bedsPerStep;
        }

        @Override
        public long fixedCostAt(int step, RespitePlan base) {
            return fixedCost(capacityAt(step), base, fixedCostPerBedNight);
        }
    }

    /**
     * Trained staff: {@code placesPerStep} more clients needing {@code skill} a night in a unit, all horizon
     * long, at {@code fixedCostPerPlaceNight} (optional, 0) a place and night.
     */
    public record Staff(String name, String unitId, Skill skill, int placesPerStep, int steps, Integer fixedCostPerPlaceNight)
            implements Axis {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = common(name, steps, base, unitId, true);
            if (skill == null) {
                violations.add(new Violation("skill", "is required"));
            }
            if (placesPerStep < 1) {
                violations.add(new Violation("placesPerStep", "must be at least 1"));
            }
            if (fixedCostPerPlaceNight != null && fixedCostPerPlaceNight < 0) {
                violations.add(new Violation("fixedCostPerPlaceNight", "must be zero or more"));
            }
            return violations;
        }

        @Override
        public List<ScenarioChange> changesAt(int step, RespitePlan base) {
            return List.of(moreStaff(base, unitId, skill, step * placesPerStep));
        }

        @Override
        public int capacityAt(int step) {
            return step * placesPerStep;
        }

        @Override
        public long fixedCostAt(int step, RespitePlan base) {
            return fixedCost(capacityAt(step), base, fixedCostPerPlaceNight);
        }
    }

    /**
     * One solved step: the capacity added and what it bought. Step 0 is the base plan.
     *
     * @param feasible whether the step's plan keeps every hard rule; a step that breaks one is never an answer
     */
    public record Point(String axis, int step, int capacity, int familiesBelowEntitlement, int entitlementNightsShort,
            double entitlementShare, int servedNights, long operatingCost, long fixedCost, String score, boolean feasible) {

        public long totalCost() {
            return operatingCost + fixedCost;
        }
    }

    /**
     * An axis's answer: the first step meeting every decision, or (when none does) the best it reaches; steps that
     * break a hard rule only when every step does (the answer's point says so).
     */
    public record Answer(String axis, boolean everyDecisionMet, Point point) {
    }

    /**
     * Two axes side by side at the best coverage both reach (the fewer families below their entitlement of
     * the two answers): each one's first step reaching it, e.g. own beds against a purchased block.
     */
    public record EqualCoverage(int familiesBelowEntitlement, Point first, Point second) {
    }

    /** The curve, each axis's answer and every pair of axes at equal coverage. */
    public record Result(Point base, List<Point> points, List<Answer> answers, List<EqualCoverage> equalCoverage) {

        /** One row per solved step (the base first) for a spreadsheet in the reader's language. */
        public String toCsv(Messages words) {
            Csv csv = Csv.of(words).header("axis", "step", "capacity", "familiesBelowEntitlement", "entitlementNightsShort",
                    "entitlementShare", "servedNights", "operatingCost", "fixedCost", "totalCost", "score");
            List<Point> rows = new ArrayList<>(List.of(base));
            rows.addAll(points);
            for (Point p : rows) {
                csv.row(p.axis(), p.step(), p.capacity(), p.familiesBelowEntitlement(), p.entitlementNightsShort(), p.entitlementShare(),
                        p.servedNights(), p.operatingCost(), p.fixedCost(), p.totalCost(), p.score());
            }
            return csv.toString();
        }
    }

    /** Problems with the axes (paths {@code axes[1].unitId}); empty if they fit the base plan. */
    public static List<Violation> validate(RespitePlan base, List<Axis> axes) {
        List<Violation> violations = new ArrayList<>();
        if (axes == null || axes.isEmpty()) {
            return List.of(new Violation("axes", "must list at least one axis"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < axes.size(); i++) {
            String path = "axes[" + i + "]";
            if (axes.get(i) == null) {
                violations.add(new Violation(path, "is null"));
                continue;
            }
            axes.get(i).validate(base).forEach(v -> violations.add(new Violation(path + "." + v.field(), v.reason())));
            if (axes.get(i).name() != null && !names.add(axes.get(i).name())) {
                violations.add(new Violation(path + ".name", "duplicates axis '" + axes.get(i).name() + "'"));
            }
        }
        return violations;
    }

    /**
     * Solves the base and every step of every axis (at most {@code parallelism} at once).
     *
     * @param copier makes an independent deep copy of a plan (e.g. a JSON round trip)
     */
    public static Result run(RespitePlan base, List<Axis> axes, TerminationConfig termination, int parallelism,
            UnaryOperator<RespitePlan> copier) {
        return result(base, axes, ScenarioRunner.solveAll(problems(base, axes, copier), termination, parallelism));
    }

    /** The plans a sweep solves: the base ({@link ScenarioRunner#BASE}) and every step of every axis ({@link #stepName}). */
    public static Map<String, RespitePlan> problems(RespitePlan base, List<Axis> axes, UnaryOperator<RespitePlan> copier) {
        Map<String, RespitePlan> problems = new LinkedHashMap<>();
        problems.put(ScenarioRunner.BASE, copier.apply(base));
        for (Axis axis : axes) {
            for (int step = 1; step <= axis.steps(); step++) {
                problems.put(stepName(axis, step), new Variant(axis.name(), axis.changesAt(step, base)).applyTo(copier.apply(base)));
            }
        }
        return problems;
    }

    public static String stepName(Axis axis, int step) {
        return axis.name() + " #" + step;
    }

    /** The curve, the answers and the pairs at equal coverage from the solved {@link #problems}. */
    public static Result result(RespitePlan base, List<Axis> axes, Map<String, RespitePlan> solved) {
        Point basePoint = point(ScenarioRunner.BASE, 0, 0, 0, solved.get(ScenarioRunner.BASE));
        List<Point> points = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Map<String, List<Point>> curves = new LinkedHashMap<>();
        for (Axis axis : axes) {
            List<Point> curve = new ArrayList<>(List.of(new Point(axis.name(), 0, 0, basePoint.familiesBelowEntitlement(),
                    basePoint.entitlementNightsShort(), basePoint.entitlementShare(), basePoint.servedNights(),
                    basePoint.operatingCost(), 0, basePoint.score(), basePoint.feasible())));
            for (int step = 1; step <= axis.steps(); step++) {
                curve.add(point(axis.name(), step, axis.capacityAt(step), axis.fixedCostAt(step, base), solved.get(stepName(axis, step))));
            }
            points.addAll(curve.subList(1, curve.size()));
            answers.add(answer(axis.name(), curve));
            curves.put(axis.name(), curve);
        }
        List<EqualCoverage> pairs = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            for (int b = a + 1; b < axes.size(); b++) {
                pairs.add(equalCoverage(curves.get(axes.get(a).name()), curves.get(axes.get(b).name())));
            }
        }
        return new Result(basePoint, points, answers, pairs);
    }

    private static Point point(String axis, int step, int capacity, long fixedCost, RespitePlan solved) {
        RespiteKpis kpis = RespiteKpis.of(solved);
        return new Point(axis, step, capacity, kpis.entitlement().familiesBelow(), kpis.entitlement().nightsShort(),
                kpis.entitlement().servedShare(), kpis.nights().servedNights(), kpis.totalCost(), fixedCost, String.valueOf(solved.getScore()),
                solved.getScore() != null && solved.getScore().isFeasible());
    }

    private static final Comparator<Point> BEST = Comparator.comparingInt(Point::familiesBelowEntitlement)
            .thenComparingInt(Point::entitlementNightsShort).thenComparingLong(Point::totalCost);

    private static Answer answer(String axis, List<Point> steps) {
        List<Point> curve = feasibleOrAll(steps);
        return curve.stream().filter(p -> p.familiesBelowEntitlement() == 0).findFirst()
                .map(p -> new Answer(axis, true, p))
                .orElseGet(() -> new Answer(axis, false, best(curve)));
    }

    /** Two curves (step 0 first) at the best coverage both reach: the first step of each reaching it. */
    private static EqualCoverage equalCoverage(List<Point> firstSteps, List<Point> secondSteps) {
        List<Point> first = feasibleOrAll(firstSteps);
        List<Point> second = feasibleOrAll(secondSteps);
        int reachedByBoth = Math.max(best(first).familiesBelowEntitlement(), best(second).familiesBelowEntitlement());
        return new EqualCoverage(reachedByBoth, firstReaching(first, reachedByBoth), firstReaching(second, reachedByBoth));
    }

    private static List<Point> feasibleOrAll(List<Point> curve) {
        List<Point> feasible = curve.stream().filter(Point::feasible).toList();
        return feasible.isEmpty() ? curve : feasible;
    }

    private static Point best(List<Point> curve) {
        return curve.stream().min(BEST).orElseThrow();
    }

    private static Point firstReaching(List<Point> curve, int familiesBelow) {
        return curve.stream().filter(p -> p.familiesBelowEntitlement() <= familiesBelow).findFirst().orElseThrow();
    }

    /** Name and steps; with {@code unitId} (axes that add to a unit) also the unit. */
    private static List<Violation> common(String name, int steps, RespitePlan base, String unitId, boolean addsToUnit) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        }
        if (steps < 1 || steps > MAX_STEPS) {
            violations.add(new Violation("steps", "must be between 1 and " + MAX_STEPS));
        }
        if (addsToUnit && (unitId == null || base.findUnit(unitId).isEmpty())) {
            violations.add(new Violation("unitId", "no unit '" + unitId + "' in the base plan"));
        }
        return violations;
    }

    /**
     * The unit's usual capacity for the skill plus {@code added}, on every night of the horizon (in place of
     * any staffing change of that skill, such as a training week).
     */
    private static ScenarioChange moreStaff(RespitePlan base, String unitId, Skill skill, int added) {
        Unit unit = base.findUnit(unitId).orElseThrow();
        DateRange horizon = base.getHorizon();
        return new ScenarioChanges.ChangeStaffing(unitId, new StaffingChange(horizon, skill,
                unit.getSkillCapacity().getOrDefault(skill, 0) + added, null));
    }

    /** Capacity × the horizon's nights × the price a night (none given: 0). */
    private static long fixedCost(int capacity, RespitePlan base, Integer pricePerNight) {
        long nights = base.getHorizon().to().toEpochDay() - base.getHorizon().from().toEpochDay() + 1;
        return pricePerNight == null ? 0 : capacity * nights * pricePerNight;
    }
}
