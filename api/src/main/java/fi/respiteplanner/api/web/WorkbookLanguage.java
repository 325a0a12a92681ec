package fi.respiteplanner.api.web;

import java.util.Locale;

import fi.respiteplanner.datasets.workbook.Messages;

/** The language a workbook and its problems are written in: the caller's first of fi, sv, en in Accept-Language; Finnish otherwise. */
final class WorkbookLanguage {

    private WorkbookLanguage() {
    }

    static Locale of(String acceptLanguage) {
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
