package fi.respiteplanner.datasets.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One problem of an uploaded workbook, where it is: the sheet, the row (as Excel numbers it) and the
 * column (its letter and the header the file has), and the reason as a message key with arguments, so that
 * the service can say it in the user's language ({@link #message(Locale)}).
 *
 * @param sheet the sheet's name as in the file; null for a problem of the whole workbook
 * @param row 1-based row number; 0 when the problem is not on one row
 * @param column column letter ("C"); null when the problem is not in one column
 * @param header the column's header text as in the file; null with {@code column}
 * @param key the reason's message key in {@code workbook*.properties}
 * @param args the reason's arguments; a {@link Text} is itself translated
 */
public record WorkbookProblem(Severity severity, String sheet, int row, String column, String header, String key, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    /** The names of all codes of an enum, in the language the problem is shown in. */
    public record CodeNames(Class<? extends Enum<?>> codes) {
    }

    /** A message key with arguments, translated where it is shown (e.g. a code's name in the reason). */
    public record Text(String key, List<Object> args) {

        public static Text of(String key, Object... args) {
            return new Text(key, Arrays.asList(args));
        }

        public String in(Messages messages) {
            return messages.text(key, args.stream().map(arg -> arg instanceof Text text ? text.in(messages)
                    : arg instanceof CodeNames names ? String.join(", ", Codes.names(messages, names.codes())) : arg).toArray());
        }
    }

    static WorkbookProblem error(String sheet, int row, String column, String header, String key, Object... args) {
        return new WorkbookProblem(Severity.ERROR, sheet, row, column, header, key, Arrays.asList(args));
    }

    static WorkbookProblem warning(String sheet, int row, String column, String header, String key, Object... args) {
        return new WorkbookProblem(Severity.WARNING, sheet, row, column, header, key, Arrays.asList(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The reason alone, e.g. "'31.2.2012' ei ole päivämäärä". */
    public String reason(Locale locale) {
        return Text.of(key, args.toArray()).in(Messages.of(locale));
    }

    /** Location and reason, e.g. "Asiakkaat, rivi 14, sarake Syntymäaika (C): '31.2.2012' ei ole päivämäärä". */
    public String message(Locale locale) {
        Messages messages = Messages.of(locale);
        String reason = reason(locale);
        if (sheet == null) {
            return reason;
        }
        if (row == 0) {
            return column == null ? messages.text("at.sheet", sheet, reason) : messages.text("at.column", sheet, header, column, reason);
        }
        return column == null ? messages.text("at.row", sheet, row, reason) : messages.text("at.cell", sheet, row, header, column, reason);
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
