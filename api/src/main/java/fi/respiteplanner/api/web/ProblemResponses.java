package fi.respiteplanner.api.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;

import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.json.InvalidPlanException;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.workbook.ViolationReasons;
import fi.respiteplanner.i18n.Messages;

/**
 * Every refusal as an RFC 9457 problem body: {@code title}, {@code status}, {@code detail}, and
 * {@code violations} ([{field, reason}]) naming what the caller sent wrong. Bodies carry ids, never
 * the personal data of a plan. The engine's {@link Refusal}s become their HTTP statuses here.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
        };
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(problem(status, e.getMessage(), e.violations()));
    }

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<ProblemDetail> invalidPlan(InvalidPlanException e) {
        return refused(Refusal.invalid(e.violations()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return refused(Refusal.invalid(e.getName(), "cannot be read as " + e.getRequiredType().getSimpleName() + ": '" + e.getValue() + "'"));
    }

    /** Two writers created the same thing at once (e.g. one username): the second is told so, not a 500. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return refused(Refusal.conflict("It was created by another request at the same moment; read it and try again"));
    }

    /** A plan stayed locked by other writers for longer than the store waits. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        return refused(Refusal.busy("The plan is busy with other changes; try again", 5));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required",
                        List.of(new Violation(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof PayloadTooLargeException) && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of(new Violation("$", tooLarge.getMessage()))));
        }
        Violation violation = cause instanceof JsonProcessingException json ? PlanJson.violationOf(json)
                : new Violation("$", "the body is missing or is not JSON");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, violation.toString(), List.of(violation)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (status.is5xxServerError()) {
            LOG.error("Request failed", e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** Anything unforeseen: logged with its stack trace, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed; the error is logged.", List.of()));
    }

    /**
     * A problem body whose title and violations are also said in the reader's language (the request's locale:
     * Accept-Language, Finnish by default); {@code detail} and each violation's {@code reason} stay the service's
     * English for programs, {@code text} is the reason for people.
     */
    public static ProblemDetail problem(HttpStatus status, String detail, List<Violation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        Messages messages = Messages.of(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        String title = "problem." + status.value();
        if (messages.has(title)) {
            problem.setTitle(messages.text(title));
        }
        if (!violations.isEmpty()) {
            problem.setProperty("violations", violations.stream()
                    .map(v -> new SaidViolation(v.field(), v.reason(), ViolationReasons.say(v.reason(), messages.locale()))).toList());
        }
        return problem;
    }

    /** A violation with its reason in the reader's language. */
    public record SaidViolation(String field, String reason, String text) {
    }
}
