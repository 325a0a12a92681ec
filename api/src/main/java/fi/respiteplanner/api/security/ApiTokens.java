package fi.respiteplanner.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API clients' tokens for the embedded login: a client sends {@code Authorization: Bearer <token>} and
 * pays one indexed lookup per request instead of a bcrypt check. Only a SHA-256 hash is stored (a token is
 * 256 random bits, so a slow hash adds nothing); a token dies with its user, on revocation or at expiry.
 */
@Repository
public class ApiTokens {

    static final String PREFIX = "rp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token: the secret is shown once, here. */
    public record Issued(String id, String name, String token, Instant expiresAt) {
    }

    public record TokenView(String id, String name, Instant createdAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Issued issue(String username, String name, Duration validity) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Instant expires = now.plus(validity);
        jdbc.sql("INSERT INTO api_token (id, username, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, username, name, hash(token), Timestamp.from(now), Timestamp.from(expires)).update();
        return new Issued(id, name, token, expires);
    }

    List<TokenView> list(String username) {
        return jdbc.sql("SELECT id, name, created_at, expires_at FROM api_token WHERE username = ? ORDER BY created_at")
                .param(username).query((rs, row) -> new TokenView(rs.getString("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    boolean revoke(String username, String id) {
        return jdbc.sql("DELETE FROM api_token WHERE id = ? AND username = ?").params(id, username).update() > 0;
    }

    /** The user a valid, unexpired token belongs to. */
    Optional<String> usernameOf(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), Timestamp.from(Instant.now())).query(String.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
