package fi.respiteplanner.api.office;

import java.util.List;
import java.util.Locale;

import fi.respiteplanner.i18n.Messages;

/** The caller's language from {@code Accept-Language}: the best of fi, sv and en, Finnish when none fits. */
public final class Languages {

    private Languages() {
    }

    public static Messages of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.of("fi");
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Messages.of("fi");
        }
        String best = Locale.lookupTag(ranges, Messages.LANGUAGES);
        return Messages.of(best == null ? "fi" : best);
    }
}
