package fi.respiteplanner.respite;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;

/**
 * Why a family's stay changed in a re-plan, structured so that it can be said in the family's words:
 * a code and its arguments (ids, nights, the index of the change in the change set). On a stay, the
 * reason a change <em>forced</em> it to move ({@link #forces()}); on a diff row, any reason.
 *
 * @param change index of the change in the day's change set, if one change caused it
 * @param rule the hard constraint the published placement broke, for forced stays
 * @param stayId another stay the reason names (the urgent request, the forced stay that took the bed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeReason(Code code, Integer change, String rule, String unitId, String bedId, Skill skill, DateRange nights,
        Integer capacity, String stayId) {

    public enum Code {
        /** The stay's bed was closed on its nights. */
        BED_CLOSED,
        /** The stay's unit was closed on its nights. */
        UNIT_CLOSED,
        /** A skill's capacity in the unit was cut below the clients needing it. */
        STAFFING_CUT,
        /** The unit has no awake night staff on nights the client needs it. */
        AWAKE_NIGHT_STAFF_CUT,
        /** The family changed its own request. */
        OWN_CHANGE,
        /** The published placement breaks a rule, and no change of the day explains it. */
        RULE_BROKEN,
        /** The family cancelled. */
        CANCELLED_BY_FAMILY,
        /** A request that was waiting unmet in the published plan is now placed. */
        FROM_WAITING_LIST,
        /** A request added today is placed. */
        NEW_REQUEST,
        /** An URGENT request took the place (only with the plan setting that allows it). */
        DISPLACED_BY_URGENT,
        /** Moved within its unit so that a stay a change forced out could take its bed. */
        MADE_ROOM,
        /** Moved although nothing forced it (the search left it so). */
        NOT_FORCED
    }

    private static final Set<Code> FORCING = EnumSet.of(Code.BED_CLOSED, Code.UNIT_CLOSED, Code.STAFFING_CUT,
            Code.AWAKE_NIGHT_STAFF_CUT, Code.OWN_CHANGE, Code.RULE_BROKEN);

    /** Whether this reason releases a published stay from its promise (a change forced it). */
    public boolean forces() {
        return code != null && FORCING.contains(code);
    }

    public static ChangeReason of(Code code) {
        return new ChangeReason(code, null, null, null, null, null, null, null, null);
    }

    public static ChangeReason bedClosed(int change, String rule, String unitId, String bedId, DateRange nights) {
        return new ChangeReason(Code.BED_CLOSED, change, rule, unitId, bedId, null, nights, null, null);
    }

    public static ChangeReason unitClosed(int change, String rule, String unitId, DateRange nights) {
        return new ChangeReason(Code.UNIT_CLOSED, change, rule, unitId, null, null, nights, null, null);
    }

    public static ChangeReason staffingCut(int change, String rule, String unitId, Skill skill, DateRange nights, int capacity) {
        return new ChangeReason(Code.STAFFING_CUT, change, rule, unitId, null, skill, nights, capacity, null);
    }

    public static ChangeReason awakeNightStaffCut(int change, String rule, String unitId, DateRange nights) {
        return new ChangeReason(Code.AWAKE_NIGHT_STAFF_CUT, change, rule, unitId, null, null, nights, null, null);
    }

    public static ChangeReason ownChange(int change) {
        return new ChangeReason(Code.OWN_CHANGE, change, null, null, null, null, null, null, null);
    }

    public static ChangeReason ruleBroken(String rule) {
        return new ChangeReason(Code.RULE_BROKEN, null, rule, null, null, null, null, null, null);
    }

    public static ChangeReason cancelled(Integer change) {
        return new ChangeReason(Code.CANCELLED_BY_FAMILY, change, null, null, null, null, null, null, null);
    }

    public static ChangeReason newRequest(Integer change) {
        return new ChangeReason(Code.NEW_REQUEST, change, null, null, null, null, null, null, null);
    }

    public static ChangeReason naming(Code code, String stayId) {
        return new ChangeReason(code, null, null, null, null, null, null, null, stayId);
    }
}
