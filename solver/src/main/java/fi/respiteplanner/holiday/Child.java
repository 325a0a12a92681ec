package fi.respiteplanner.holiday;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;

/** A disabled school child (grades 1–9) who attends holiday activities. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = Child.class)
public class Child {

    @PlanningId
    private String id;
    private String name;
    private int grade;
    private String language = "fi";
    private GeoPoint home;
    private EnumSet<Skill> needs = EnumSet.noneOf(Skill.class);
    private boolean wheelchair;
    /** Siblings share a family id. */
    private String familyId;
    @JsonIdentityReference(alwaysAsId = true)
    private LinkedHashSet<Child> friends = new LinkedHashSet<>();
    private List<String> preferredProviders = new ArrayList<>();

    public Child() {
    }

    public Child(String id, int grade) {
        this.id = id;
        this.grade = grade;
    }

    public boolean needs(Skill skill) {
        return needs.contains(skill);
    }

    public void befriend(Child other) {
        friends.add(other);
        other.friends.add(this);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public int getGrade() { return grade; }
    public String getLanguage() { return language; }
    public GeoPoint getHome() { return home; }
    public Set<Skill> getNeeds() { return needs; }
    public boolean isWheelchair() { return wheelchair; }
    public String getFamilyId() { return familyId; }
    public Set<Child> getFriends() { return friends; }
    public List<String> getPreferredProviders() { return preferredProviders; }

    public Child withName(String name) { this.name = name; return this; }
    public Child withLanguage(String language) { this.language = language; return this; }
    public Child withHome(GeoPoint home) { this.home = home; return this; }
    public Child withNeeds(Set<Skill> needs) { this.needs = needs.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(needs); return this; }
    public Child withWheelchair(boolean wheelchair) { this.wheelchair = wheelchair; return this; }
    public Child withFamilyId(String familyId) { this.familyId = familyId; return this; }
    public Child withPreferredProviders(List<String> providers) { this.preferredProviders = new ArrayList<>(providers); return this; }

    @Override
    public String toString() {
        return id;
    }
}
