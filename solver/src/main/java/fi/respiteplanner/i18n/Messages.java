package fi.respiteplanner.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import fi.respiteplanner.common.DateRange;

/**
 * The service's words in Finnish, Swedish and English: a key and its arguments, from the bundles
 * {@code fi/respiteplanner/i18n/messages*.properties} (UTF-8), formatted with {@link MessageFormat}.
 * Dates are written {@code d.M.yyyy} and ranges of nights {@code 8.–12.2.2027}, as Finnish and
 * Swedish readers write them.
 */
public final class Messages {

    /** The languages the bundles hold; families are written to in fi or sv. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final String BUNDLE = "fi.respiteplanner.i18n.messages";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @throws IllegalArgumentException for a language the bundles do not hold */
    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no messages in language '" + language + "' (one of " + LANGUAGES + ")");
        }
        return new Messages(language);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The messages of a reader's locale: its language if the bundles hold it, else Finnish. */
    public static Messages of(Locale locale) {
        String wanted = locale == null ? "fi" : locale.getLanguage();
        return of(LANGUAGES.contains(wanted) ? wanted : "fi");
    }

    /**
     * The text of {@code key} with its arguments; dates and ranges of nights are written the Finnish way.
     *
     * @throws MissingResourceException for an unknown key
     */
    public String text(String key, Object... args) {
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof LocalDate date ? date(date)
                    : args[i] instanceof DateRange range ? range(range.from(), range.to()) : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(formatted);
    }

    /** The text with its first letter small, for words that go inside a sentence ("autismiosaamisen paikat"). */
    public String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** 12.2.2027 */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    /** 8.–12.2.2027, 28.2.–3.3.2027, 30.12.2026–2.1.2027; one day alone is just its date. */
    public static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(first);
        }
        if (first.getYear() != last.getYear()) {
            return date(first) + "–" + date(last);
        }
        String start = first.getMonthValue() == last.getMonthValue() ? first.getDayOfMonth() + "."
                : first.getDayOfMonth() + "." + first.getMonthValue() + ".";
        return start + "–" + date(last);
    }
}
