package fi.respiteplanner.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import fi.respiteplanner.i18n.Messages;

/**
 * A table for spreadsheets in the reader's dialect (RFC 4180 quoting with the dialect's separator: a cell with
 * the separator, a quote or a line break is quoted; null is empty). Finnish and Swedish readers get what their
 * Excel opens as is: semicolons, decimal comma, dates {@code d.M.yyyy}; English readers commas, decimal point
 * and ISO dates. Every file starts with a byte order mark so that Excel reads it as UTF-8 (names with ä, ö, å).
 * Text that would run as a formula is defused ({@link #notAFormula}). Headers and yes/no come from the bundles
 * ({@code csv.column.*}, {@code csv.yes}, {@code csv.no}).
 */
public final class Csv {

    /** How one language's spreadsheets read a file. */
    public enum Dialect {
        /** Finnish and Swedish Excel: 12,5 and 8.2.2027. */
        NORDIC(';', ','),
        /** English Excel and programs: 12.5 and 2027-02-08. */
        INTERNATIONAL(',', '.');

        private final char separator;
        private final char decimal;

        Dialect(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }

        public char separator() {
            return separator;
        }

        public static Dialect of(String language) {
            return "en".equals(language) ? INTERNATIONAL : NORDIC;
        }
    }

    public static final String BOM = "\uFEFF";
    /** Decimals of a fractional number: shares (0,8153) and euros per night keep their meaning, no float noise. */
    private static final int DECIMALS = 4;

    private final Messages words;
    private final Dialect dialect;
    private final StringBuilder text = new StringBuilder(BOM);

    private Csv(Messages words) {
        this.words = words;
        this.dialect = Dialect.of(words.language());
    }

    /** An empty table in the reader's language and its dialect. */
    public static Csv of(Messages words) {
        return new Csv(words);
    }

    public Messages words() {
        return words;
    }

    /**
     * The first line of a table that names people, so whoever opens or forwards the file sees it.
     *
     * @param holds the bundle key saying what the file holds, e.g. {@code csv.holds.contacts}
     */
    public Csv personalData(String holds) {
        return row(words.text("csv.personalData", words.text(holds)));
    }

    /** The header row: each column's name from {@code csv.column.<column>}. */
    public Csv header(String... columns) {
        return row(Arrays.stream(columns).map(column -> words.text("csv.column." + column)).toArray());
    }

    /** A row: numbers in the dialect without thousands separators, dates, yes/no in words, anything else as text. */
    public Csv row(Object... cells) {
        text.append(Arrays.stream(cells).map(this::cell).collect(Collectors.joining(String.valueOf(dialect.separator))));
        text.append("\r\n");
        return this;
    }

    /** The file: byte order mark, rows ended by CRLF as RFC 4180 says. */
    @Override
    public String toString() {
        return text.toString();
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return decimal(value);
        }
        if (value instanceof LocalDate date) {
            return dialect == Dialect.NORDIC ? Messages.date(date) : date.toString();
        }
        if (value instanceof Boolean yes) {
            return words.text(yes ? "csv.yes" : "csv.no");
        }
        String plain = value instanceof Number ? value.toString() : notAFormula(value.toString());
        boolean quote = plain.indexOf(dialect.separator) >= 0 || plain.indexOf('"') >= 0 || plain.indexOf('\n') >= 0
                || plain.indexOf('\r') >= 0;
        return quote ? "\"" + plain.replace("\"", "\"\"") + "\"" : plain;
    }

    /**
     * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, e.g. a
     * variant named "+2 beds" or a name planted to run a command) gets a leading apostrophe: shown, never run (OWASP's
     * advice against CSV injection). Numbers are written as numbers and never touched.
     */
    private static String notAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private String decimal(Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal exact) {
            number = exact;
        } else {
            double real = ((Number) value).doubleValue();
            if (Double.isNaN(real) || Double.isInfinite(real)) {
                return "";
            }
            number = BigDecimal.valueOf(real);
        }
        String plain = number.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return plain.replace('.', dialect.decimal);
    }
}
