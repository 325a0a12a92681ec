package fi.respiteplanner.api.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import fi.respiteplanner.common.Violation;

/** A request the service refuses, with the HTTP status and the fields at fault; rendered as RFC 9457 problem detail. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Violation> violations;
    private final Long retryAfterSeconds;

    private ApiException(HttpStatus status, String detail, List<Violation> violations, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).toString()
                : violations.size() + " problems; first: " + violations.get(0);
        return new ApiException(HttpStatus.BAD_REQUEST, detail, violations, null);
    }

    public static ApiException invalid(String field, String reason) {
        return invalid(List.of(new Violation(field, reason)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " does not exist", List.of(), null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of(), null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of(), null);
    }

    public static ApiException tooManyPlans(String detail, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
    }

    public static ApiException tooLarge(String field, String reason) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, field + ": " + reason, List.of(new Violation(field, reason)), null);
    }

    public HttpStatus status() { return status; }
    public List<Violation> violations() { return violations; }
    public Long retryAfterSeconds() { return retryAfterSeconds; }
}
