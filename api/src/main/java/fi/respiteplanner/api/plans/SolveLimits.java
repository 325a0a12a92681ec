package fi.respiteplanner.api.plans;

/**
 * When solving stops: after {@code timeLimitSeconds}, or after {@code stepCountLimit} local search
 * steps (the same steps on the same problem give the same plan, for reproducible what-ifs).
 */
public record SolveLimits(Long timeLimitSeconds, Long stepCountLimit) {

    public static SolveLimits seconds(Long timeLimitSeconds) {
        return new SolveLimits(timeLimitSeconds, null);
    }
}
