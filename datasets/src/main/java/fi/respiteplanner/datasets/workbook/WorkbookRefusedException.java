package fi.respiteplanner.datasets.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A file that is not read at all: not a workbook, too large, or unsafe. The service answers 413 when
 * {@link #isTooLarge()}, else 400; {@link #message(Locale)} says why in the user's language.
 */
public class WorkbookRefusedException extends RuntimeException {

    public enum Reason {
        /** Not an .xlsx file (CSV, JSON, random bytes, a damaged zip). */
        NOT_A_WORKBOOK(false),
        /** An old .xls or a password-protected workbook (both are OLE2 containers). */
        OLD_OR_ENCRYPTED(false),
        /** Macros (.xlsm content): never opened. */
        MACROS(false),
        /** Links to other workbooks or data sources. */
        EXTERNAL_LINKS(false),
        /** The upload itself is larger than the limit. */
        FILE_TOO_LARGE(true),
        /** Unpacks to far more than it weighs (a zip bomb) or past the unpacked limit. */
        UNPACKS_TOO_LARGE(true),
        /** A sheet has more rows (or cells) than the limit. */
        TOO_MANY_ROWS(true);

        private final boolean tooLarge;

        Reason(boolean tooLarge) {
            this.tooLarge = tooLarge;
        }
    }

    private final Reason reason;
    private final transient List<Object> args;

    public WorkbookRefusedException(Reason reason, Object... args) {
        super(reason + " " + Arrays.toString(args));
        this.reason = reason;
        this.args = Arrays.asList(args);
    }

    public WorkbookRefusedException(Reason reason, Throwable cause, Object... args) {
        this(reason, args);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }

    public boolean isTooLarge() {
        return reason.tooLarge;
    }

    public String message(Locale locale) {
        return Messages.of(locale).text("refused." + reason.name(), args.toArray());
    }
}
