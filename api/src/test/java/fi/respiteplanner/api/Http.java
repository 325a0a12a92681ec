package fi.respiteplanner.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small real-HTTP client for the service's tests: as a user with HTTP Basic, a bearer token, or a
 * browser-like session (cookies and the CSRF header, after logging in through the login form).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first administrator of the tests (src/test/resources/config/application.properties). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private String csrfHeader;
    private String csrfToken;

    /** As the tests' administrator. */
    public Http(int port) {
        this(port, ADMIN, ADMIN_PASSWORD);
    }

    /** As this user (HTTP Basic); a null user sends no credentials. */
    public Http(int port, String user, String password) {
        this("http://127.0.0.1:" + port, user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    /** With a bearer token. */
    public static Http withToken(int port, String token) {
        return new Http("http://127.0.0.1:" + port, "Bearer " + token, false);
    }

    /** A browser: logs in through the login form and keeps the session cookie and CSRF token. */
    public static Http session(int port, String user, String password) {
        Http browser = new Http("http://127.0.0.1:" + port, null, true);
        JsonNode csrf = browser.get("/api/csrf").json();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + csrf.get("parameterName").asText() + "="
                + csrf.get("token").asText();
        Response login = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new AssertionError("login as " + user + " failed: " + login.status() + " " + login.header("Location"));
        }
        JsonNode session = browser.get("/api/session").json();
        browser.csrfHeader = session.get("csrfHeader").asText();
        browser.csrfToken = session.get("csrfToken").asText();
        return browser;
    }

    private Http(String base, String authorization, boolean cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
        this.base = base;
        this.authorization = authorization;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Any method, body type and extra headers (name, value pairs), for requests the shortcuts do not cover. */
    public Response send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A file as it is downloaded: status, bytes and headers. */
    public record Download(int status, byte[] body, HttpResponse<byte[]> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** GETs a binary file (e.g. a workbook) with extra headers (name, value pairs). */
    public Download download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls a path until its JSON satisfies the condition (or fails after the timeout). */
    public JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get(path).json();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting on " + path + "; last: " + last);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (csrfToken != null) {
            request.header(csrfHeader, csrfToken);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
