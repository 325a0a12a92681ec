package fi.respiteplanner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;

/**
 * What a browser and the network see: CSRF on every session request (a Bearer header beside a session
 * cookie skips nothing), the session cookie's attributes, the security headers, RFC 9457 bodies for
 * refusals from the security layer and the servlet container, and refused calls in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planner.max-body-size=64KB")
class WebSafetyTest extends ServiceTest {

    @Test
    void aSessionRequestNeedsItsCsrfTokenWhateverElseItCarries() {
        Http browser = Http.session(port, Http.ADMIN, Http.ADMIN_PASSWORD);
        assertThat(browser.post("/api/session/tokens", "{\"name\": \"with token\"}").status()).isEqualTo(201);
        Http.Response forged = browser.send("POST", "/api/session/tokens", "application/json",
                "{\"name\": \"forged\"}".getBytes(StandardCharsets.UTF_8), "X-CSRF-TOKEN", "wrong");
        assertThat(forged.status()).isEqualTo(403);
        Http.Response bearerBeside = browser.send("POST", "/api/session/tokens", "application/json",
                "{\"name\": \"forged\"}".getBytes(StandardCharsets.UTF_8), "X-CSRF-TOKEN", "wrong", "Authorization", "Bearer rp_anything");
        assertThat(bearerBeside.status()).as("a Bearer header does not let a session request skip CSRF").isIn(401, 403);
        assertThat(new Http(port).get("/api/session/tokens").json().findValuesAsText("name")).doesNotContain("forged");
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndTheSessionCookieIsSameSite() {
        Http anonymous = new Http(port, null, null);
        Http.Response noToken = anonymous.send("POST", "/login", "application/x-www-form-urlencoded",
                ("username=" + Http.ADMIN + "&password=" + Http.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(noToken.status()).as("a login without the form's CSRF token").isIn(401, 403);
        Http.Response csrf = anonymous.get("/api/csrf");
        assertThat(csrf.header("Set-Cookie")).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        for (String path : List.of("/login", "/api/session", "/")) {
            Http.Response response = new Http(port).get(path);
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void refusalsFromEveryLayerAreProblemBodies() {
        Http admin = new Http(port);
        problem(new Http(port, null, null).get("/api/respite/plans"), 401);
        problem(new Http(port, "admin", "wrong-password").get("/api/respite/plans"), 401);
        problem(admin.get("/api/respite/plans/no-such-plan"), 404);
        problem(admin.get("/api/no-such-endpoint"), 404);
        problem(admin.send("PATCH", "/api/respite/plans", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 405);
        problem(admin.send("POST", "/api/respite/plans", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415);
        problem(admin.post("/api/respite/plans", "{\"name\": \"" + "x".repeat(70_000) + "\"}"), 413);
        problem(admin.get("/api/respite/plans/a%2Fb"), 400);
    }

    @Test
    void refusedCallsAreInTheAuditTrailAndAnOverlongIdDoesNotBreakIt() {
        Http admin = new Http(port);
        new Http(port, null, null).post("/api/respite/plans", "{}");
        new Http(port, "nobody", "wrong-password").post("/api/respite/plans/x/stop", "");
        admin.post("/api/respite/plans", "{\"name\": \"" + "x".repeat(70_000) + "\"}");
        String longId = "p".repeat(500);
        problem(admin.post("/api/respite/plans/" + longId + "/stop", ""), 404);
        JsonNode events = admin.get("/api/admin/audit?limit=20").json();
        List<String> lines = events.findValues("action").stream().map(JsonNode::asText).toList();
        assertThat(events.findValuesAsText("status")).contains("401", "413", "404");
        assertThat(lines).contains("POST /api/respite/plans/{id}/stop");
        assertThat(events.findValuesAsText("username")).contains("(tried) nobody", "(anonymous)");
    }

    private static void problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type of the %d", status).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
    }
}
