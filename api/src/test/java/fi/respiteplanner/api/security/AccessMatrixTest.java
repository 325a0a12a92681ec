package fi.respiteplanner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Every endpoint × every plan state (queued, solving, done, stopped, interrupted, failed, needing attention,
 * published, archived) × every kind of
 * caller: no login, each role of the plan's unit, and a planner and an administrator of another unit.
 * Refusals must be exact (401 no login, 403 a role too low, 404 another unit's thing) and leave nothing
 * behind; allowed calls must pass the gate (answered by the endpoint itself). The endpoint list is
 * checked against the OpenAPI description, so a new endpoint without a row here fails the test. Callers
 * use API tokens (a bcrypt check per call would make the matrix slow; Basic and sessions are tested apart).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.parallel-solves=1",
        "planner.queue-capacity=50", "planner.security.bootstrap-org-units=default,HEL,TRE" })
class AccessMatrixTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final String HOLIDAY = HolidayJson.write(BundledDatasets.loadHoliday("holiday-S").orElseThrow());
    private static final String PASSWORD = "a-long-enough-password";
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);

    /** Callers in a fixed order: role (null: no login), unit. */
    private record Who(String name, String role, String unit) {
    }

    private static final List<Who> CALLERS = List.of(new Who("none", null, null), new Who("viewer", "VIEWER", "HEL"),
            new Who("planner", "PLANNER", "HEL"), new Who("manager", "MANAGER", "HEL"), new Who("admin2", "ADMIN", "HEL"),
            new Who("outsider", "PLANNER", "TRE"), new Who("outadmin", "ADMIN", "TRE"));
    private static final List<String> ROLES = List.of("VIEWER", "PLANNER", "MANAGER", "ADMIN");

    @Autowired
    JdbcClient jdbc;

    private final Map<String, Http> as = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final Set<String> covered = new HashSet<>();
    private int calls;

    /**
     * One endpoint: method, path template, the least role, what a caller who passes the gate sends, and (when the
     * path names nothing that exists) the endpoint's own answer to a caller who passes.
     */
    private record Endpoint(String method, String template, String role, String body, Integer passes) {
        Endpoint(String method, String template, String role, String body) {
            this(method, template, role, body, null);
        }
    }

    private static final List<Endpoint> PLAN_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/respite/plans/{id}", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/solution", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/plan.csv", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/kpis.csv", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/plan.xlsx", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/kpis", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/unmet", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/explanation", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/changes", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/diff", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/diff.csv", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/pending-changes", "VIEWER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/contacts", "PLANNER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/contacts.csv", "PLANNER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/contacts.xlsx", "PLANNER", null),
            new Endpoint("GET", "/api/respite/plans/{id}/stays/{stayId}/freed-place", "PLANNER", null, 400),
            // Writes that pass the gate are sent with a body the endpoint refuses, so the matrix changes nothing.
            new Endpoint("POST", "/api/respite/plans/{id}/changes", "PLANNER", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}"),
            new Endpoint("POST", "/api/respite/plans/{id}/pending-changes", "PLANNER", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}"),
            new Endpoint("PUT", "/api/respite/plans/{id}/pending-changes/{changeId}", "PLANNER",
                    "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}"),
            new Endpoint("DELETE", "/api/respite/plans/{id}/pending-changes/{changeId}", "PLANNER", null, 404),
            // Nothing is pending (every attempt above is refused): a caller who passes gets 409 and no re-plan.
            new Endpoint("POST", "/api/respite/plans/{id}/pending-changes/replan", "PLANNER", null, 409),
            new Endpoint("POST", "/api/respite/plans/{id}/recommendations", "PLANNER",
                    "{\"id\": \"N1\", \"client\": \"NO-ONE\", \"requestedArrival\": \"2027-02-12\", \"nights\": 2}"),
            new Endpoint("POST", "/api/respite/plans/{id}/recommendations/apply", "PLANNER", "{}"),
            new Endpoint("POST", "/api/respite/plans/{id}/replan", "PLANNER", "{\"changes\": []}"),
            new Endpoint("PATCH", "/api/respite/plans/{id}", "PLANNER", "{\"name\": \" \"}"),
            new Endpoint("POST", "/api/respite/plans/{id}/contacts/{clientId}/contacted", "PLANNER", null, 400),
            new Endpoint("DELETE", "/api/respite/plans/{id}/contacts/{clientId}/contacted", "PLANNER", null, 400),
            // Stop, solve, publish, archive and delete change the state: the gate's refusals are checked here, their effects per state below.
            new Endpoint("POST", "/api/respite/plans/{id}/stop", "PLANNER", null),
            new Endpoint("POST", "/api/respite/plans/{id}/solve", "PLANNER", null),
            new Endpoint("POST", "/api/respite/plans/{id}/publish", "PLANNER", null),
            new Endpoint("POST", "/api/respite/plans/{id}/archive", "PLANNER", null),
            new Endpoint("DELETE", "/api/respite/plans/{id}", "PLANNER", null));
    private static final Set<String> CHANGES_STATE = Set.of("/api/respite/plans/{id}/stop", "/api/respite/plans/{id}/solve",
            "/api/respite/plans/{id}/publish", "/api/respite/plans/{id}/archive", "/api/respite/plans/{id}");
    /** Plans that are a record of what families were told: only an administrator deletes them. */
    private static final Set<String> ADMIN_DELETES = Set.of("PUBLISHED", "ARCHIVED");

    @Test
    void everyEndpointInEveryPlanStateAnswersEachCallerAsDesigned() {
        users();
        Map<String, String> plans = plansInEveryState();

        for (Map.Entry<String, String> state : plans.entrySet()) {
            String id = state.getValue();
            for (Endpoint endpoint : PLAN_ENDPOINTS) {
                boolean stateful = CHANGES_STATE.contains(endpoint.template()) && !endpoint.method().matches("GET|PATCH");
                boolean adminDeletes = endpoint.method().equals("DELETE") && endpoint.template().endsWith("/plans/{id}")
                        && ADMIN_DELETES.contains(state.getKey());
                check(state.getKey(), adminDeletes ? new Endpoint("DELETE", endpoint.template(), "ADMIN", null) : endpoint,
                        endpoint.template().replace("{id}", id).replace("{changeId}", "999999").replace("{clientId}", "NO-ONE")
                                .replace("{stayId}", "S-NONE"), "HEL", stateful);
            }
            Http.Response planted = as.get("outsider").post("/api/respite/plans/" + id + "/pending-changes",
                    "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000001\"}");
            expect(state.getKey() + ": another unit's planner posts a valid pending change", planted.status(), 404);
            expect(state.getKey() + ": pending changes after it", as.get("viewer").get("/api/respite/plans/" + id + "/pending-changes")
                    .json().size(), 0);
        }

        String holiday = solvedHolidayPlan();
        for (String path : List.of("", "/solution", "/plan.csv", "/kpis.csv", "/plan.xlsx", "/kpis", "/explanation", "/unplaced", "/changes")) {
            check("holiday QUEUED", new Endpoint("GET", "/api/holiday/plans/{id}" + path, "VIEWER", null), "/api/holiday/plans/" + holiday + path,
                    "HEL", false);
        }
        check("holiday QUEUED", new Endpoint("PATCH", "/api/holiday/plans/{id}", "PLANNER", "{\"name\": \"\"}"), "/api/holiday/plans/" + holiday,
                "HEL", false);
        for (String path : List.of("/stop", "/solve", "/publish", "/archive")) {
            check("holiday QUEUED", new Endpoint("POST", "/api/holiday/plans/{id}" + path, "PLANNER", null), "/api/holiday/plans/" + holiday + path,
                    "HEL", true);
        }
        check("holiday QUEUED", new Endpoint("DELETE", "/api/holiday/plans/{id}", "PLANNER", null), "/api/holiday/plans/" + holiday, "HEL", true);

        // Lists and submissions: the unit is the caller's own (or named), never another's.
        check("list", new Endpoint("GET", "/api/respite/plans", "VIEWER", null), "/api/respite/plans", null, false);
        check("list", new Endpoint("GET", "/api/holiday/plans", "VIEWER", null), "/api/holiday/plans", null, false);
        for (Who who : CALLERS) {
            if (who.unit() != null && !who.unit().equals("HEL")) {
                expect("another unit's plans in the list of " + who.name(), as.get(who.name()).get("/api/respite/plans").json()
                        .findValuesAsText("orgUnit").stream().filter("HEL"::equals).count(), 0L);
            }
        }
        check("submit", new Endpoint("POST", "/api/respite/plans", "PLANNER", "{\"horizon\": 1}"), "/api/respite/plans?orgUnit=HEL", "HEL", false);
        check("submit", new Endpoint("POST", "/api/holiday/plans", "PLANNER", "{\"weeks\": 1}"), "/api/holiday/plans?orgUnit=HEL", "HEL", false);
        for (String kind : List.of("respite", "holiday")) {
            // Not a workbook: a caller who passes the gate gets 400 and no plan; the file is never read before the gate.
            check("submit", new Endpoint("POST", "/api/" + kind + "/plans/workbook", "PLANNER", "not a workbook"),
                    "/api/" + kind + "/plans/workbook?orgUnit=HEL", "HEL", false);
            check("template", new Endpoint("GET", "/api/" + kind + "/plans/template.xlsx", "VIEWER", null), "/api/" + kind + "/plans/template.xlsx",
                    null, false);
        }

        String done = plans.get("DONE");
        check("ledger", new Endpoint("POST", "/api/respite/plans/{id}/ledger", "PLANNER", null, 404),
                "/api/respite/plans/" + done + "/ledger?from=NO-PLAN", "HEL", false);
        String scenario = as.get("manager").post("/api/respite/scenarios", """
                {"name": "s", "basePlanId": "%s", "stepCountLimit": 200, "variants": [{"name": "v", "changes": [
                  {"type": "ADD_BEDS", "unitId": "U1", "count": 1}]}]}""".formatted(done)).json().get("id").asText();
        check("scenario", new Endpoint("POST", "/api/respite/scenarios", "MANAGER",
                "{\"basePlanId\": \"%s\", \"variants\": []}".formatted(done)), "/api/respite/scenarios", "HEL", false);
        check("scenario", new Endpoint("GET", "/api/respite/scenarios/{id}", "VIEWER", null), "/api/respite/scenarios/" + scenario, "HEL", false);
        check("scenario", new Endpoint("GET", "/api/respite/scenarios/{id}/comparison.csv", "VIEWER", null),
                "/api/respite/scenarios/" + scenario + "/comparison.csv", "HEL", false);
        String sweep = as.get("manager").post("/api/respite/sweeps", """
                {"name": "s", "basePlanId": "%s", "stepCountLimit": 200, "axes": [
                  {"type": "OWN_BEDS", "name": "own", "unitId": "U1", "bedsPerStep": 1, "steps": 1}]}""".formatted(done)).json().get("id").asText();
        check("sweep", new Endpoint("POST", "/api/respite/sweeps", "MANAGER", "{\"basePlanId\": \"%s\", \"axes\": []}".formatted(done)),
                "/api/respite/sweeps", "HEL", false);
        check("sweep", new Endpoint("GET", "/api/respite/sweeps/{id}", "VIEWER", null), "/api/respite/sweeps/" + sweep, "HEL", false);
        check("sweep", new Endpoint("GET", "/api/respite/sweeps/{id}/sweep.csv", "VIEWER", null), "/api/respite/sweeps/" + sweep + "/sweep.csv",
                "HEL", false);
        expect("a what-if's id is no sweep", as.get("viewer").get("/api/respite/sweeps/" + scenario).status(), 404);
        expect("a sweep's id is no what-if", as.get("viewer").get("/api/respite/scenarios/" + sweep).status(), 404);
        check("nightly", new Endpoint("POST", "/api/respite/nightly-replan", "PLANNER", null), "/api/respite/nightly-replan?today=2027-02-01",
                null, false);

        check("demo", new Endpoint("GET", "/api/demo-data", "VIEWER", null), "/api/demo-data", null, false);
        check("demo", new Endpoint("GET", "/api/demo-data/{name}", "VIEWER", null), "/api/demo-data/respite-S", null, false);
        check("session", new Endpoint("GET", "/api/session", "VIEWER", null), "/api/session", null, false);
        check("session", new Endpoint("GET", "/api/session/tokens", "VIEWER", null), "/api/session/tokens", null, false);
        check("session", new Endpoint("POST", "/api/session/tokens", "VIEWER", "{\"name\": \"\"}"), "/api/session/tokens", null, false);
        check("session", new Endpoint("DELETE", "/api/session/tokens/{id}", "VIEWER", null, 404), "/api/session/tokens/no-such-token", null, false);
        covered.add("GET /api/csrf");
        for (Who who : CALLERS) {
            expect("GET /api/csrf as " + who.name(), http(who).get("/api/csrf").status(), 200);
        }

        check("users", new Endpoint("GET", "/api/admin/users", "ADMIN", null), "/api/admin/users", null, false);
        check("users", new Endpoint("POST", "/api/admin/users", "ADMIN", "{\"username\": \"x\"}"), "/api/admin/users", null, false);
        check("users", new Endpoint("PUT", "/api/admin/users/{username}", "ADMIN", "{\"roles\": []}"), "/api/admin/users/viewer", "HEL", false);
        check("users", new Endpoint("DELETE", "/api/admin/users/{username}", "ADMIN", null, 404), "/api/admin/users/no-such-user", null, false);
        check("audit", new Endpoint("GET", "/api/admin/audit", "ADMIN", null), "/api/admin/audit", null, false);
        expect("another unit's administrator reads HEL's audit rows", as.get("outadmin").get("/api/admin/audit?limit=10000").json()
                .findValuesAsText("orgUnit").stream().filter("HEL"::equals).count(), 0L);
        expect("another unit's administrator deletes a HEL user", as.get("outadmin").delete("/api/admin/users/viewer").status(), 404);

        stateChangesByAllowedCallers(plans, holiday);

        System.out.printf("%naccess matrix: %d calls, %d answered otherwise than designed%n", calls, wrong.size());
        assertThat(calls).as("calls made").isGreaterThan(1400);
        assertThat(wrong).as(calls + " calls").isEmpty();
        assertThat(uncoveredEndpoints()).as("endpoints in the OpenAPI description without a row in this matrix").isEmpty();
    }

    /** The allowed callers' stop, solve, publish, archive and delete in each state, with the state each leads to. */
    private void stateChangesByAllowedCallers(Map<String, String> plans, String holiday) {
        Http planner = as.get("planner");
        for (String state : List.of("QUEUED", "SOLVING", "INTERRUPTED", "FAILED", "NEEDS_ATTENTION", "PUBLISHED")) {
            expect(state + ": publish", planner.post("/api/respite/plans/" + plans.get(state) + "/publish", "").status(), 409);
        }
        expect("QUEUED: archive", planner.post("/api/respite/plans/" + plans.get("QUEUED") + "/archive", "").status(), 409);
        expect("ARCHIVED: archive", planner.post("/api/respite/plans/" + plans.get("ARCHIVED") + "/archive", "").status(), 409);
        Http.Response published = planner.post("/api/respite/plans/" + plans.get("STOPPED") + "/publish", "");
        expect("STOPPED: publish", published.status(), 200);
        expect("STOPPED: stage after publish", published.json().path("stage").asText(), "PUBLISHED");
        expect("PUBLISHED: stage after another is published", planner.get("/api/respite/plans/" + plans.get("PUBLISHED")).json()
                .path("stage").asText(), "ARCHIVED");
        Http.Response archived = planner.post("/api/respite/plans/" + plans.get("STOPPED") + "/archive", "");
        expect("published: archive", archived.status(), 200);
        expect("published: stage after archive", archived.json().path("stage").asText(), "ARCHIVED");
        expect("archived: a planner deletes it", planner.delete("/api/respite/plans/" + plans.get("STOPPED")).status(), 403);
        expect("NEEDS_ATTENTION: a planner deletes the draft", planner.delete("/api/respite/plans/" + plans.get("NEEDS_ATTENTION")).status(),
                204);
        plans.remove("NEEDS_ATTENTION");
        for (String state : List.of("QUEUED", "SOLVING", "INTERRUPTED")) {
            Http.Response stop = planner.post("/api/respite/plans/" + plans.get(state) + "/stop", "");
            expect(state + ": stop", stop.status(), 200);
            expect(state + ": status after stop", stop.json().path("status").asText(), "STOPPED");
        }
        for (String state : List.of("DONE", "FAILED")) {
            expect(state + ": stop", planner.post("/api/respite/plans/" + plans.get(state) + "/stop", "").status(), 409);
            expect(state + ": solve again", planner.post("/api/respite/plans/" + plans.get(state) + "/solve?stepCountLimit=200", "").status(),
                    202);
        }
        expect("STOPPED: solve again", planner.post("/api/respite/plans/" + plans.get("STOPPED") + "/solve?stepCountLimit=200", "").status(),
                202);
        expect("queued again: solve again", planner.post("/api/respite/plans/" + plans.get("DONE") + "/solve", "").status(), 409);
        for (String id : plans.values()) {
            expect("delete " + id, as.get("admin2").delete("/api/respite/plans/" + id).status(), 204);
            expect("deleted " + id, as.get("admin2").get("/api/respite/plans/" + id).status(), 404);
        }
        expect("delete holiday", as.get("admin2").delete("/api/holiday/plans/" + holiday).status(), 204);
    }

    /**
     * Calls the endpoint as every caller and checks the gate's answer. A caller refused by role or unit is
     * answered exactly; a caller that passes gets the endpoint's own answer (unless the call would change the
     * state, then it is not made here).
     */
    private void check(String context, Endpoint endpoint, String path, String unit, boolean changesState) {
        covered.add(endpoint.method() + " " + endpoint.template());
        for (Who who : CALLERS) {
            int expected = expected(who, endpoint.role(), unit, context.equals("submit") ? 403 : 404);
            if (expected == 403 && ADMIN_DELETES.contains(context) && endpoint.method().equals("DELETE") && who.role().equals("PLANNER")
                    && !unit.equals(who.unit())) {
                // Deleting a published plan needs more than deleting a draft; another unit's planner must not learn which it is.
                expected = 404;
            }
            if (expected == 0 && changesState) {
                continue;
            }
            String body = endpoint.body() == null ? "" : endpoint.body();
            Http http = http(who);
            Http.Response response = switch (endpoint.method()) {
                case "GET" -> http.get(path);
                case "POST" -> endpoint.template().endsWith("/workbook")
                        ? http.send("POST", path, PlanEndpoints.XLSX, body.getBytes(StandardCharsets.UTF_8))
                        : http.post(path, body);
                case "PUT" -> http.put(path, body);
                case "PATCH" -> http.patch(path, body);
                default -> http.delete(path);
            };
            calls++;
            String what = "%s: %s %s as %s".formatted(context, endpoint.method(), path, who.name());
            if (expected == 0 && endpoint.passes() != null) {
                expect(what, response.status(), endpoint.passes());
            } else if (expected != 0) {
                expect(what, response.status(), expected);
                expect(what + " is a problem body", response.header("Content-Type"), "application/problem+json");
            } else if (REFUSED.contains(response.status()) || response.status() >= 500) {
                wrong.add(what + ": " + response.status() + ", expected the endpoint's own answer; " + response.body());
            }
        }
    }

    /**
     * The refusal a caller gets (0: passes the gate): no login 401, a role too low 403, another unit's thing
     * 404 (or 403 when the caller names another unit for something new).
     */
    private static int expected(Who who, String role, String unit, int otherUnit) {
        if (who.role() == null) {
            return 401;
        }

        if (ROLES.indexOf(who.role()) < ROLES.indexOf(role)) {
            return 403;
        }
        return unit != null && !unit.equals(who.unit()) ? otherUnit : 0;
    }

    private void expect(String what, Object actual, Object expected) {
        boolean same = actual instanceof String text && expected instanceof String prefix ? text != null && text.startsWith(prefix)
                : String.valueOf(actual).equals(String.valueOf(expected));
        if (!same) {
            wrong.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private Http http(Who who) {
        return as.get(who.name());
    }

    private void users() {
        Http admin = new Http(port);
        for (Who who : CALLERS) {
            if (who.role() != null) {
                Http.Response created = admin.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": ["%s"]}"""
                        .formatted(who.name(), PASSWORD, who.role(), who.unit()));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
            as.put(who.name(), who.role() == null ? new Http(port, null, null) : Http.withToken(port, new Http(port, who.name(), PASSWORD)
                    .post("/api/session/tokens", "{\"name\": \"matrix\"}").json().get("token").asText()));
        }
    }

    /** HEL's plans in every state; one solver slot holds one plan solving and the next queued. */
    private Map<String, String> plansInEveryState() {
        Map<String, String> plans = new LinkedHashMap<>();
        for (String state : List.of("DONE", "STOPPED", "INTERRUPTED", "FAILED", "NEEDS_ATTENTION", "PUBLISHED", "ARCHIVED")) {
            String id = submit("?orgUnit=HEL&stepCountLimit=50");
            as.get("planner").await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(120));
            plans.put(state, id);
        }
        jdbc.sql("UPDATE plan SET status = 'STOPPED' WHERE id = ?").param(plans.get("STOPPED")).update();
        jdbc.sql("UPDATE plan SET status = 'FAILED', error = 'the solver failed (test)' WHERE id = ?").param(plans.get("FAILED")).update();
        Http.Response cut = as.get("planner").post("/api/respite/plans/" + plans.get("NEEDS_ATTENTION") + "/changes", """
                {"type": "CHANGE_STAFFING", "unitId": "U2",
                 "change": {"nights": {"from": "2027-01-01", "to": "2027-03-31"}, "skill": "AUTISM", "capacity": 0}}""");
        assertThat(cut.status()).as(cut.body()).isEqualTo(202);
        for (String stage : List.of("ARCHIVED", "PUBLISHED")) {
            Http.Response published = as.get("planner").post("/api/respite/plans/" + plans.get(stage) + "/publish", "");
            assertThat(published.status()).as(published.body()).isEqualTo(200);
        }
        // A solver on an instance that died: its heartbeat stopped long ago.
        jdbc.sql("UPDATE plan SET status = 'SOLVING', solver_instance = 'gone', heartbeat_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), plans.get("INTERRUPTED")).update();
        plans.put("SOLVING", submit("?orgUnit=HEL&timeLimitSeconds=600"));
        plans.put("QUEUED", submit("?orgUnit=HEL&timeLimitSeconds=600"));
        as.get("planner").await("/api/respite/plans/" + plans.get("SOLVING"), plan -> plan.get("status").asText().equals("SOLVING")
                && plan.hasNonNull("score"), Duration.ofSeconds(120));
        Map<String, String> seen = new LinkedHashMap<>();
        plans.forEach((state, id) -> seen.put(state, as.get("viewer").get("/api/respite/plans/" + id).json().get("status").asText()));
        assertThat(seen).as("the plans' states").containsExactlyInAnyOrderEntriesOf(Map.of("DONE", "DONE", "STOPPED", "STOPPED",
                "INTERRUPTED", "INTERRUPTED", "FAILED", "FAILED", "SOLVING", "SOLVING", "QUEUED", "QUEUED", "NEEDS_ATTENTION", "NEEDS_ATTENTION",
                "PUBLISHED", "DONE", "ARCHIVED", "DONE"));
        assertThat(as.get("viewer").get("/api/respite/plans/" + plans.get("ARCHIVED")).json().get("stage").asText()).isEqualTo("ARCHIVED");
        return plans;
    }

    private String submit(String query) {
        Http.Response response = as.get("planner").post("/api/respite/plans" + query, SMALL);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asText();
    }

    private String solvedHolidayPlan() {
        Http.Response response = as.get("planner").post("/api/holiday/plans?orgUnit=HEL&stepCountLimit=50", HOLIDAY);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asText();
        // The slot is busy with the solving respite plan: the holiday plan waits its turn.
        assertThat(as.get("viewer").get("/api/holiday/plans/" + id).json().get("status").asText()).isEqualTo("QUEUED");
        return id;
    }

    private Set<String> uncoveredEndpoints() {
        JsonNode paths = new Http(port).get("/v3/api-docs").json().get("paths");
        Set<String> uncovered = new HashSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String key = method.getKey().toUpperCase() + " " + path.getKey();
            if (!covered.contains(key)) {
                uncovered.add(key);
            }
        }));
        return uncovered;
    }
}
