package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * @param entitlement each family's decided entitlement against what it was given, month by month
 * @param costByProducer clients, nights and euros by producer, per client and per night: what areas compare production modes by
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
        int changesFromPublished,
        Entitlement entitlement,
        Map<Producer, ProducerCost> costByProducer) {

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

    /**
     * The decided entitlement against what was served, per client and calendar month: the month's target is
     * min(monthly entitlement, nights requested that month); a family (a client with a decision) is below
     * its entitlement in a month served fewer nights than the target.
     *
     * @param families clients with a target above zero in some month
     * @param familiesBelow of those, the ones below their entitlement in some month
     * @param monthsBelow client-months below the entitlement
     * @param nightsShort nights below the targets, summed
     * @param targetNights the targets summed (entitled nights the families asked for)
     * @param servedWithinTarget served nights up to each month's target, summed
     * @param servedShare servedWithinTarget / targetNights: the share of granted nights served
     * @param jainIndex Jain's index of the families' shares of their targets (1 = all equally covered)
     * @param bySegment families below and nights short by client segment
     * @param byUnitKind the same by the kind of unit the family needs: children's or adults'
     * @param worstServed the families with the lowest share of their targets (at most 10), the most nights short first
     */
    public record Entitlement(int families, int familiesBelow, int monthsBelow, int nightsShort, int targetNights,
            int servedWithinTarget, double servedShare, double jainIndex, Map<String, Shortfall> bySegment,
            Map<String, Shortfall> byUnitKind, List<FamilyShortfall> worstServed) {
    }

    /** Families below their entitlement in some month, and the nights they are short. */
    public record Shortfall(int familiesBelow, int nightsShort) {

        static final Shortfall NONE = new Shortfall(0, 0);

        Shortfall add(int nightsShort) {
            return new Shortfall(familiesBelow + 1, this.nightsShort + nightsShort);
        }
    }

    /** One family's entitlement this plan: targets, served within them, short, months short, and earlier shortfall (ledger). */
    public record FamilyShortfall(String clientId, String segment, int targetNights, int servedWithinTarget, int nightsShort,
            int monthsBelow, int earlierShortfall) {

        double share() {
            return targetNights == 0 ? 1.0 : (double) servedWithinTarget / targetNights;
        }
    }

    /** What one producer type served: clients, nights, euros, and euros per client and per night. */
    public record ProducerCost(int clients, int nights, long cost, double costPerClient, double costPerNight) {
    }

    /** The worst-served families listed. */
    public static final int WORST_SERVED = 10;

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
                Fairness.jainIndex(clientShares), changes, entitlement(plan), costByProducer(plan));
    }

    private static Entitlement entitlement(RespitePlan plan) {
        LocalDate horizonStart = plan.getHorizon().from();
        List<FamilyShortfall> families = new ArrayList<>();
        Map<String, Shortfall> bySegment = new TreeMap<>();
        Map<String, Shortfall> byUnitKind = new TreeMap<>();
        Ledger.monthlyNights(plan).forEach((client, byMonth) -> {
            int target = 0;
            int within = 0;
            int monthsBelow = 0;
            for (int[] requestedServed : byMonth.values()) {
                int monthTarget = Math.min(client.getMonthlyEntitlement(), requestedServed[0]);
                target += monthTarget;
                within += Math.min(monthTarget, requestedServed[1]);
                monthsBelow += requestedServed[1] < monthTarget ? 1 : 0;
            }
            if (target == 0) {
                return;
            }
            FamilyShortfall family = new FamilyShortfall(client.getId(), client.getSegment(), target, within, target - within, monthsBelow,
                    client.getEarlierShortfall());
            families.add(family);
            if (family.nightsShort() > 0) {
                bySegment.merge(client.getSegment() == null ? "-" : client.getSegment(), Shortfall.NONE.add(family.nightsShort()),
                        (a, b) -> a.add(family.nightsShort()));
                byUnitKind.merge(client.ageOn(horizonStart) < 18 ? "children" : "adults", Shortfall.NONE.add(family.nightsShort()),
                        (a, b) -> a.add(family.nightsShort()));
            }
        });
        int targetNights = families.stream().mapToInt(FamilyShortfall::targetNights).sum();
        int servedWithin = families.stream().mapToInt(FamilyShortfall::servedWithinTarget).sum();
        List<FamilyShortfall> worst = families.stream().filter(family -> family.nightsShort() > 0)
                .sorted(Comparator.comparingDouble(FamilyShortfall::share).thenComparing(Comparator.comparingInt(FamilyShortfall::nightsShort)
                        .reversed()).thenComparing(FamilyShortfall::clientId))
                .limit(WORST_SERVED).toList();
        return new Entitlement(families.size(), (int) families.stream().filter(family -> family.nightsShort() > 0).count(),
                families.stream().mapToInt(FamilyShortfall::monthsBelow).sum(), targetNights - servedWithin, targetNights, servedWithin,
                targetNights == 0 ? 1.0 : (double) servedWithin / targetNights,
                Fairness.jainIndex(families.stream().map(FamilyShortfall::share).toList()), bySegment, byUnitKind, worst);
    }

    private static Map<Producer, ProducerCost> costByProducer(RespitePlan plan) {
        Map<Producer, Set<Client>> clients = new EnumMap<>(Producer.class);
        Map<Producer, Integer> nights = new EnumMap<>(Producer.class);
        Map<Producer, Long> costs = new EnumMap<>(Producer.class);
        for (Stay stay : plan.getStays()) {
            if (stay.isAssigned()) {
                Producer producer = stay.unit().getProducer();
                clients.computeIfAbsent(producer, p -> new HashSet<>()).add(stay.getClient());
                nights.merge(producer, stay.getNights(), Integer::sum);
                costs.merge(producer, stay.unit().cost(stay.startDay(), stay.getNights()), Long::sum);
            }
        }
        Map<Producer, ProducerCost> result = new EnumMap<>(Producer.class);
        clients.forEach((producer, served) -> {
            long cost = costs.get(producer);
            int producerNights = nights.get(producer);
            result.put(producer, new ProducerCost(served.size(), producerNights, cost, (double) cost / served.size(),
                    (double) cost / producerNights));
        });
        return result;
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
