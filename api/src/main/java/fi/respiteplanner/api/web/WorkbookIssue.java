package fi.respiteplanner.api.web;

import java.util.Locale;

import fi.respiteplanner.datasets.workbook.WorkbookProblem;

/**
 * One problem of an uploaded workbook as the service answers it: where it is and why, in the caller's
 * language. {@code field} and {@code reason} make it a violation like any other (field: "Asiakkaat!C14").
 *
 * @param row 1-based as Excel numbers it; null when the problem is not on one row
 * @param message location and reason in one sentence, e.g. "Asiakkaat, rivi 14, sarake Syntymäaika (C): '31.2.2012' ei ole päivämäärä"
 */
public record WorkbookIssue(String field, String reason, String severity, String sheet, Integer row, String column, String header,
        String message) {

    public static WorkbookIssue of(WorkbookProblem problem, Locale language) {
        String field = problem.sheet() == null ? "$"
                : problem.sheet() + (problem.row() == 0 && problem.column() == null ? ""
                        : "!" + (problem.column() == null ? "" : problem.column()) + (problem.row() == 0 ? "" : problem.row()));
        return new WorkbookIssue(field, problem.reason(language), problem.severity().name(), problem.sheet(),
                problem.row() == 0 ? null : problem.row(), problem.column(), problem.header(), problem.message(language));
    }
}
