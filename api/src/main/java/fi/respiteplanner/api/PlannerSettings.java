package fi.respiteplanner.api;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings ({@code planner.*} in application.properties).
 *
 * @param dataDir where the embedded database lives
 * @param parallelSolves plans solved at once on this instance, of every kind together (one core each)
 * @param queueCapacity plans that may wait for a solver; beyond that, submissions get 429
 * @param defaultTimeLimit solving time when the caller gives none
 * @param maxTimeLimit the longest solving time a caller may ask for
 * @param saveInterval how often an improving best solution is written to the store (at least)
 * @param heartbeatTimeout a solving plan whose solver has not said it is alive for this long is shown as interrupted
 * @param maxBodySize largest request body
 * @param maxStays most stay requests in one plan
 */
@ConfigurationProperties("planner")
public record PlannerSettings(Path dataDir, int parallelSolves, int queueCapacity, Duration defaultTimeLimit,
        Duration maxTimeLimit, Duration saveInterval, Duration heartbeatTimeout, DataSize maxBodySize, int maxStays) {
}
