package fi.respiteplanner.holiday.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.common.ScoreLevel;

/** The holiday plan's score levels, strongest first. */
public enum HolidayLevel implements ScoreLevel<HardMediumSoftLongScore> {
    /** The rules: capacity, grades, skills, access, language. */
    HARD("hard"),
    /** Unmet demand, squared per child. */
    MEDIUM("medium"),
    /** Continuity, siblings, friends, travel, preference, cost. */
    SOFT("soft");

    private final String key;

    HolidayLevel(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public HardMediumSoftLongScore scoreOf(long weight) {
        return switch (this) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    @Override
    public long valueIn(HardMediumSoftLongScore score) {
        return switch (this) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
