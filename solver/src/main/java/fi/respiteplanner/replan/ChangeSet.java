package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.List;

import fi.respiteplanner.respite.change.RespiteChange;

/**
 * The day's changes to a published plan, for the nightly re-plan.
 *
 * @param today the first night that may still change (started stays are fixed)
 * @param freezeDays stays arriving before today + freezeDays keep their place unless it became infeasible (default 14)
 * @param changes new, cancelled and changed requests, bed and unit closures, staffing changes, in order
 */
public record ChangeSet(LocalDate today, Integer freezeDays, List<RespiteChange> changes) {

    public static final int DEFAULT_FREEZE_DAYS = 14;

    public int freezeDaysOrDefault() {
        return freezeDays == null ? DEFAULT_FREEZE_DAYS : freezeDays;
    }
}
