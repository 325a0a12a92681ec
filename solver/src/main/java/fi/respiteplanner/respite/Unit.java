package fi.respiteplanner.respite;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;

/**
 * A respite unit (care home) with its rooms, its nightly staffing and its price. Per-night facts are
 * turned into arrays over the plan's horizon by {@link #link}, so that constraints read them in O(1).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = Unit.class)
public class Unit {

    @PlanningId
    private String id;
    private String name;
    private Producer producer = Producer.OWN;
    private String provider;
    private int minAge;
    private int maxAge = 150;
    private GeoPoint location;
    private TreeSet<String> features = new TreeSet<>();
    /** Euros for one occupied bed-night (the marginal cost to the area; see the datasets' assumptions). */
    private int costPerNight;
    /** Weekday prices that differ from {@link #costPerNight} (weekend staff multipliers). */
    private EnumMap<DayOfWeek, Integer> weekdayCosts = new EnumMap<>(DayOfWeek.class);
    /** Usual number of clients needing each skill that the night's staff can take; a skill not listed is 0. */
    private EnumMap<Skill, Integer> skillCapacity = new EnumMap<>(Skill.class);
    private boolean awakeNightStaff;
    private List<DateRange> closedNights = new ArrayList<>();
    private List<StaffingChange> staffingChanges = new ArrayList<>();
    private List<Room> rooms = new ArrayList<>();

    private transient long horizonStart;
    private transient int[] closedPrefix;
    private transient int[] sleepingNightPrefix;
    private transient long[] costPrefix;
    private transient int[][] capacityByNight;

    public Unit() {
    }

    public Unit(String id, Producer producer, int minAge, int maxAge, int costPerNight) {
        this.id = id;
        this.name = id;
        this.producer = producer;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.costPerNight = costPerNight;
    }

    /** Sets the back references of rooms and beds and builds the per-night arrays for the horizon. */
    public void link(DateRange horizon) {
        horizonStart = horizon.from().toEpochDay();
        int length = (int) (horizon.to().toEpochDay() - horizonStart + 1);
        boolean[] closed = new boolean[length];
        boolean[] awake = new boolean[length];
        capacityByNight = new int[Skill.values().length][length];
        costPrefix = new long[length + 1];
        for (int i = 0; i < length; i++) {
            LocalDate night = horizon.from().plusDays(i);
            closed[i] = closedNights.stream().anyMatch(range -> range.contains(night));
            awake[i] = awakeNightStaff;
            for (Skill skill : Skill.values()) {
                capacityByNight[skill.ordinal()][i] = skillCapacity.getOrDefault(skill, 0);
            }
            for (StaffingChange change : staffingChanges) {
                if (change.nights().contains(night)) {
                    if (change.skill() != null && change.capacity() != null) {
                        capacityByNight[change.skill().ordinal()][i] = change.capacity();
                    }
                    if (change.awakeNightStaff() != null) {
                        awake[i] = change.awakeNightStaff();
                    }
                }
            }
            costPrefix[i + 1] = costPrefix[i] + weekdayCosts.getOrDefault(night.getDayOfWeek(), costPerNight);
        }
        closedPrefix = prefixCount(closed, true);
        sleepingNightPrefix = prefixCount(awake, false);
        for (Room room : rooms) {
            room.link(this, closed, horizonStart);
        }
    }

    static int[] prefixCount(boolean[] flags, boolean counted) {
        int[] prefix = new int[flags.length + 1];
        for (int i = 0; i < flags.length; i++) {
            prefix[i + 1] = prefix[i] + (flags[i] == counted ? 1 : 0);
        }
        return prefix;
    }

    /** Counts over nights [startDay, startDay + nights); nights outside the horizon count as {@code outside}. */
    static int countInRange(int[] prefix, long horizonStart, long startDay, int nights, boolean outsideCounts) {
        long from = startDay - horizonStart;
        long to = from + nights;
        long clippedFrom = Math.max(0, Math.min(from, prefix.length - 1));
        long clippedTo = Math.max(0, Math.min(to, prefix.length - 1));
        int inside = prefix[(int) clippedTo] - prefix[(int) clippedFrom];
        int outside = outsideCounts ? nights - (int) (clippedTo - clippedFrom) : 0;
        return inside + outside;
    }

    public int closedNightCount(long startDay, int nights) {
        return countInRange(closedPrefix, horizonStart, startDay, nights, true);
    }

    public int nightsWithoutAwakeStaff(long startDay, int nights) {
        return countInRange(sleepingNightPrefix, horizonStart, startDay, nights, true);
    }

    /** Euros for nights [startDay, startDay + nights) inside the horizon. */
    public long cost(long startDay, int nights) {
        int from = (int) Math.max(0, Math.min(startDay - horizonStart, costPrefix.length - 1));
        int to = (int) Math.max(0, Math.min(startDay - horizonStart + nights, costPrefix.length - 1));
        return costPrefix[to] - costPrefix[from];
    }

    public int capacity(Skill skill, long day) {
        long index = day - horizonStart;
        int[] byNight = capacityByNight[skill.ordinal()];
        return index < 0 || index >= byNight.length ? 0 : byNight[(int) index];
    }

    /** Whether the unit can take a client with this need on at least one night. */
    public boolean offers(Skill skill) {
        for (int capacity : capacityByNight[skill.ordinal()]) {
            if (capacity > 0) {
                return true;
            }
        }
        return false;
    }

    public boolean admitsAge(int age) {
        return age >= minAge && age <= maxAge;
    }

    public int bedCount() {
        return rooms.stream().mapToInt(room -> room.getBeds().size()).sum();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Producer getProducer() { return producer; }
    public String getProvider() { return provider; }
    public int getMinAge() { return minAge; }
    public int getMaxAge() { return maxAge; }
    public GeoPoint getLocation() { return location; }
    public Set<String> getFeatures() { return features; }
    public int getCostPerNight() { return costPerNight; }
    public Map<DayOfWeek, Integer> getWeekdayCosts() { return weekdayCosts; }
    public Map<Skill, Integer> getSkillCapacity() { return skillCapacity; }
    public boolean isAwakeNightStaff() { return awakeNightStaff; }
    public List<DateRange> getClosedNights() { return closedNights; }
    public List<StaffingChange> getStaffingChanges() { return staffingChanges; }
    public List<Room> getRooms() { return rooms; }

    public Unit withName(String name) { this.name = name; return this; }
    public Unit withProvider(String provider) { this.provider = provider; return this; }
    public Unit withLocation(GeoPoint location) { this.location = location; return this; }
    public Unit withFeatures(Set<String> features) { this.features = new TreeSet<>(features); return this; }
    public Unit withWeekdayCost(DayOfWeek day, int cost) { weekdayCosts.put(day, cost); return this; }
    public Unit withSkillCapacity(Skill skill, int capacity) { skillCapacity.put(skill, capacity); return this; }
    public Unit withAwakeNightStaff(boolean awake) { this.awakeNightStaff = awake; return this; }
    public Unit withClosedNights(DateRange nights) { closedNights.add(nights); return this; }
    public Unit withStaffingChange(StaffingChange change) { staffingChanges.add(change); return this; }
    public Unit withRoom(Room room) { rooms.add(room); return this; }

    public void setCostPerNight(int costPerNight) { this.costPerNight = costPerNight; }

    @Override
    public String toString() {
        return id;
    }
}
