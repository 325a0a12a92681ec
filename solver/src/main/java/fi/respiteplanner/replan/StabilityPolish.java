package fi.respiteplanner.replan;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * After solving a re-plan: puts back every stay that moved away from its published place when moving
 * it back does not make the score worse. A time-limited local search leaves such needless moves
 * behind (a random walk that happened before an improvement); each is a family called for nothing.
 */
public final class StabilityPolish {

    private StabilityPolish() {
    }

    /** @return how many stays went back to their published place; the plan's score is updated */
    public static int revertNeedlessChanges(SolverFactory<RespitePlan> factory, RespitePlan plan) {
        if (plan.getStays().stream().noneMatch(stay -> stay.getPublished() != null && stay.getArrival() != null)) {
            return 0;
        }
        try (ScoreProbe probe = new ScoreProbe(factory, plan)) {
            BendableLongScore best = probe.score();
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
                    BendableLongScore score = probe.assign(stay, published.bed(), published.arrival());
                    if (score.compareTo(best) >= 0) {
                        best = score;
                        reverted++;
                        changed = true;
                    } else {
                        probe.assign(stay, bed, arrival);
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
}
