package fi.respiteplanner.api.web;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.workbook.InvalidWorkbookException;
import fi.respiteplanner.datasets.workbook.Messages;
import fi.respiteplanner.datasets.workbook.WorkbookLimits;
import fi.respiteplanner.datasets.workbook.WorkbookRefusedException;
import fi.respiteplanner.datasets.workbook.WorkbookRefusedException.Reason;

/**
 * An uploaded workbook's refusals as problem bodies in the caller's language ({@code Accept-Language}):
 * 413 for a file too large (or unpacking too large), 400 for a file not opened, and 400 with every
 * problem of an invalid plan, each at its sheet, row and column ({@link WorkbookIssue}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkbookProblems {

    @ExceptionHandler(WorkbookRefusedException.class)
    ResponseEntity<ProblemDetail> refused(WorkbookRefusedException e, HttpServletRequest request) {
        HttpStatus status = e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String reason = e.message(Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, reason, List.of(new Violation("$", reason))));
    }

    /** A multipart upload over the size limit is stopped before it reaches the reader: the same answer. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return refused(new WorkbookRefusedException(Reason.FILE_TOO_LARGE, WorkbookLimits.DEFAULT.maxFileBytes() >> 20), request);
    }

    @ExceptionHandler(InvalidWorkbookException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWorkbookException e, HttpServletRequest request) {
        Locale language = Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        List<WorkbookIssue> errors = e.errors().stream().map(problem -> WorkbookIssue.of(problem, language)).toList();
        List<WorkbookIssue> warnings = e.problems().stream().filter(problem -> !problem.isError())
                .map(problem -> WorkbookIssue.of(problem, language)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Messages.of(language).text("problems.summary", errors.size()));
        problem.setProperty("violations", errors);
        if (!warnings.isEmpty()) {
            problem.setProperty("warnings", warnings);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
