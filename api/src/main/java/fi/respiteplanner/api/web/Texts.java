package fi.respiteplanner.api.web;

import java.util.Locale;

import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Role;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;

/**
 * The words of one answer: the reader's language (from Accept-Language, Finnish by default) and how to name
 * units and clients for the reader's role. Planners and above contact families, so they read clients' names;
 * a viewer reads client codes. Unit names are no personal data and every role reads them.
 */
public final class Texts {

    private Texts() {
    }

    public static Messages messages(Locale locale) {
        return Messages.of(locale);
    }

    public static Naming naming(Caller caller) {
        return caller.has(Role.PLANNER) ? Naming.WITH_CLIENT_NAMES : Naming.CODES_ONLY;
    }
}
