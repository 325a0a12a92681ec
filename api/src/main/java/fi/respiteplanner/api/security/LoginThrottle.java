package fi.respiteplanner.api.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * Failed logins per account and per client address, as Bucket4j token buckets: each failure takes a
 * token, tokens come back over the window; an empty bucket refuses further attempts (429 with
 * Retry-After) until it refills, whatever the password. Kept per instance in a bounded cache.
 */
@Component
public class LoginThrottle {

    private final Cache<String, Bucket> accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<String, Bucket> addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(@Value("${planner.security.login-failures-per-account:10}") int perAccount,
            @Value("${planner.security.login-failures-per-address:50}") int perAddress,
            @Value("${planner.security.login-failure-window:5m}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long the account or address must wait before another attempt; empty when it may try now. */
    Optional<Duration> blockedFor(String account, String address) {
        long nanos = Math.max(wait(accounts, account), wait(addresses, address));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void failed(String account, String address) {
        if (account != null) {
            accounts.get(account, key -> bucket(perAccount)).tryConsume(1);
        }
        if (address != null) {
            addresses.get(address, key -> bucket(perAddress)).tryConsume(1);
        }
    }

    /** Bad passwords and unknown users, from form and Basic logins alike. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        failed(event.getAuthentication().getName(), details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }

    private static long wait(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.getIfPresent(key);
        return bucket == null || bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }
}
