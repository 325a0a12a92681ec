package fi.respiteplanner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;

/**
 * Accounts: a deleted or changed user's sessions end at once; administrators manage only users of their own
 * units and grant only units they hold; the last administrator stays; unit names and passwords are checked;
 * failed logins are throttled per account and per address; API tokens work until revoked or their user goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planner.security.bootstrap-org-units=default,HEL,TRE", "planner.security.login-failures-per-account=5",
        "planner.security.login-failures-per-address=1000" })
class AccountsTest extends ServiceTest {

    private static final String PASSWORD = "a-long-enough-password";

    private void user(String name, String role, String... units) {
        Http.Response created = new Http(port).post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": %s}""".formatted(name, PASSWORD, role,
                new ObjectMapper().valueToTree(List.of(units))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void deletingOrChangingAUserEndsTheirSessionsAtOnce() {
        user("leaver", "PLANNER", "HEL");
        user("mover", "PLANNER", "HEL");
        Http leaver = Http.session(port, "leaver", PASSWORD);
        Http mover = Http.session(port, "mover", PASSWORD);
        assertThat(leaver.get("/api/session").status()).isEqualTo(200);
        assertThat(mover.get("/api/session").json().get("roles").toString()).isEqualTo("[\"VIEWER\",\"PLANNER\"]");

        Http admin = new Http(port);
        assertThat(admin.delete("/api/admin/users/leaver").status()).isEqualTo(204);
        assertThat(admin.put("/api/admin/users/mover", "{\"roles\": [\"VIEWER\"], \"orgUnits\": [\"HEL\"]}").status()).isEqualTo(200);

        assertThat(leaver.get("/api/session").status()).as("the deleted user's session").isEqualTo(401);
        assertThat(mover.get("/api/session").status()).as("the changed user's old session").isEqualTo(401);
        assertThat(Http.session(port, "mover", PASSWORD).get("/api/session").json().get("roles").toString()).isEqualTo("[\"VIEWER\"]");
        JsonNode audit = admin.get("/api/admin/audit?limit=50").json();
        assertThat(audit.findValuesAsText("detail")).contains("deleted user leaver");
    }

    @Test
    void anAdministratorManagesOnlyTheirOwnUnits() {
        user("heladmin", "ADMIN", "HEL");
        user("treplanner", "PLANNER", "TRE");
        user("helviewer", "VIEWER", "HEL");
        Http helAdmin = new Http(port, "heladmin", PASSWORD);
        assertThat(helAdmin.get("/api/admin/users").json().findValuesAsText("username")).contains("helviewer").doesNotContain("treplanner",
                "admin");
        assertThat(helAdmin.delete("/api/admin/users/treplanner").status()).isEqualTo(404);
        assertThat(helAdmin.put("/api/admin/users/treplanner", "{\"roles\": [\"VIEWER\"], \"orgUnits\": [\"TRE\"]}").status()).isEqualTo(404);
        Http.Response foreign = helAdmin.post("/api/admin/users", """
                {"username": "x1", "password": "%s", "roles": ["VIEWER"], "orgUnits": ["HEL", "TRE"]}""".formatted(PASSWORD));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("violations").findValuesAsText("field")).containsExactly("orgUnits");
        assertThat(helAdmin.put("/api/admin/users/helviewer", "{\"roles\": [\"VIEWER\"], \"orgUnits\": [\"TRE\"]}").status()).isEqualTo(400);
    }

    @Test
    void theLastAdministratorStays() {
        user("helper", "ADMIN", "default", "HEL", "TRE");
        Http helper = new Http(port, "helper", PASSWORD);
        for (JsonNode user : helper.get("/api/admin/users").json()) {
            if (user.get("roles").toString().contains("ADMIN") && !user.get("username").asText().equals("helper")) {
                assertThat(helper.delete("/api/admin/users/" + user.get("username").asText()).status()).isEqualTo(204);
            }
        }
        assertThat(helper.delete("/api/admin/users/helper").status()).as("the last administrator deletes themselves").isEqualTo(409);
        assertThat(helper.put("/api/admin/users/helper", "{\"roles\": [\"PLANNER\"], \"orgUnits\": [\"HEL\"]}").status()).isEqualTo(409);
        assertThat(helper.get("/api/admin/users").status()).isEqualTo(200);
        // Put the tests' administrator back for the other tests of this class.
        assertThat(helper.post("/api/admin/users", """
                {"username": "admin", "password": "%s", "roles": ["ADMIN"], "orgUnits": ["default", "HEL", "TRE"]}"""
                .formatted(Http.ADMIN_PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void unitNamesAndPasswordsAreChecked() {
        Http admin = new Http(port);
        for (String units : List.of("[\"a,b\"]", "[\"tab\\there\"]", "[\"" + "u".repeat(101) + "\"]", "[\" HEL\"]", "[]", "[null]")) {
            Http.Response refused = admin.post("/api/admin/users", """
                    {"username": "u1", "password": "%s", "roles": ["VIEWER"], "orgUnits": %s}""".formatted(PASSWORD, units));
            assertThat(refused.status()).as(units).isEqualTo(400);
            assertThat(refused.json().get("violations").findValuesAsText("field")).as(units).allMatch(field -> field.startsWith("orgUnits"));
        }
        Http.Response longPassword = admin.post("/api/admin/users", """
                {"username": "u2", "password": "%s", "roles": ["VIEWER"], "orgUnits": ["HEL"]}""".formatted("ä".repeat(40)));
        assertThat(longPassword.status()).isEqualTo(400);
        assertThat(longPassword.json().get("violations").findValuesAsText("field")).containsExactly("password");
    }

    @Test
    void failedLoginsAreThrottledPerAccount() {
        user("victim", "VIEWER", "HEL");
        for (int i = 0; i < 5; i++) {
            assertThat(new Http(port, "victim", "wrong-password-" + i).get("/api/session").status()).isEqualTo(401);
        }
        Http.Response throttled = new Http(port, "victim", PASSWORD).get("/api/session");
        assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new Http(port).get("/api/session").status()).as("other accounts are not affected").isEqualTo(200);
    }

    @Test
    void anApiTokenWorksUntilRevokedOrItsUserIsGone() {
        user("client", "VIEWER", "HEL");
        Http basic = new Http(port, "client", PASSWORD);
        JsonNode issued = basic.post("/api/session/tokens", "{\"name\": \"report script\", \"days\": 30}").json();
        String token = issued.get("token").asText();
        assertThat(token).startsWith("rp_");
        Http bearer = Http.withToken(port, token);
        assertThat(bearer.get("/api/session").json().get("username").asText()).isEqualTo("client");
        assertThat(basic.get("/api/session/tokens").json().findValuesAsText("name")).containsExactly("report script");
        assertThat(basic.get("/api/session/tokens").toString()).doesNotContain(token);
        assertThat(basic.delete("/api/session/tokens/" + issued.get("id").asText()).status()).isEqualTo(204);
        assertThat(bearer.get("/api/session").status()).isEqualTo(401);

        String second = basic.post("/api/session/tokens", "{\"name\": \"again\"}").json().get("token").asText();
        assertThat(new Http(port).delete("/api/admin/users/client").status()).isEqualTo(204);
        assertThat(Http.withToken(port, second).get("/api/session").status()).isEqualTo(401);
        assertThat(Http.withToken(port, "rp_made-up").get("/api/session").status()).isEqualTo(401);
    }
}
