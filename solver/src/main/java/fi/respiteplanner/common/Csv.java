package fi.respiteplanner.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Rows for spreadsheets (RFC 4180): cells with a comma, quote or line break are quoted; null is empty. */
public final class Csv {

    /** The first line of every table that names people: whoever opens or forwards the file sees it. */
    public static final String PERSONAL_DATA_NOTICE = "# contains personal data: client ids\n";

    private Csv() {
    }

    public static String row(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",", "", "\n"));
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.matches("(?s).*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
