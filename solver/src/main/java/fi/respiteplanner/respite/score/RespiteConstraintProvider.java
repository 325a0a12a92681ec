package fi.respiteplanner.respite.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;
import static fi.respiteplanner.respite.score.RespiteConstraint.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import fi.respiteplanner.common.Fairness;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.StayJustification.Named;

/**
 * The respite constraints, one method each, in the order of {@link RespiteConstraint} and its levels
 * ({@link RespiteLevel}: hard, promise, entitlement, demand, soft). Penalties are counted in nights
 * unless the method says otherwise.
 */
public class RespiteConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                bedDoubleBooked(factory),
                bedOrUnitClosed(factory),
                ageOutsideUnitRange(factory),
                requiredFeatureMissing(factory),
                skillCapacityExceeded(factory),
                awakeNightStaffMissing(factory),
                incompatibleClientsTogether(factory),
                clientInTwoPlaces(factory),
                roomGenderPolicy(factory),
                mixedGendersInSameGenderRoom(factory),
                promisedStayDropped(factory),
                promisedUnitChanged(factory),
                promisedDatesChanged(factory),
                promisedBedChanged(factory),
                forcedStayUnplaced(factory),
                urgentRequestUnmet(factory),
                entitlementShortfall(factory),
                unmetDemand(factory),
                productionCost(factory),
                arrivalMoved(factory),
                unitPreferenceRank(factory),
                refusedUnit(factory),
                preferredFeatureMissing(factory),
                notUsualUnit(factory),
                travelDistance(factory),
                placementCost(factory),
                siblingsApart(factory),
                forcedMoveToOtherUnit(factory),
                forcedMoveToOtherBed(factory),
                forcedMoveToOtherDates(factory)
        };
    }

    // ---- hard ----

    Constraint bedDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(Stay.class).join(Stay.class, equal(Stay::getBed), filtering(RespiteConstraintProvider::overlapInOrder))
                .penalizeLong(BED_DOUBLE_BOOKED.defaultScore(), Stay::overlapNights)
                .justifyWith((a, b, score) -> StayJustification.ofPair(a, b, "explain.BED_DOUBLE_BOOKED",
                        a.getId(), b.getId(), a.getBed().getId(), a.overlapNights(b)))
                .asConstraint(BED_DOUBLE_BOOKED.constraintName());
    }

    Constraint bedOrUnitClosed(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> closedNights(stay) > 0)
                .penalizeLong(BED_OR_UNIT_CLOSED.defaultScore(), RespiteConstraintProvider::closedNights)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.BED_OR_UNIT_CLOSED",
                        stay.getBed().getId(), closedNights(stay)))
                .asConstraint(BED_OR_UNIT_CLOSED.constraintName());
    }

    Constraint ageOutsideUnitRange(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !stay.unit().admitsAge(stay.getClient().ageOn(stay.getArrival())))
                .penalizeLong(AGE_OUTSIDE_UNIT_RANGE.defaultScore(), Stay::getNights)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.AGE_OUTSIDE_UNIT_RANGE",
                        client(stay), stay.getClient().ageOn(stay.getArrival()), unit(stay), stay.unit().getMinAge(), stay.unit().getMaxAge()))
                .asConstraint(AGE_OUTSIDE_UNIT_RANGE.constraintName());
    }

    /** Penalty: missing features × nights. */
    Constraint requiredFeatureMissing(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> missingFeatureCount(stay, true) > 0)
                .penalizeLong(REQUIRED_FEATURE_MISSING.defaultScore(), stay -> (long) missingFeatureCount(stay, true) * stay.getNights())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.REQUIRED_FEATURE_MISSING",
                        stay.getBed().getRoom().getId(), features(missingFeatures(stay, true))))
                .asConstraint(REQUIRED_FEATURE_MISSING.constraintName());
    }

    /** Penalty: clients above the night's capacity for the skill, summed over nights. */
    Constraint skillCapacityExceeded(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !stay.getClient().getNeeds().isEmpty())
                .flattenLast(RespiteConstraintProvider::skillNights)
                .groupBy(SkillNight::key, toList(SkillNight::stay))
                .filter((key, stays) -> stays.size() > key.capacity())
                .penalizeLong(SKILL_CAPACITY_EXCEEDED.defaultScore(), (key, stays) -> stays.size() - key.capacity())
                .justifyWith((key, stays, score) -> StayJustification.ofStays(stays, key.unit().getId(), LocalDate.ofEpochDay(key.day()),
                        "explain.SKILL_CAPACITY_EXCEEDED", stays.size(), StayJustification.code(Named.Kind.SKILL, key.skill()),
                        StayJustification.unit(key.unit().getId()), key.capacity(), LocalDate.ofEpochDay(key.day())))
                .asConstraint(SKILL_CAPACITY_EXCEEDED.constraintName());
    }

    Constraint awakeNightStaffMissing(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getClient().needs(Skill.AWAKE_NIGHT) && nightsWithoutAwakeStaff(stay) > 0)
                .penalizeLong(AWAKE_NIGHT_STAFF_MISSING.defaultScore(), RespiteConstraintProvider::nightsWithoutAwakeStaff)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.AWAKE_NIGHT_STAFF_MISSING",
                        client(stay), unit(stay), nightsWithoutAwakeStaff(stay)))
                .asConstraint(AWAKE_NIGHT_STAFF_MISSING.constraintName());
    }

    Constraint incompatibleClientsTogether(ConstraintFactory factory) {
        return withIncompatibilities(factory)
                .join(withIncompatibilities(factory), equal(Stay::unit), overlapping(Stay::startDay, Stay::endDay),
                        filtering((a, b) -> ordered(a, b) && a.getClient().getIncompatibleWith().contains(b.getClient())))
                .penalizeLong(INCOMPATIBLE_CLIENTS_TOGETHER.defaultScore(), Stay::overlapNights)
                .justifyWith((a, b, score) -> StayJustification.ofPair(a, b, "explain.INCOMPATIBLE_CLIENTS_TOGETHER", client(a), client(b), unit(a)))
                .asConstraint(INCOMPATIBLE_CLIENTS_TOGETHER.constraintName());
    }

    Constraint clientInTwoPlaces(ConstraintFactory factory) {
        return factory.forEach(Stay.class).join(Stay.class, equal(Stay::getClient), filtering(RespiteConstraintProvider::overlapInOrder))
                .penalizeLong(CLIENT_IN_TWO_PLACES.defaultScore(), Stay::overlapNights)
                .justifyWith((a, b, score) -> StayJustification.ofPair(a, b, "explain.CLIENT_IN_TWO_PLACES", client(a), a.getId(), b.getId()))
                .asConstraint(CLIENT_IN_TWO_PLACES.constraintName());
    }

    Constraint roomGenderPolicy(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !stay.getBed().getRoom().getGenderPolicy().admits(stay.getClient().getGender()))
                .penalizeLong(ROOM_GENDER_POLICY.defaultScore(), Stay::getNights)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.ROOM_GENDER_POLICY", stay.getBed().getRoom().getId(),
                        StayJustification.code(Named.Kind.ROOM_POLICY, stay.getBed().getRoom().getGenderPolicy()), client(stay)))
                .asConstraint(ROOM_GENDER_POLICY.constraintName());
    }

    Constraint mixedGendersInSameGenderRoom(ConstraintFactory factory) {
        return inSameGenderRoom(factory)
                .join(inSameGenderRoom(factory), equal(stay -> stay.getBed().getRoom()),
                        filtering((a, b) -> a.getClient().getGender() != b.getClient().getGender() && overlapInOrder(a, b)))
                .penalizeLong(MIXED_GENDERS_IN_SAME_GENDER_ROOM.defaultScore(), Stay::overlapNights)
                .justifyWith((a, b, score) -> StayJustification.ofPair(a, b, "explain.MIXED_GENDERS_IN_SAME_GENDER_ROOM",
                        a.getBed().getRoom().getId(), client(a), client(b)))
                .asConstraint(MIXED_GENDERS_IN_SAME_GENDER_ROOM.constraintName());
    }

    // ---- promise (re-plans only: published stays, and the changes that forced some of them out) ----

    /** Penalty per published stay left out that no change forced out. */
    Constraint promisedStayDropped(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.isPromised() && stay.getBed() == null)
                .penalize(PROMISED_STAY_DROPPED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PROMISED_STAY_DROPPED",
                        stay.getPublished().bed().getId(), stay.getPublished().arrival()))
                .asConstraint(PROMISED_STAY_DROPPED.constraintName());
    }

    /** Penalty per published stay in another unit that no change forced out. */
    Constraint promisedUnitChanged(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.isPromised() && stay.unit() != stay.getPublished().bed().getUnit())
                .penalize(PROMISED_UNIT_CHANGED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PROMISED_UNIT_CHANGED",
                        StayJustification.unit(stay.getPublished().bed().getUnit().getId()), unit(stay)))
                .asConstraint(PROMISED_UNIT_CHANGED.constraintName());
    }

    /** Penalty per published stay on other dates that no change forced out. */
    Constraint promisedDatesChanged(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.isPromised() && !stay.getArrival().equals(stay.getPublished().arrival()))
                .penalize(PROMISED_DATES_CHANGED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PROMISED_DATES_CHANGED",
                        stay.getPublished().arrival(), stay.getArrival()))
                .asConstraint(PROMISED_DATES_CHANGED.constraintName());
    }

    /** Penalty per published stay in another bed of its unit that no change forced out. */
    Constraint promisedBedChanged(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.isPromised() && stay.getBed() != stay.getPublished().bed()
                        && stay.unit() == stay.getPublished().bed().getUnit())
                .penalize(PROMISED_BED_CHANGED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PROMISED_BED_CHANGED",
                        stay.getPublished().bed().getId(), stay.getBed().getId()))
                .asConstraint(PROMISED_BED_CHANGED.constraintName());
    }

    /** Penalty per published stay a change forced out that is not placed again. */
    Constraint forcedStayUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.getForced() != null && stay.getBed() == null)
                .penalize(FORCED_STAY_UNPLACED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.FORCED_STAY_UNPLACED",
                        stay.getPublished().bed().getId(), stay.getForced()))
                .asConstraint(FORCED_STAY_UNPLACED.constraintName());
    }

    /** Penalty: unmet nights of URGENT new requests, when the plan lets them displace published stays. */
    Constraint urgentRequestUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.displacesPromises() && stay.getBed() == null)
                .penalize(URGENT_REQUEST_UNMET.defaultScore(), Stay::getNights)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.URGENT_REQUEST_UNMET",
                        stay.getId(), stay.getNights()))
                .asConstraint(URGENT_REQUEST_UNMET.constraintName());
    }

    // ---- entitlement ----

    /**
     * Penalty per client and calendar month: (earlier + s)² − earlier², where s is the nights served below
     * min(monthly entitlement, nights requested that month) and earlier the client's shortfall in the
     * ledger's year before the horizon. Requested nights count by the requested arrival, served nights by
     * the planned one; a stay over the turn of a month counts its nights in each.
     */
    Constraint entitlementShortfall(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.getClient().getMonthlyEntitlement() > 0)
                .flattenLast(Stay::entitlementNights)
                .groupBy(ClientMonth.Nights::clientMonth, sum(ClientMonth.Nights::requested), sum(ClientMonth.Nights::served),
                        toList(ClientMonth.Nights::stay))
                .filter((month, requested, served, stays) -> month.shortfall(requested, served) > 0)
                .penalizeLong(ENTITLEMENT_SHORTFALL.defaultScore(), (month, requested, served, stays) -> month.penalty(requested, served))
                .justifyWith((month, requested, served, stays, score) -> StayJustification.ofMonth(month, stays, "explain.ENTITLEMENT_SHORTFALL",
                        StayJustification.client(month.client().getId()), served, month.target(requested), month.month(), requested,
                        month.client().getMonthlyEntitlement(), month.client().getEarlierShortfall()))
                .asConstraint(ENTITLEMENT_SHORTFALL.constraintName());
    }

    // ---- demand ----

    /** Penalty per client: (Σ unmet nights × priority weight)², so shortfall is shared between families. */
    Constraint unmetDemand(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.getBed() == null)
                .groupBy(Stay::getClient, sumLong(Stay::getUnmetWeight), toList())
                .penalizeLong(UNMET_DEMAND.defaultScore(), (client, weight, stays) -> Fairness.unmetPenalty(weight))
                .justifyWith((client, weight, stays, score) -> StayJustification.ofUnmet(client, stays, "explain.UNMET_DEMAND",
                        StayJustification.client(client.getId()), stays.size(), weight))
                .asConstraint(UNMET_DEMAND.constraintName());
    }

    // ---- soft ----

    /** Penalty: euros. */
    Constraint productionCost(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .penalizeLong(PRODUCTION_COST.defaultScore(), RespiteConstraintProvider::cost)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PRODUCTION_COST",
                        cost(stay), unit(stay), StayJustification.code(Named.Kind.PRODUCER, stay.unit().getProducer())))
                .asConstraint(PRODUCTION_COST.constraintName());
    }

    /** Penalty: days between requested and planned arrival. */
    Constraint arrivalMoved(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.arrivalShiftDays() > 0)
                .penalizeLong(ARRIVAL_MOVED.defaultScore(), Stay::arrivalShiftDays)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.ARRIVAL_MOVED",
                        stay.getArrival(), stay.getRequestedArrival()))
                .asConstraint(ARRIVAL_MOVED.constraintName());
    }

    /** Penalty per stay: 1 for the second choice, 2 for the third…; an unranked unit counts as last + 1. */
    Constraint unitPreferenceRank(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> preferenceSteps(stay) > 0)
                .penalizeLong(UNIT_PREFERENCE_RANK.defaultScore(), RespiteConstraintProvider::preferenceSteps)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.UNIT_PREFERENCE_RANK",
                        unit(stay), preferenceSteps(stay), StayJustification.unit(stay.getClient().getPreferredUnits().get(0).getId())))
                .asConstraint(UNIT_PREFERENCE_RANK.constraintName());
    }

    Constraint refusedUnit(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getClient().getRefusedUnits().contains(stay.unit()))
                .penalizeLong(REFUSED_UNIT.defaultScore(), Stay::getNights)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.REFUSED_UNIT", client(stay), unit(stay)))
                .asConstraint(REFUSED_UNIT.constraintName());
    }

    /** Penalty per stay: preferred features the room lacks. */
    Constraint preferredFeatureMissing(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> missingFeatureCount(stay, false) > 0)
                .penalizeLong(PREFERRED_FEATURE_MISSING.defaultScore(), stay -> missingFeatureCount(stay, false))
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PREFERRED_FEATURE_MISSING",
                        stay.getBed().getRoom().getId(), features(missingFeatures(stay, false))))
                .asConstraint(PREFERRED_FEATURE_MISSING.constraintName());
    }

    /** Penalty per stay outside the client's usual unit. */
    Constraint notUsualUnit(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getClient().getUsualUnit() != null && stay.getClient().getUsualUnit() != stay.unit())
                .penalize(NOT_USUAL_UNIT.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.NOT_USUAL_UNIT",
                        client(stay), StayJustification.unit(stay.getClient().getUsualUnit().getId()), unit(stay)))
                .asConstraint(NOT_USUAL_UNIT.constraintName());
    }

    /** Penalty per stay: whole kilometres from home to the unit. */
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> travelKm(stay) > 0)
                .penalizeLong(TRAVEL_DISTANCE.defaultScore(), RespiteConstraintProvider::travelKm)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.TRAVEL_DISTANCE", travelKm(stay), unit(stay)))
                .asConstraint(TRAVEL_DISTANCE.constraintName());
    }

    /** Penalty: the request's cost per night for its unit and room, × nights. */
    Constraint placementCost(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.placementCostPerNight() > 0)
                .penalizeLong(PLACEMENT_COST.defaultScore(), stay -> (long) stay.placementCostPerNight() * stay.getNights())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.PLACEMENT_COST",
                        stay.placementCostPerNight(), stay.getBed().getRoom().getId(), unit(stay)))
                .asConstraint(PLACEMENT_COST.constraintName());
    }

    /** Siblings' requests for the same arrival: penalty is the nights one is away and the other is not. */
    Constraint siblingsApart(ConstraintFactory factory) {
        return withFamily(factory)
                .join(withFamily(factory), equal(stay -> stay.getClient().getFamilyId()), equal(Stay::getRequestedArrival),
                        filtering((a, b) -> ordered(a, b) && a.getClient() != b.getClient() && nightsApart(a, b) > 0))
                .penalizeLong(SIBLINGS_APART.defaultScore(), RespiteConstraintProvider::nightsApart)
                .justifyWith((a, b, score) -> StayJustification.ofSiblings(a, b, "explain.SIBLINGS_APART", client(a), client(b), nightsApart(a, b)))
                .asConstraint(SIBLINGS_APART.constraintName());
    }

    /** Penalty per stay a change forced out that is now in another unit: the nearest equivalent keeps the unit. */
    Constraint forcedMoveToOtherUnit(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getForced() != null && stay.unit() != stay.getPublished().bed().getUnit())
                .penalize(FORCED_MOVE_TO_OTHER_UNIT.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.FORCED_MOVE_TO_OTHER_UNIT",
                        StayJustification.unit(stay.getPublished().bed().getUnit().getId()), unit(stay)))
                .asConstraint(FORCED_MOVE_TO_OTHER_UNIT.constraintName());
    }

    /** Penalty per stay a change forced out that is now in another bed of its unit. */
    Constraint forcedMoveToOtherBed(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getForced() != null && stay.getBed() != stay.getPublished().bed()
                        && stay.unit() == stay.getPublished().bed().getUnit())
                .penalize(FORCED_MOVE_TO_OTHER_BED.defaultScore())
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.FORCED_MOVE_TO_OTHER_BED",
                        stay.getPublished().bed().getId(), stay.getBed().getId()))
                .asConstraint(FORCED_MOVE_TO_OTHER_BED.constraintName());
    }

    /**
     * Penalty: days between the published and the new arrival of a stay a change forced out. A family's
     * own change brings its own dates ("Arrival moved" counts those), so it is not counted here.
     */
    Constraint forcedMoveToOtherDates(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> stay.getForced() != null && stay.getForced().code() != ChangeReason.Code.OWN_CHANGE
                        && !stay.getArrival().equals(stay.getPublished().arrival()))
                .penalizeLong(FORCED_MOVE_TO_OTHER_DATES.defaultScore(), RespiteConstraintProvider::publishedShiftDays)
                .justifyWith((stay, score) -> StayJustification.of(stay, "explain.FORCED_MOVE_TO_OTHER_DATES",
                        stay.getPublished().arrival(), stay.getArrival()))
                .asConstraint(FORCED_MOVE_TO_OTHER_DATES.constraintName());
    }

    // ---- helpers ----

    private static StayJustification.Named unit(Stay stay) {
        return StayJustification.unit(stay.unit().getId());
    }

    private static StayJustification.Named client(Stay stay) {
        return StayJustification.client(stay.getClient().getId());
    }

    private static List<StayJustification.Named> features(List<String> features) {
        return features.stream().map(feature -> StayJustification.code(Named.Kind.FEATURE, feature)).toList();
    }

    private static UniConstraintStream<Stay> withIncompatibilities(ConstraintFactory factory) {
        return factory.forEach(Stay.class).filter(stay -> !stay.getClient().getIncompatibleWith().isEmpty());
    }

    private static UniConstraintStream<Stay> inSameGenderRoom(ConstraintFactory factory) {
        return factory.forEach(Stay.class).filter(stay -> stay.getBed().getRoom().getGenderPolicy() == GenderPolicy.SAME_GENDER);
    }

    private static UniConstraintStream<Stay> withFamily(ConstraintFactory factory) {
        return factory.forEach(Stay.class).filter(stay -> stay.getClient().getFamilyId() != null);
    }

    private static int closedNights(Stay stay) {
        return stay.getBed().closedNightCount(stay.startDay(), stay.getNights());
    }

    private static int nightsWithoutAwakeStaff(Stay stay) {
        return stay.unit().nightsWithoutAwakeStaff(stay.startDay(), stay.getNights());
    }

    private static long cost(Stay stay) {
        return stay.unit().cost(stay.startDay(), stay.getNights());
    }

    /** Scored on every move: counts without building a list. */
    private static int missingFeatureCount(Stay stay, boolean required) {
        var wanted = required ? stay.getClient().getRequiredFeatures() : stay.getClient().getPreferredFeatures();
        int missing = 0;
        for (String feature : wanted) {
            if (!stay.getBed().getRoom().hasFeature(feature)) {
                missing++;
            }
        }
        return missing;
    }

    /** The missing features by name, for justifications only. */
    private static List<String> missingFeatures(Stay stay, boolean required) {
        var wanted = required ? stay.getClient().getRequiredFeatures() : stay.getClient().getPreferredFeatures();
        if (wanted.isEmpty()) {
            return List.of();
        }
        var room = stay.getBed().getRoom();
        return wanted.stream().filter(feature -> !room.hasFeature(feature)).sorted().toList();
    }

    private static int preferenceSteps(Stay stay) {
        var preferred = stay.getClient().getPreferredUnits();
        if (preferred.isEmpty()) {
            return 0;
        }
        int rank = preferred.indexOf(stay.unit());
        return rank < 0 ? preferred.size() : rank;
    }

    private static long travelKm(Stay stay) {
        var home = stay.getClient().getHome();
        var unitLocation = stay.unit().getLocation();
        return home == null || unitLocation == null ? 0 : Math.round(home.kmTo(unitLocation));
    }

    /**
     * Whether two stays share a night, each pair once. Joins on one bed, room or client test this in their filter instead
     * of indexing by {@code Joiners.overlapping}: those hold a few stays each, and moves were scored about twice as fast as
     * with Timefold's range index (BENCHMARKS.md, section 3). A unit holds hundreds, so joins on a unit keep the index.
     */
    private static boolean overlapInOrder(Stay a, Stay b) {
        return a.startDay() < b.endDay() && b.startDay() < a.endDay() && ordered(a, b);
    }

    /**
     * Counts each pair once. A filter rather than a lessThan joiner: an index on the ids under the
     * join's other indexes made every stay's move update one more tree (measured on PAS, BENCHMARKS.md section 1).
     */
    private static boolean ordered(Stay a, Stay b) {
        return a.getId().compareTo(b.getId()) < 0;
    }

    /** Nights in one stay and not in the other (symmetric difference); 0 when either is unmet. */
    private static int nightsApart(Stay a, Stay b) {
        if (!a.isAssigned() || !b.isAssigned()) {
            return 0;
        }
        return a.getNights() + b.getNights() - 2 * a.overlapNights(b);
    }

    private static int publishedShiftDays(Stay stay) {
        return (int) Math.abs(stay.getArrival().toEpochDay() - stay.getPublished().arrival().toEpochDay());
    }

    private static List<SkillNight> skillNights(Stay stay) {
        Unit unit = stay.unit();
        List<SkillNight> result = new ArrayList<>(stay.getNights() * stay.getClient().getNeeds().size());
        for (Skill skill : stay.getClient().getNeeds()) {
            for (int day = stay.startDay(); day < stay.endDay(); day++) {
                result.add(new SkillNight(stay, new UnitSkillNight(unit, skill, day)));
            }
        }
        return result;
    }

    /** One night of one unit for one skill: the group whose clients share that night's trained staff. */
    record UnitSkillNight(Unit unit, Skill skill, int day) {
        int capacity() {
            return unit.capacity(skill, day);
        }
    }

    record SkillNight(Stay stay, UnitSkillNight key) {
    }
}
