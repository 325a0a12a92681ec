package fi.respiteplanner.api.web;

import java.util.Locale;

import fi.respiteplanner.datasets.workbook.Messages;

/**
 * The language an answer is written in (workbooks, their problems, the office's lists and drafts): the caller's
 * first of fi, sv, en in Accept-Language; Finnish otherwise.
 */
public final class Language {

    private Language() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.FINNISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Messages.LANGUAGES);
            return best == null ? Messages.FINNISH : best;
        } catch (IllegalArgumentException e) {
            return Messages.FINNISH;
        }
    }
}
