package fi.respiteplanner.replan;

import java.util.function.UnaryOperator;

import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.score.RespiteConstraint;

/** A change reason in words: the bundle's {@code reason.<CODE>} with the code's own arguments. */
public final class ReasonText {

    private ReasonText() {
    }

    /**
     * @param unitLabel how to name a unit by its id (the id for the office, the unit's name for a family)
     */
    public static String of(ChangeReason reason, Messages messages, UnaryOperator<String> unitLabel) {
        String key = "reason." + reason.code();
        String unit = reason.unitId() == null ? null : unitLabel.apply(reason.unitId());
        return switch (reason.code()) {
            case BED_CLOSED -> messages.text(key, unit, reason.bedId(), reason.nights());
            case UNIT_CLOSED, AWAKE_NIGHT_STAFF_CUT -> messages.text(key, unit, reason.nights());
            case STAFFING_CUT -> messages.text(key, unit, messages.text("skill." + reason.skill()), reason.capacity(), reason.nights());
            case RULE_BROKEN -> messages.text(key, rule(reason.rule(), messages));
            case DISPLACED_BY_URGENT, MADE_ROOM -> messages.text(key, reason.stayId());
            case OWN_CHANGE, CANCELLED_BY_FAMILY, FROM_WAITING_LIST, NEW_REQUEST, NOT_FORCED -> messages.text(key);
        };
    }

    /** A respite constraint's name in words inside a sentence ("asiakas kahdessa paikassa"); a name the catalogue lacks stays as it is. */
    public static String rule(String constraintName, Messages messages) {
        RespiteConstraint rule = constraintName == null ? null : RespiteConstraint.byName(constraintName);
        return rule == null ? constraintName : messages.lowerFirst(messages.text("rule." + rule.name()));
    }
}
