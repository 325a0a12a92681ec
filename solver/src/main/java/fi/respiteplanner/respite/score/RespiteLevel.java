package fi.respiteplanner.respite.score;

import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import fi.respiteplanner.common.ScoreLevel;

/**
 * The respite plan's score levels, strongest first and strictly ranked: no amount of a weaker level
 * is worth one point of a stronger one. One hard level, then four soft levels of a BendableLongScore.
 */
public enum RespiteLevel implements ScoreLevel<BendableLongScore> {
    /** The rules (beds, closures, ages, features, staff skills, who must not meet). */
    HARD("hard", true, 0),
    /** Re-planning: promises to families already told (zero outside re-plans). */
    PROMISE("promise", false, 0),
    /** Shortfall below each client's decided monthly entitlement. */
    ENTITLEMENT("entitlement", false, 1),
    /** All unmet demand, priority-weighted, squared per client. */
    DEMAND("demand", false, 2),
    /** Quality and cost. */
    SOFT("soft", false, 3);

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 4;

    private final String key;
    private final boolean hard;
    private final int index;

    RespiteLevel(String key, boolean hard, int index) {
        this.key = key;
        this.hard = hard;
        this.index = index;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public BendableLongScore scoreOf(long weight) {
        return hard ? BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, index, weight)
                : BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, index, weight);
    }

    @Override
    public long valueIn(BendableLongScore score) {
        return hard ? score.hardScore(index) : score.softScore(index);
    }

    /** A score of these levels, strongest first (for tests and tools). */
    public static BendableLongScore score(long hard, long promise, long entitlement, long demand, long soft) {
        return BendableLongScore.of(new long[] { hard }, new long[] { promise, entitlement, demand, soft });
    }

    /** The score as level name → value, strongest first. */
    public static Map<String, Long> named(BendableLongScore score) {
        return ScoreLevel.named(score, values());
    }
}
