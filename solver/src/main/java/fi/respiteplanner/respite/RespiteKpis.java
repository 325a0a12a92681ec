package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fi.respiteplanner.common.Fairness;
import fi.respiteplanner.common.Producer;

/**
 * What planners read from a plan (DOMAIN.md "KPIs"), computed from any solution, solved or not.
 *
 * @param nights requested/served nights in total
 * @param bySegment the same by client segment
 * @param byPriority the same by request priority
 * @param clientsLeftWithNothing clients with at least one request and no served night
 * @param servedNightsByProducer served nights by producer type
 * @param ownProductionShare own units' share of served nights
 * @param totalCost euros of served nights
 * @param costPerServedNight euros per served night
 * @param utilisation occupied / open bed-nights of all units over the horizon
 * @param utilisationByUnit occupied / open bed-nights of each unit over the horizon
 * @param utilisationByUnitAndWeek the same by ISO week ("2027-W05")
 * @param firstChoiceShare of served stays whose family ranked units, the share in the first choice
 * @param meanArrivalShiftDays mean days between requested and planned arrival of served stays
 * @param minClientServedShare the lowest share of requested nights served of any client
 * @param jainFairness Jain's index of the clients' served shares (1 = all equal)
 * @param changesFromPublished published stays now in another unit, bed or date, or dropped
 */
public record RespiteKpis(
        Nights nights,
        Map<String, Nights> bySegment,
        Map<Priority, Nights> byPriority,
        int clientsRequesting,
        int clientsLeftWithNothing,
        Map<Producer, Integer> servedNightsByProducer,
        double ownProductionShare,
        long totalCost,
        double costPerServedNight,
        double utilisation,
        Map<String, Double> utilisationByUnit,
        Map<String, Map<String, Double>> utilisationByUnitAndWeek,
        double firstChoiceShare,
        double meanArrivalShiftDays,
        double minClientServedShare,
        double jainFairness,
        int changesFromPublished) {

    /** Requested and served stays and nights. */
    public record Nights(int requestedStays, int servedStays, int requestedNights, int servedNights) {

        static final Nights NONE = new Nights(0, 0, 0, 0);

        Nights add(Stay stay) {
            boolean served = stay.isAssigned();
            return new Nights(requestedStays + 1, servedStays + (served ? 1 : 0),
                    requestedNights + stay.getNights(), servedNights + (served ? stay.getNights() : 0));
        }

        public int unmetNights() {
            return requestedNights - servedNights;
        }

        public double servedShare() {
            return requestedNights == 0 ? 1.0 : (double) servedNights / requestedNights;
        }
    }

    public static RespiteKpis of(RespitePlan plan) {
        Nights total = Nights.NONE;
        Map<String, Nights> bySegment = new TreeMap<>();
        Map<Priority, Nights> byPriority = new EnumMap<>(Priority.class);
        Map<Client, Nights> byClient = new LinkedHashMap<>();
        Map<Producer, Integer> byProducer = new EnumMap<>(Producer.class);
        Map<Unit, Integer> occupiedByUnit = new HashMap<>();
        Map<Unit, Map<String, Integer>> occupiedByUnitWeek = new HashMap<>();
        long cost = 0;
        int rankedServed = 0;
        int firstChoice = 0;
        long shiftDays = 0;
        int changes = 0;
        for (Stay stay : plan.getStays()) {
            total = total.add(stay);
            String segment = stay.getClient().getSegment() == null ? "-" : stay.getClient().getSegment();
            bySegment.merge(segment, Nights.NONE.add(stay), (a, b) -> a.add(stay));
            byPriority.merge(stay.getPriority(), Nights.NONE.add(stay), (a, b) -> a.add(stay));
            byClient.merge(stay.getClient(), Nights.NONE.add(stay), (a, b) -> a.add(stay));
            if (isChanged(stay)) {
                changes++;
            }
            if (!stay.isAssigned()) {
                continue;
            }
            Unit unit = stay.unit();
            byProducer.merge(unit.getProducer(), stay.getNights(), Integer::sum);
            occupiedByUnit.merge(unit, stay.getNights(), Integer::sum);
            for (int n = 0; n < stay.getNights(); n++) {
                occupiedByUnitWeek.computeIfAbsent(unit, u -> new HashMap<>()).merge(week(stay.getArrival().plusDays(n)), 1, Integer::sum);
            }
            cost += unit.cost(stay.startDay(), stay.getNights());
            shiftDays += stay.arrivalShiftDays();
            if (!stay.getClient().getPreferredUnits().isEmpty()) {
                rankedServed++;
                if (stay.getClient().preferenceRank(unit) == 0) {
                    firstChoice++;
                }
            }
        }
        List<Double> clientShares = new ArrayList<>();
        int leftWithNothing = 0;
        for (Nights nights : byClient.values()) {
            clientShares.add(nights.servedShare());
            if (nights.servedNights() == 0) {
                leftWithNothing++;
            }
        }
        int served = total.servedNights();
        return new RespiteKpis(total, bySegment, byPriority, byClient.size(), leftWithNothing, byProducer,
                share(byProducer.getOrDefault(Producer.OWN, 0), served), cost, served == 0 ? 0 : (double) cost / served,
                share(served, plan.getBeds().stream().mapToInt(Bed::openNightCount).sum()), utilisation(plan, occupiedByUnit), utilisationByWeek(plan, occupiedByUnitWeek),
                rankedServed == 0 ? 0 : (double) firstChoice / rankedServed,
                total.servedStays() == 0 ? 0 : (double) shiftDays / total.servedStays(),
                clientShares.stream().mapToDouble(Double::doubleValue).min().orElse(1.0),
                Fairness.jainIndex(clientShares), changes);
    }

    private static boolean isChanged(Stay stay) {
        Published published = stay.getPublished();
        return published != null && (!stay.isAssigned() || stay.getBed() != published.bed()
                || !stay.getArrival().equals(published.arrival()));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String week(LocalDate night) {
        return "%d-W%02d".formatted(night.get(IsoFields.WEEK_BASED_YEAR), night.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Map<String, Double> utilisation(RespitePlan plan, Map<Unit, Integer> occupied) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Unit unit : plan.getUnits()) {
            int open = unit.getRooms().stream().flatMap(room -> room.getBeds().stream()).mapToInt(Bed::openNightCount).sum();
            result.put(unit.getId(), share(occupied.getOrDefault(unit, 0), open));
        }
        return result;
    }

    private static Map<String, Map<String, Double>> utilisationByWeek(RespitePlan plan, Map<Unit, Map<String, Integer>> occupied) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        for (Unit unit : plan.getUnits()) {
            Map<String, Integer> openByWeek = new TreeMap<>();
            for (Bed bed : unit.getRooms().stream().flatMap(room -> room.getBeds().stream()).toList()) {
                for (LocalDate night = plan.getHorizon().from(); !night.isAfter(plan.getHorizon().to()); night = night.plusDays(1)) {
                    if (bed.closedNightCount(night.toEpochDay(), 1) == 0) {
                        openByWeek.merge(week(night), 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> unitOccupied = occupied.getOrDefault(unit, Map.of());
            Map<String, Double> byWeek = new LinkedHashMap<>();
            openByWeek.forEach((week, open) -> byWeek.put(week, share(unitOccupied.getOrDefault(week, 0), open)));
            result.put(unit.getId(), byWeek);
        }
        return result;
    }
}
