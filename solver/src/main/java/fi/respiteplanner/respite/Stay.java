package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.JsonInclude;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A stay request and its decision: which bed (none when it cannot be met) and which arrival date
 * within the request's window. The stay keeps that one bed on all its nights.
 */
@PlanningEntity(comparatorClass = Stay.Difficulty.class)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Stay {

    @PlanningId
    private String id;
    @JsonIdentityReference(alwaysAsId = true)
    private Client client;
    private LocalDate requestedArrival;
    private int nights;
    private LocalDate earliestArrival;
    private LocalDate latestArrival;
    private Priority priority = Priority.NORMAL;
    private StayStatus status = StayStatus.REQUESTED;
    /** The assignment in the published plan, for re-planning; null for a new request. */
    private Published published;
    /** In a re-plan: why a change forced this published stay out of its place (null: its promise holds). */
    private ChangeReason forced;
    /**
     * Extra cost per night of placing this request in a unit or room (by id): imported preferences such as
     * a hospital's specialism fit; empty for most plans.
     */
    private Map<String, Integer> placementCosts;

    @JsonIdentityReference(alwaysAsId = true)
    private Bed bed;
    private LocalDate arrival;

    private transient int startDay;
    /**
     * {@link #placementCostPerNight()} plus one by {@link Room#number()}, worked out on first ask (0 until then, so a
     * plan's copy that shares the array can only miss): scoring asks often.
     */
    private transient int[] costByRoom;
    private transient int roomCount;
    private transient int unmetWeight = -1;
    private transient boolean displacesPromises;
    private transient List<Bed> candidateBeds = List.of();

    public Stay() {
    }

    public Stay(String id, Client client, LocalDate requestedArrival, int nights) {
        this.id = id;
        this.client = client;
        this.requestedArrival = requestedArrival;
        this.nights = nights;
        this.earliestArrival = requestedArrival;
        this.latestArrival = requestedArrival;
    }

    @PlanningVariable(valueRangeProviderRefs = "candidateBeds", allowsUnassigned = true)
    public Bed getBed() {
        return bed;
    }

    public void setBed(Bed bed) {
        this.bed = bed;
    }

    @PlanningVariable(valueRangeProviderRefs = "arrivalWindow")
    public LocalDate getArrival() {
        return arrival;
    }

    public void setArrival(LocalDate arrival) {
        this.arrival = arrival;
        this.startDay = arrival == null ? 0 : (int) arrival.toEpochDay();
    }

    @ValueRangeProvider(id = "arrivalWindow")
    public CountableValueRange<LocalDate> getArrivalWindow() {
        return ValueRangeFactory.createLocalDateValueRange(getEarliestArrival(), getLatestArrival().plusDays(1), 1, ChronoUnit.DAYS);
    }

    /** Beds that pass the structural hard constraints for this client (see {@link RespitePlan#link()}). */
    @ValueRangeProvider(id = "candidateBeds")
    public List<Bed> getCandidateBeds() {
        return candidateBeds;
    }

    @PlanningPin
    public boolean isPinned() {
        return status.isFixed();
    }

    /** Epoch day of the first night. */
    public int startDay() {
        return startDay;
    }

    /** Epoch day of departure (the first night not in the stay). */
    public int endDay() {
        return startDay + nights;
    }

    public boolean isAssigned() {
        return bed != null && arrival != null;
    }

    public Unit unit() {
        return bed.getUnit();
    }

    public int overlapNights(Stay other) {
        return Math.max(0, Math.min(endDay(), other.endDay()) - Math.max(startDay, other.startDay));
    }

    /** Nights per calendar month from {@code from} on (a stay over the turn of a month counts in each). */
    private static Map<YearMonth, Integer> nightsByMonth(LocalDate from, int nights) {
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        for (int n = 0; n < nights; n++) {
            byMonth.merge(YearMonth.from(from.plusDays(n)), 1, Integer::sum);
        }
        return byMonth;
    }

    /** Requested nights per month, by the requested arrival. */
    public Map<YearMonth, Integer> requestedNightsByMonth() {
        return nightsByMonth(requestedArrival, nights);
    }

    /** Served nights per month, by the planned arrival; empty when unmet. */
    public Map<YearMonth, Integer> servedNightsByMonth() {
        return isAssigned() ? nightsByMonth(arrival, nights) : Map.of();
    }

    /**
     * This stay's requested and served nights in each month of its client, for the entitlement constraint
     * (scored on every move: no maps, usually one or two months).
     */
    public List<ClientMonth.Nights> entitlementNights() {
        boolean served = isAssigned();
        LocalDate first = served && arrival.isBefore(requestedArrival) ? arrival : requestedArrival;
        LocalDate last = served && arrival.isAfter(requestedArrival) ? arrival : requestedArrival;
        List<ClientMonth.Nights> result = new ArrayList<>(2);
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last.plusDays(nights - 1L))); month = month.plusMonths(1)) {
            int requestedInMonth = nightsIn(month, requestedArrival);
            int servedInMonth = served ? nightsIn(month, arrival) : 0;
            if (requestedInMonth > 0 || servedInMonth > 0) {
                result.add(new ClientMonth.Nights(new ClientMonth(client, month), this, requestedInMonth, servedInMonth));
            }
        }
        return result;
    }

    /** Nights of [from, from + nights) in the month. */
    private int nightsIn(YearMonth month, LocalDate from) {
        long start = Math.max(from.toEpochDay(), month.atDay(1).toEpochDay());
        long end = Math.min(from.toEpochDay() + nights, month.atEndOfMonth().toEpochDay() + 1);
        return (int) Math.max(0, end - start);
    }

    public int arrivalShiftDays() {
        return (int) Math.abs(arrival.toEpochDay() - requestedArrival.toEpochDay());
    }

    public LocalDate lastNight() {
        return arrival.plusDays(nights - 1L);
    }

    /** Nights × the priority's weight: what an unmet request of this stay weighs before fairness. */
    public int getUnmetWeight() {
        return unmetWeight < 0 ? nights * priority.defaultWeight() : unmetWeight;
    }

    /** A published stay whose promise holds: no change forced it to move. */
    public boolean isPromised() {
        return published != null && forced == null;
    }

    /**
     * Whether this request's unmet nights weigh as promises: an URGENT new request in a re-plan whose
     * plan lets urgent requests displace published stays ({@link PlanParameters#urgentMayDisplacePublished()}).
     */
    public boolean displacesPromises() {
        return displacesPromises;
    }

    void link(int unmetWeight, List<Bed> candidateBeds, boolean displacesPromises, int roomCount) {
        this.unmetWeight = unmetWeight;
        this.roomCount = roomCount;
        this.costByRoom = null;
        this.candidateBeds = candidateBeds;
        this.displacesPromises = displacesPromises;
        setArrival(arrival);
    }

    public String getId() { return id; }
    public Client getClient() { return client; }
    public LocalDate getRequestedArrival() { return requestedArrival; }
    public int getNights() { return nights; }
    /** The requested arrival when the request gave no window. */
    public LocalDate getEarliestArrival() { return earliestArrival != null ? earliestArrival : requestedArrival; }
    public LocalDate getLatestArrival() { return latestArrival != null ? latestArrival : requestedArrival; }
    public Priority getPriority() { return priority; }
    public StayStatus getStatus() { return status; }
    public Published getPublished() { return published; }
    public ChangeReason getForced() { return forced; }

    /** The placement cost per night of this stay's unit plus its room (0 when none are given). */
    public int placementCostPerNight() {
        if (placementCosts == null || bed == null) {
            return 0;
        }
        int room = bed.getRoom().number();
        if (room < 0) {
            return placementCostPerNight(bed);
        }
        if (costByRoom == null || room >= costByRoom.length) {
            costByRoom = Arrays.copyOf(costByRoom == null ? new int[0] : costByRoom, Math.max(roomCount, room + 1));
        }
        if (costByRoom[room] == 0) {
            costByRoom[room] = placementCostPerNight(bed) + 1;
        }
        return costByRoom[room] - 1;
    }

    private int placementCostPerNight(Bed bed) {
        return placementCosts.getOrDefault(bed.getUnit().getId(), 0) + placementCosts.getOrDefault(bed.getRoom().getId(), 0);
    }

    public Map<String, Integer> getPlacementCosts() { return placementCosts; }

    public Stay withWindow(LocalDate earliest, LocalDate latest) { earliestArrival = earliest; latestArrival = latest; return this; }
    public Stay withPriority(Priority priority) { this.priority = priority; return this; }
    public Stay withStatus(StayStatus status) { this.status = status; return this; }
    public Stay withPublished(Published published) { this.published = published; return this; }
    public Stay withForced(ChangeReason forced) { this.forced = forced; return this; }
    public Stay withPlacementCosts(Map<String, Integer> costs) { this.placementCosts = costs; costByRoom = null; return this; }

    /** Moves the window's start (and the requested arrival) to {@code day} if they lie before it. */
    public Stay withWindowFrom(LocalDate day) {
        if (getEarliestArrival().isBefore(day)) {
            earliestArrival = day;
        }
        if (requestedArrival.isBefore(day)) {
            requestedArrival = day;
        }
        return this;
    }

    /** Assigns bed and arrival (null bed: unmet). */
    public Stay assign(Bed bed, LocalDate arrival) {
        setBed(bed);
        setArrival(arrival);
        return this;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Harder first in a decreasing sort: heavier unmet weight, then fewer candidate beds. */
    public static class Difficulty implements Comparator<Stay> {
        private static final Comparator<Stay> ORDER = Comparator.comparingInt(Stay::getUnmetWeight)
                .thenComparingInt(stay -> -stay.candidateBeds.size())
                .thenComparing(Stay::getId);

        @Override
        public int compare(Stay a, Stay b) {
            return ORDER.compare(a, b);
        }
    }
}
