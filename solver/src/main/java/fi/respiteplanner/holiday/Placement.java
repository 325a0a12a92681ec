package fi.respiteplanner.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.JsonInclude;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import fi.respiteplanner.respite.Priority;

/** A child's request for one holiday week (some or all of its days) and its decision: the group, or none. */
@PlanningEntity(comparatorClass = Placement.Difficulty.class)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Placement {

    @PlanningId
    private String id;
    @JsonIdentityReference(alwaysAsId = true)
    private Child child;
    @JsonIdentityReference(alwaysAsId = true)
    private HolidayWeek week;
    private List<LocalDate> days = new ArrayList<>();
    private Priority priority = Priority.NORMAL;
    @JsonIdentityReference(alwaysAsId = true)
    private ActivityGroup group;

    private transient List<ActivityGroup> weekGroups = List.of();

    public Placement() {
    }

    public Placement(String id, Child child, HolidayWeek week, List<LocalDate> days) {
        this.id = id;
        this.child = child;
        this.week = week;
        this.days = new ArrayList<>(days);
    }

    @PlanningVariable(valueRangeProviderRefs = "weekGroups", allowsUnassigned = true)
    public ActivityGroup getGroup() {
        return group;
    }

    public void setGroup(ActivityGroup group) {
        this.group = group;
    }

    /** The groups of this request's week. */
    @ValueRangeProvider(id = "weekGroups")
    public List<ActivityGroup> getWeekGroups() {
        return weekGroups;
    }

    void link(List<ActivityGroup> groupsOfWeek) {
        this.weekGroups = groupsOfWeek;
    }

    public int unmetWeight() {
        return days.size() * priority.defaultWeight();
    }

    public String getId() { return id; }
    public Child getChild() { return child; }
    public HolidayWeek getWeek() { return week; }
    public List<LocalDate> getDays() { return days; }
    public Priority getPriority() { return priority; }

    public Placement withPriority(Priority priority) { this.priority = priority; return this; }
    public Placement assign(ActivityGroup group) { this.group = group; return this; }

    @Override
    public String toString() {
        return id;
    }

    /** Harder first in a decreasing sort: more weighted days, then fewer groups to choose from. */
    public static class Difficulty implements Comparator<Placement> {
        private static final Comparator<Placement> ORDER = Comparator.comparingInt(Placement::unmetWeight)
                .thenComparingInt(placement -> -placement.weekGroups.size())
                .thenComparing(Placement::getId);

        @Override
        public int compare(Placement a, Placement b) {
            return ORDER.compare(a, b);
        }
    }
}
