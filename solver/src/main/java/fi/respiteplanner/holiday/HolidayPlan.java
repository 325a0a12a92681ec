package fi.respiteplanner.holiday;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.holiday.score.HolidayConstraint;

/** A holiday-activity plan: the weeks, the groups, the children and their requests; its own JSON format. */
@PlanningSolution
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonPropertyOrder({ "name", "constraintWeights", "score", "weeks", "groups", "children", "placements" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HolidayPlan {

    private String name;
    private Map<String, Long> constraintWeights = new LinkedHashMap<>();
    private List<HolidayWeek> weeks = new ArrayList<>();
    private List<ActivityGroup> groups = new ArrayList<>();
    private List<Child> children = new ArrayList<>();
    private List<Placement> placements = new ArrayList<>();
    @PlanningScore
    private HardMediumSoftLongScore score;

    @JsonIgnore
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    public HolidayPlan() {
    }

    public HolidayPlan(String name, List<HolidayWeek> weeks, List<ActivityGroup> groups, List<Child> children, List<Placement> placements) {
        this.name = name;
        this.weeks = weeks;
        this.groups = groups;
        this.children = children;
        this.placements = placements;
    }

    /** Each request's value range is its week's groups; weights become overrides. */
    public HolidayPlan link() {
        Map<HolidayWeek, List<ActivityGroup>> byWeek = new LinkedHashMap<>();
        groups.forEach(group -> byWeek.computeIfAbsent(group.getWeek(), week -> new ArrayList<>()).add(group));
        placements.forEach(placement -> placement.link(byWeek.getOrDefault(placement.getWeek(), List.of())));
        constraintWeightOverrides = HolidayConstraint.overrides(constraintWeights);
        return this;
    }

    @ProblemFactCollectionProperty
    public List<HolidayWeek> getWeeks() { return weeks; }

    @ProblemFactCollectionProperty
    public List<ActivityGroup> getGroups() { return groups; }

    @ProblemFactCollectionProperty
    public List<Child> getChildren() { return children; }

    @PlanningEntityCollectionProperty
    public List<Placement> getPlacements() { return placements; }

    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() { return constraintWeightOverrides; }
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) { constraintWeightOverrides = overrides; }

    public String getName() { return name; }
    public Map<String, Long> getConstraintWeights() { return constraintWeights; }
    public HolidayPlan withConstraintWeight(String name, long weight) { constraintWeights.put(name, weight); return this; }
}
