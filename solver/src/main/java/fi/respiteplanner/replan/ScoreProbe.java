package fi.respiteplanner.replan;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * Tries assignments on a plan one at a time and reads the score incrementally (a full recalculation
 * per try would be hundreds of times slower on M). Uses Timefold's incremental score director, an
 * implementation class of the pinned 1.32 version.
 */
final class ScoreProbe implements AutoCloseable {

    private final InnerScoreDirector<RespitePlan, BendableLongScore> director;
    private final VariableDescriptor<RespitePlan> bedVariable;
    private final VariableDescriptor<RespitePlan> arrivalVariable;

    ScoreProbe(SolverFactory<RespitePlan> factory, RespitePlan plan) {
        var scoreDirectorFactory = ((DefaultSolverFactory<RespitePlan>) factory).<BendableLongScore> getScoreDirectorFactory();
        director = scoreDirectorFactory.buildScoreDirector();
        director.setWorkingSolution(plan);
        var stays = director.getSolutionDescriptor().findEntityDescriptorOrFail(Stay.class);
        bedVariable = stays.getVariableDescriptor("bed");
        arrivalVariable = stays.getVariableDescriptor("arrival");
    }

    BendableLongScore score() {
        return director.calculateScore().raw();
    }

    /** Assigns (null bed: unassigns) and answers the plan's new score. */
    BendableLongScore assign(Stay stay, Bed bed, LocalDate arrival) {
        director.beforeVariableChanged(bedVariable, stay);
        stay.setBed(bed);
        director.afterVariableChanged(bedVariable, stay);
        director.beforeVariableChanged(arrivalVariable, stay);
        stay.setArrival(arrival);
        director.afterVariableChanged(arrivalVariable, stay);
        return score();
    }

    @Override
    public void close() {
        director.close();
    }
}
