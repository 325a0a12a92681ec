package fi.respiteplanner.respite.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * Gives several stays a new bed (null: unmet) and arrival at once: a swap, or a unit's weeks ruined and
 * recreated. Timefold records the changes and undoes them itself.
 */
public final class StayAssignmentMove extends AbstractSimplifiedMove<RespitePlan> {

    /** One stay's new bed and arrival. */
    public record Assignment(Stay stay, Bed bed, LocalDate arrival) {

        boolean changes() {
            return stay.getBed() != bed || !Objects.equals(stay.getArrival(), arrival);
        }
    }

    private final String kind;
    private final List<Assignment> assignments;

    public StayAssignmentMove(String kind, List<Assignment> assignments) {
        this.kind = kind;
        this.assignments = assignments;
    }

    List<Assignment> assignments() {
        return assignments;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RespitePlan> scoreDirector) {
        for (Assignment assignment : assignments) {
            if (assignment.changes()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RespitePlan> scoreDirector) {
        for (Assignment assignment : assignments) {
            Stay stay = assignment.stay();
            if (stay.getBed() != assignment.bed()) {
                scoreDirector.beforeVariableChanged(stay, "bed");
                stay.setBed(assignment.bed());
                scoreDirector.afterVariableChanged(stay, "bed");
            }
            if (!Objects.equals(stay.getArrival(), assignment.arrival())) {
                scoreDirector.beforeVariableChanged(stay, "arrival");
                stay.setArrival(assignment.arrival());
                scoreDirector.afterVariableChanged(stay, "arrival");
            }
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return assignments.stream().map(Assignment::stay).toList();
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (Assignment assignment : assignments) {
            if (assignment.bed() != null) {
                values.add(assignment.bed());
            }
            values.add(assignment.arrival());
        }
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "StayAssignmentMove(" + kind + ")";
    }

    @Override
    public String toString() {
        return kind + assignments.stream().map(a -> a.stay() + "->" + a.bed() + "@" + a.arrival()).collect(Collectors.joining(", ", "[", "]"));
    }
}
