package fi.respiteplanner.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/** The what-if changes, one record each. */
public final class ScenarioChanges {

    /** Most beds one change adds: more than a wellbeing area runs, so a larger number is a typing mistake. */
    public static final int MAX_NEW_BEDS = 500;

    private ScenarioChanges() {
    }

    /** More beds in a unit: {@code count} new single rooms (e.g. "6 more own beds"). */
    public record AddBeds(String unitId, int count) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>(unitMustExist(base, unitId));
            if (count < 1 || count > MAX_NEW_BEDS) {
                violations.add(new Violation("count", "must be between 1 and " + MAX_NEW_BEDS));
            }
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            Unit unit = plan.findUnit(unitId).orElseThrow();
            for (int i = 1; i <= count; i++) {
                String roomId = unitId + "-X" + i;
                unit.withRoom(new Room(roomId, GenderPolicy.ANY).withBed(new Bed(roomId + "-B1")));
            }
        }
    }

    /** Fewer beds in a unit: the last {@code count} beds go (rooms left empty go too). */
    public record RemoveBeds(String unitId, int count) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>(unitMustExist(base, unitId));
            if (violations.isEmpty() && (count < 1 || count >= base.findUnit(unitId).orElseThrow().bedCount())) {
                violations.add(new Violation("count", "must be between 1 and the unit's beds − 1 (close the unit instead)"));
            }
            if (violations.isEmpty()) {
                List<Bed> removed = lastBeds(base.findUnit(unitId).orElseThrow(), count);
                base.getStays().stream().filter(stay -> stay.isPinned() && removed.contains(stay.getBed())).findFirst()
                        .ifPresent(stay -> violations.add(new Violation("count", "would remove bed " + stay.getBed().getId()
                                + " of confirmed stay " + stay.getId())));
            }
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            Unit unit = plan.findUnit(unitId).orElseThrow();
            List<Bed> removed = lastBeds(unit, count);
            for (Room room : unit.getRooms()) {
                room.getBeds().removeAll(removed);
            }
            unit.getRooms().removeIf(room -> room.getBeds().isEmpty());
            plan.getStays().stream().filter(stay -> removed.contains(stay.getBed())).forEach(stay -> stay.assign(null, stay.getArrival()));
        }

        private static List<Bed> lastBeds(Unit unit, int count) {
            List<Bed> beds = unit.getRooms().stream().flatMap(room -> room.getBeds().stream()).toList();
            return beds.subList(Math.max(0, beds.size() - count), beds.size());
        }
    }

    /**
     * A new unit or a purchased block: {@code beds} single rooms at {@code costPerNight}, open on
     * {@code period} only (the whole horizon if null).
     */
    public record OpenUnit(String unitId, String name, Producer producer, int minAge, int maxAge, int beds, int costPerNight,
            GeoPoint location, Map<Skill, Integer> skillCapacity, boolean awakeNightStaff, List<String> features, DateRange period)
            implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>();
            if (unitId == null || unitId.isBlank()) {
                violations.add(new Violation("unitId", "is required"));
            } else if (base.findUnit(unitId).isPresent()) {
                violations.add(new Violation("unitId", "duplicates unit '" + unitId + "'"));
            }
            if (producer == null) {
                violations.add(new Violation("producer", "is required (OWN, PURCHASED or VOUCHER)"));
            }
            if (beds < 1 || beds > MAX_NEW_BEDS) {
                violations.add(new Violation("beds", "must be between 1 and " + MAX_NEW_BEDS));
            }
            if (costPerNight < 0) {
                violations.add(new Violation("costPerNight", "must be zero or more"));
            }
            if (maxAge < minAge || minAge < 0) {
                violations.add(new Violation("maxAge", "must be at least minAge (and minAge at least 0)"));
            }
            if (skillCapacity != null && skillCapacity.values().stream().anyMatch(capacity -> capacity == null || capacity < 0)) {
                violations.add(new Violation("skillCapacity", "capacities must be zero or more"));
            }
            if (period != null) {
                violations.addAll(PlanValidator.validateRange(period, "period"));
            }
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            Unit unit = new Unit(unitId, producer, minAge, maxAge, costPerNight).withName(name == null ? unitId : name)
                    .withLocation(location).withAwakeNightStaff(awakeNightStaff)
                    .withFeatures(features == null ? Set.of() : Set.copyOf(features));
            if (skillCapacity != null) {
                skillCapacity.forEach(unit::withSkillCapacity);
            }
            for (int i = 1; i <= beds; i++) {
                String roomId = unitId + "-R" + i;
                unit.withRoom(new Room(roomId, GenderPolicy.ANY).withBed(new Bed(roomId + "-B1")));
            }
            DateRange horizon = plan.getHorizon();
            if (period != null && period.from().isAfter(horizon.from())) {
                unit.withClosedNights(new DateRange(horizon.from(), period.from().minusDays(1)));
            }
            if (period != null && period.to().isBefore(horizon.to())) {
                unit.withClosedNights(new DateRange(period.to().plusDays(1), horizon.to()));
            }
            plan.getUnits().add(unit);
        }
    }

    /** A unit closed on some nights (renovation, a contract ending); its stays there become unassigned. */
    public record CloseUnit(String unitId, DateRange nights) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>(unitMustExist(base, unitId));
            violations.addAll(PlanValidator.validateRange(nights, "nights"));
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            plan.findUnit(unitId).orElseThrow().withClosedNights(nights);
        }
    }

    /** A unit's price per night (and weekday prices, replacing the old ones when given). */
    public record SetPrice(String unitId, int costPerNight, Map<DayOfWeek, Integer> weekdayCosts) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>(unitMustExist(base, unitId));
            if (costPerNight < 0 || (weekdayCosts != null && weekdayCosts.values().stream().anyMatch(cost -> cost == null || cost < 0))) {
                violations.add(new Violation("costPerNight", "prices must be zero or more"));
            }
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            Unit unit = plan.findUnit(unitId).orElseThrow();
            unit.setCostPerNight(costPerNight);
            if (weekdayCosts != null) {
                unit.getWeekdayCosts().clear();
                unit.getWeekdayCosts().putAll(weekdayCosts);
            }
        }
    }

    /** Staffing for a skill on some nights (e.g. 4 more autism-trained staff on weekends). */
    public record ChangeStaffing(String unitId, StaffingChange change) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>(unitMustExist(base, unitId));
            violations.addAll(change == null ? List.of(new Violation("change", "is required"))
                    : PlanValidator.validateStaffingChange(change, "change"));
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            plan.findUnit(unitId).orElseThrow().withStaffingChange(change);
        }
    }

    /**
     * Demand scaled by {@code factor} (1.1 = +10 %), reproducibly from {@code seed}: extra requests copy
     * randomly chosen requests for new clients like theirs; fewer requests drop randomly chosen ones.
     */
    public record ScaleDemand(double factor, long seed) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            return factor <= 0 || factor > 5 ? List.of(new Violation("factor", "must be above 0 and at most 5")) : List.of();
        }

        @Override
        public void apply(RespitePlan plan) {
            Random random = new Random(seed);
            List<Stay> free = plan.getStays().stream().filter(stay -> !stay.isPinned())
                    .sorted(Comparator.comparing(Stay::getId)).toList();
            int delta = (int) Math.round(plan.getStays().size() * (factor - 1));
            if (delta < 0) {
                List<Stay> shuffled = new ArrayList<>(free);
                Collections.shuffle(shuffled, random);
                plan.getStays().removeAll(shuffled.subList(0, Math.min(-delta, shuffled.size())));
                return;
            }
            for (int i = 1; i <= delta && !free.isEmpty(); i++) {
                Stay template = free.get(random.nextInt(free.size()));
                Client client = copyOf(template.getClient(), "X" + i);
                plan.getClients().add(client);
                plan.getStays().add(new Stay(template.getId() + "-X" + i, client, template.getRequestedArrival(), template.getNights())
                        .withWindow(template.getEarliestArrival(), template.getLatestArrival()).withPriority(template.getPriority()));
            }
        }

        private static Client copyOf(Client model, String suffix) {
            return new Client(model.getId() + "-" + suffix, model.getBirthDate(), model.getGender())
                    .withSegment(model.getSegment()).withLanguage(model.getLanguage()).withHome(model.getHome())
                    .withNeeds(model.getNeeds()).withRequiredFeatures(model.getRequiredFeatures())
                    .withPreferredFeatures(model.getPreferredFeatures()).withPreferredUnits(model.getPreferredUnits())
                    .withMonthlyEntitlement(model.getMonthlyEntitlement());
        }
    }

    /** Constraint weights for this variant (name → weight at the constraint's level). */
    public record SetWeights(Map<String, Long> constraintWeights) implements ScenarioChange {

        @Override
        public List<Violation> validate(RespitePlan base) {
            List<Violation> violations = new ArrayList<>();
            if (constraintWeights == null || constraintWeights.isEmpty()) {
                violations.add(new Violation("constraintWeights", "must name at least one constraint"));
                return violations;
            }
            constraintWeights.forEach((name, weight) -> {
                if (RespiteConstraint.byName(name) == null) {
                    violations.add(new Violation("constraintWeights." + name, "is not a constraint name"));
                } else if (weight == null || weight < 0) {
                    violations.add(new Violation("constraintWeights." + name, "must be zero or more"));
                }
            });
            return violations;
        }

        @Override
        public void apply(RespitePlan plan) {
            constraintWeights.forEach(plan::withConstraintWeight);
        }
    }

    private static List<Violation> unitMustExist(RespitePlan base, String unitId) {
        return unitId != null && base.findUnit(unitId).isPresent() ? List.of()
                : List.of(new Violation("unitId", "no unit '" + unitId + "' in the base plan"));
    }
}
