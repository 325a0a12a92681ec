package fi.respiteplanner.replan;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.domain.entity.descriptor.EntityDescriptor;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * After solving a re-plan: puts back every stay that moved away from its published place when moving
 * it back does not make the score worse. A time-limited local search leaves such needless moves
 * behind (a random walk that happened before an improvement); each is a family called for nothing.
 * Uses Timefold's incremental score director (an implementation class of the pinned 1.32 version).
 */
public final class StabilityPolish {

    private StabilityPolish() {
    }

    /** @return how many stays went back to their published place; the plan's score is updated */
    public static int revertNeedlessChanges(SolverFactory<RespitePlan> factory, RespitePlan plan) {
        if (plan.getStays().stream().noneMatch(stay -> stay.getPublished() != null && stay.getArrival() != null)) {
            return 0;
        }
        var scoreDirectorFactory = ((DefaultSolverFactory<RespitePlan>) factory).<HardMediumSoftLongScore> getScoreDirectorFactory();
        try (InnerScoreDirector<RespitePlan, HardMediumSoftLongScore> director = scoreDirectorFactory.buildScoreDirector()) {
            director.setWorkingSolution(plan);
            EntityDescriptor<RespitePlan> stays = director.getSolutionDescriptor().findEntityDescriptorOrFail(Stay.class);
            VariableDescriptor<RespitePlan> bedVariable = stays.getVariableDescriptor("bed");
            VariableDescriptor<RespitePlan> arrivalVariable = stays.getVariableDescriptor("arrival");
            HardMediumSoftLongScore best = director.calculateScore().raw();
            int reverted = 0;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Stay stay : plan.getStays()) {
                    Published published = stay.getPublished();
                    if (!revertible(stay, published)) {
                        continue;
                    }
                    Bed bed = stay.getBed();
                    LocalDate arrival = stay.getArrival();
                    assign(director, bedVariable, arrivalVariable, stay, published.bed(), published.arrival());
                    HardMediumSoftLongScore score = director.calculateScore().raw();
                    if (score.compareTo(best) >= 0) {
                        best = score;
                        reverted++;
                        changed = true;
                    } else {
                        assign(director, bedVariable, arrivalVariable, stay, bed, arrival);
                        director.calculateScore();
                    }
                }
            }
            plan.setScore(best);
            return reverted;
        }
    }

    private static boolean revertible(Stay stay, Published published) {
        return published != null && !stay.isPinned() && stay.getArrival() != null
                && (stay.getBed() != published.bed() || !stay.getArrival().equals(published.arrival()))
                && !published.arrival().isBefore(stay.getEarliestArrival()) && !published.arrival().isAfter(stay.getLatestArrival());
    }

    private static void assign(InnerScoreDirector<RespitePlan, HardMediumSoftLongScore> director, VariableDescriptor<RespitePlan> bedVariable,
            VariableDescriptor<RespitePlan> arrivalVariable, Stay stay, Bed bed, LocalDate arrival) {
        director.beforeVariableChanged(bedVariable, stay);
        stay.setBed(bed);
        director.afterVariableChanged(bedVariable, stay);
        director.beforeVariableChanged(arrivalVariable, stay);
        stay.setArrival(arrival);
        director.afterVariableChanged(arrivalVariable, stay);
    }
}
