package fi.respiteplanner.holiday;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;

/**
 * An activity group of one week: a provider's team at a place, with its capacity per day, grade range,
 * language, accessibility and trained staff. Groups of the same {@code team} in different weeks share
 * staff and place, which is what continuity means to a child.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = ActivityGroup.class)
public class ActivityGroup {

    @PlanningId
    private String id;
    private String team;
    private String provider;
    private Producer producer = Producer.OWN;
    @JsonIdentityReference(alwaysAsId = true)
    private HolidayWeek week;
    private GeoPoint location;
    /** Children per day. */
    private int capacity;
    private int minGrade = 1;
    private int maxGrade = 9;
    private String language = "fi";
    private boolean accessible;
    /** Children needing each skill the group's trained staff can take per day; unlisted = 0. */
    private EnumMap<Skill, Integer> skillCapacity = new EnumMap<>(Skill.class);
    /** Euros per child-day. */
    private int costPerChildDay;

    public ActivityGroup() {
    }

    public ActivityGroup(String id, String team, HolidayWeek week, int capacity, int minGrade, int maxGrade) {
        this.id = id;
        this.team = team;
        this.provider = team;
        this.week = week;
        this.capacity = capacity;
        this.minGrade = minGrade;
        this.maxGrade = maxGrade;
    }

    public int skillCapacity(Skill skill) {
        return skillCapacity.getOrDefault(skill, 0);
    }

    public String getId() { return id; }
    public String getTeam() { return team; }
    public String getProvider() { return provider; }
    public Producer getProducer() { return producer; }
    public HolidayWeek getWeek() { return week; }
    public GeoPoint getLocation() { return location; }
    public int getCapacity() { return capacity; }
    public int getMinGrade() { return minGrade; }
    public int getMaxGrade() { return maxGrade; }
    public String getLanguage() { return language; }
    public boolean isAccessible() { return accessible; }
    public Map<Skill, Integer> getSkillCapacity() { return skillCapacity; }
    public int getCostPerChildDay() { return costPerChildDay; }

    public ActivityGroup withProvider(String provider, Producer producer) { this.provider = provider; this.producer = producer; return this; }
    public ActivityGroup withLocation(GeoPoint location) { this.location = location; return this; }
    public ActivityGroup withLanguage(String language) { this.language = language; return this; }
    public ActivityGroup withAccessible(boolean accessible) { this.accessible = accessible; return this; }
    public ActivityGroup withSkillCapacity(Skill skill, int capacity) { skillCapacity.put(skill, capacity); return this; }
    public ActivityGroup withCostPerChildDay(int cost) { this.costPerChildDay = cost; return this; }

    @Override
    public String toString() {
        return id;
    }
}
