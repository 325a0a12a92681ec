package fi.respiteplanner.datasets.workbook;

import java.util.List;
import java.util.Locale;

/** A workbook that was read but describes no valid plan: every problem found, errors and warnings, in file order. */
public class InvalidWorkbookException extends RuntimeException {

    private final transient List<WorkbookProblem> problems;

    public InvalidWorkbookException(List<WorkbookProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<WorkbookProblem> problems) {
        List<WorkbookProblem> errors = problems.stream().filter(WorkbookProblem::isError).toList();
        return errors.size() + " problems in the workbook, first: " + (errors.isEmpty() ? "-" : errors.get(0).message(Locale.ENGLISH));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }

    public List<WorkbookProblem> errors() {
        return problems.stream().filter(WorkbookProblem::isError).toList();
    }
}
