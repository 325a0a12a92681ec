package fi.respiteplanner.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a handler tells the audit trail about its request: the plan (or scenario) it acted on, that
 * thing's organisation unit, and a summary of what changed (ids, never personal data). A handler
 * declares it as a parameter; the audit filter writes the row when the request completes.
 */
public final class AuditNote {

    public static final String SUBJECT = AuditNote.class.getName() + ".subject";
    public static final String ORG_UNIT = AuditNote.class.getName() + ".orgUnit";
    public static final String DETAIL = AuditNote.class.getName() + ".detail";

    private final HttpServletRequest request;

    public AuditNote(HttpServletRequest request) {
        this.request = request;
    }

    /**
     * @param subject the plan or scenario id (null: taken from the path)
     * @param orgUnit its organisation unit (null: looked up from the subject)
     */
    public void note(String subject, String orgUnit, String detail) {
        if (subject != null) {
            request.setAttribute(SUBJECT, subject);
        }
        if (orgUnit != null) {
            request.setAttribute(ORG_UNIT, orgUnit);
        }
        request.setAttribute(DETAIL, detail);
    }
}
