package fi.respiteplanner.respite.search;

import java.util.Iterator;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import fi.respiteplanner.respite.RespitePlan;

/**
 * A random-only move factory over a {@link StayIndex} of the working plan, built when a phase starts: the
 * subclasses say only how one move is made.
 */
abstract class IndexedMoveFactory implements MoveIteratorFactory<RespitePlan, StayAssignmentMove> {

    protected StayIndex index;

    /** One move from the index (a move that changes nothing when none fits this time). */
    protected abstract StayAssignmentMove nextMove(Random random);

    @Override
    public void phaseStarted(ScoreDirector<RespitePlan> scoreDirector) {
        index = new StayIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RespitePlan> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<RespitePlan> scoreDirector) {
        return index.movable.size();
    }

    @Override
    public Iterator<StayAssignmentMove> createOriginalMoveIterator(ScoreDirector<RespitePlan> scoreDirector) {
        throw new UnsupportedOperationException("random selection only");
    }

    @Override
    public Iterator<StayAssignmentMove> createRandomMoveIterator(ScoreDirector<RespitePlan> scoreDirector, Random random) {
        index.stepStarted();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.isEmpty();
            }

            @Override
            public StayAssignmentMove next() {
                return nextMove(random);
            }
        };
    }
}
