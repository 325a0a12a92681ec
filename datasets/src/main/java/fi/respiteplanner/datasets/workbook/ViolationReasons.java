package fi.respiteplanner.datasets.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.respiteplanner.datasets.workbook.WorkbookProblem.Text;

/**
 * The plan validators' reasons (English, in {@code PlanValidator} and {@code HolidayValidator}) as message
 * keys, so that the workbook says them in the user's language. A reason not listed here is shown as it is
 * ({@code violation.other}); dates in reasons become d.M.yyyy.
 */
public final class ViolationReasons {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("is required with arrival: a (\\w+) stay keeps its bed and dates", "violation.pinnedNeedsBed"),
            rule("is required.*", "violation.required"),
            rule("must be zero or more", "violation.notNegative"),
            rule("must be at least 1", "violation.atLeastOne"),
            rule("must be positive", "violation.positive"),
            rule("is not a constraint name", "violation.unknownConstraint"),
            rule("must list at least one unit", "violation.noUnits"),
            rule("must list at least one room", "violation.noRooms"),
            rule("must list at least one bed", "violation.noBeds"),
            rule("must list at least one holiday week", "violation.noWeeks"),
            rule("must list at least one day", "violation.noDays"),
            rule("is before horizon\\.from", "violation.horizonReversed"),
            rule("is longer than (\\d+) nights", "violation.horizonTooLong"),
            rule("is below minAge", "violation.maxAgeBelowMin"),
            rule("needs both skill and capacity, or neither", "violation.skillWithCapacity"),
            rule("changes nothing.*", "violation.staffingChangesNothing"),
            rule("needs from and to", "violation.rangeIncomplete"),
            rule("is before from", "violation.rangeReversed"),
            rule("is after the horizon", "violation.bornAfterHorizon"),
            rule("names the client itself", "violation.incompatibleWithSelf"),
            rule("duplicates id '(.*)'", "violation.duplicateId"),
            rule("is outside the arrival window (\\S+) … (\\S+)", "violation.outsideWindow"),
            rule("is before earliestArrival: the arrival window is empty", "violation.emptyWindow"),
            rule("is before the horizon \\((\\S+)\\)", "violation.beforeHorizon"),
            rule("lets the stay run past the horizon's last night \\((\\S+)\\)", "violation.pastHorizon"),
            rule("needs both bed and arrival", "violation.publishedIncomplete"),
            rule("grades run from 1 to 9, minGrade ≤ maxGrade", "violation.gradeRange"),
            rule("must be 1 to 9", "violation.grade"),
            rule("(\\S+) is not a day of week (\\S+)", "violation.dayNotInWeek"),
            rule("group (\\S+) is not in week (\\S+)", "violation.groupNotInWeek"),
            rule("must be between (\\d+) and (\\d+)", "violation.between"),
            rule("must be at most (\\d+) characters without control characters", "violation.idShape"),
            rule("is longer than (\\d+) characters", "violation.tooLong"),
            rule("is not a place on Earth.*", "violation.notOnEarth"),
            rule("'(\\S+)' is not between (\\S+) and (\\S+)", "violation.dateOutOfRange"),
            rule("is before (\\d{4}-\\d{2}-\\d{2})", "violation.dateBefore"),
            rule("must be a two-letter language code such as fi or sv", "violation.language"),
            rule("is not a unit or room of the plan", "violation.unknownPlace"),
            rule("is null|a list of units or clients holds null", "violation.isNull"),
            rule(".*must (not be null|be (a list|lists|an object)).*", "violation.structure"));

    private ViolationReasons() {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }

    /** A validator's reason in the reader's language ("puuttuu" for "is required"); a reason not listed stays as it is. */
    public static String say(String reason, Locale locale) {
        return translate(reason).in(Messages.of(locale));
    }

    static Text translate(String reason) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern.matcher(reason);
            if (matcher.matches()) {
                List<Object> args = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    args.add(argument(rule.key, matcher.group(group)));
                }
                return new Text(rule.key, args);
            }
        }
        return Text.of("violation.other", reason);
    }

    private static Object argument(String key, String value) {
        if (value == null) {
            return "";
        }
        if (key.equals("violation.pinnedNeedsBed")) {
            return Text.of("code.StayStatus." + value);
        }
        try {
            return Cells.FINNISH_DATE.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
