package fi.respiteplanner.datasets.workbook;

import java.util.List;

/** A plan read from a workbook and the warnings that did not stop it (e.g. a need no unit staffs). */
public record WorkbookImport<P>(P plan, List<WorkbookProblem> warnings) {
}
