package fi.respiteplanner.api.access;

import java.util.List;

import fi.respiteplanner.common.Violation;

/**
 * A request the service refuses, with why and the fields at fault. The engine throws it; the web layer
 * turns each {@link Kind} into an HTTP status and an RFC 9457 problem body.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        /** The input is wrong; {@link #violations()} name the fields. */
        INVALID,
        /** No caller: nothing is done for nobody. */
        UNAUTHENTICATED,
        /** The caller's role does not allow it. */
        FORBIDDEN,
        /** No such thing, or it belongs to another organisation unit (never told apart, so ids cannot be probed). */
        NOT_FOUND,
        /** It does not fit the current state (e.g. stop a plan that is not solving). */
        CONFLICT,
        /** It would be more work or data than the service takes. */
        TOO_LARGE,
        /** The service is busy; try again after {@link #retryAfterSeconds()}. */
        BUSY
    }

    private final Kind kind;
    private final transient List<Violation> violations;
    private final Long retryAfterSeconds;

    private Refusal(Kind kind, String detail, List<Violation> violations, Long retryAfterSeconds) {
        super(detail);
        this.kind = kind;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).toString()
                : violations.size() + " problems; first: " + violations.get(0);
        return new Refusal(Kind.INVALID, detail, violations, null);
    }

    public static Refusal invalid(String field, String reason) {
        return invalid(List.of(new Violation(field, reason)));
    }

    public static Refusal unauthenticated() {
        return new Refusal(Kind.UNAUTHENTICATED, "Log in first", List.of(), null);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, what + " does not exist", List.of(), null);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail, List.of(), null);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, List.of(), null);
    }

    public static Refusal busy(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.BUSY, detail, List.of(), retryAfterSeconds);
    }

    public static Refusal tooLarge(String field, String reason) {
        return new Refusal(Kind.TOO_LARGE, field + ": " + reason, List.of(new Violation(field, reason)), null);
    }

    public Kind kind() { return kind; }
    public List<Violation> violations() { return violations; }
    public Long retryAfterSeconds() { return retryAfterSeconds; }
}
