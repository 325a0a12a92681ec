package fi.respiteplanner.datasets.workbook;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbook's words: sheet names, headers, value names, problems and instructions, in Finnish, Swedish
 * and English ({@code workbook*.properties}, UTF-8). Import accepts the words of every language.
 */
public final class Messages {

    static final String BUNDLE = "fi.respiteplanner.datasets.workbook.workbook";
    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** The languages a workbook is written in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(FINNISH, SWEDISH, Locale.ENGLISH);

    private static final Map<Locale, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Texts without arguments, formatted once (a workbook names the same codes thousands of times). */
    private final Map<String, String> plain = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of the supported language closest to {@code locale} (Finnish when none fits). */
    public static Messages of(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        Locale supported = LANGUAGES.stream().filter(known -> known.getLanguage().equals(language)).findFirst().orElse(FINNISH);
        return BY_LANGUAGE.computeIfAbsent(supported, Messages::new);
    }

    /** The service's own words for this language (score levels, reasons), shared with the API and the page. */
    fi.respiteplanner.i18n.Messages service() {
        return fi.respiteplanner.i18n.Messages.of(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        return args.length == 0 ? plain.computeIfAbsent(key, this::format) : format(key, args);
    }

    private String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for '" + key + "' in " + locale, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
