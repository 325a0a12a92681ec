package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Nothing acknowledged is lost: the packaged service runs as a separate process and is killed with
 * SIGKILL right after it acknowledged writes (a user, a plan, a change to a stored plan, changes to a plan
 * while it solves, a pending change, a scenario, a stop, a resume, a re-plan, a deletion, a token) and while
 * it solves; after each restart on the same data every acknowledged write is there, in effect too (a
 * change sent while solving is in the plan that comes back). Prints the table of acknowledged vs survived.
 */
class CrashRecoveryIT {

    private static final String PLANS = "/api/respite/plans";
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

    @TempDir
    Path dataDir;

    private TestDatabase store;
    private Process service;
    private int port;
    private final Map<String, Boolean> survived = new LinkedHashMap<>();
    private int kills;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAtEachMoment() throws Exception {
        store = TestDatabase.fresh(dataDir.resolve("data"));
        Http http = start();

        // 1. A user and a plan, killed right after their 201 and 202.
        assertThat(http.post("/api/admin/users", """
                {"username": "planner", "password": "a-long-enough-password", "roles": ["PLANNER"], "orgUnits": ["default"]}""").status())
                .isEqualTo(201);
        String done = accepted(http.post(PLANS + "?stepCountLimit=200", SMALL)).get("id").asText();
        http = restart();
        check("user created", http.get("/api/admin/users").json().findValuesAsText("username").contains("planner"));
        check("plan submitted", http.get(PLANS + "/" + done).status() == 200);
        await(() -> status(done).equals("DONE"));

        // 2. A change to the stored plan and a pending change.
        assertThat(http.post(PLANS + "/" + done + "/changes", cancel("S000001")).json().get("appliedWhileSolving").asBoolean()).isFalse();
        assertThat(http.post(PLANS + "/" + done + "/pending-changes", cancel("S000002")).status()).isEqualTo(202);
        http = restart();
        check("change to a stored plan, in effect", !stayIds(done).contains("S000001"));
        check("pending change", http.get(PLANS + "/" + done + "/pending-changes").json().findValuesAsText("stayId").contains("S000002"));

        // 3. Changes sent to a plan while it solves, killed before the solver's next save.
        String solving = accepted(http.post(PLANS + "?timeLimitSeconds=600", SMALL)).get("id").asText();
        await(() -> solvingHere(solving) && new Http(port).get(PLANS + "/" + solving).json().hasNonNull("score"));
        List<String> cancelled = List.of("S000010", "S000011", "S000012");
        for (String stay : cancelled) {
            JsonNode change = http.post(PLANS + "/" + solving + "/changes", cancel(stay)).json();
            assertThat(change.get("appliedWhileSolving").asBoolean()).as(change.toString()).isTrue();
        }
        assertThat(http.post(PLANS + "/" + solving + "/changes", """
                {"type": "CLOSE_BED", "bedId": "U1-R1-B1", "nights": {"from": "2027-01-01", "to": "2027-03-31"}}""").status()).isEqualTo(202);
        http = restart();
        check("three cancellations while solving, in effect", cancelled.stream().noneMatch(stayIds(solving)::contains));
        check("a bed closed while solving, in effect", bedClosedFrom(solving, "U1-R1-B1", "2027-01-01"));
        check("changes sent while solving, logged", http.get(PLANS + "/" + solving + "/changes").json().size() == 4);

        // 4. Killed while solving with no request, and again while it is being taken up after the start: it resumes by itself.
        await(() -> solvingHere(solving));
        http = restart();
        http = restart();
        await(() -> solvingHere(solving));
        check("a plan killed while solving, and again while resuming, resumes", true);
        check("... with its changes still in effect", cancelled.stream().noneMatch(stayIds(solving)::contains));
        JsonNode added = http.post(PLANS + "/" + solving + "/changes", """
                {"type": "ADD_STAY", "stay": {"id": "NEW-1", "client": "C00001", "requestedArrival": "2027-03-20", "nights": 2}}""").json();
        assertThat(added.get("appliedWhileSolving").asBoolean()).as(added.toString()).isTrue();
        http = restart();
        check("a request added while solving, in effect", stayIds(solving).contains("NEW-1"));
        await(() -> solvingHere(solving));
        // Stopped: STOPPED, or NEEDS_ATTENTION when the best at that moment still breaks a rule (the added stay not yet fitted in).
        List<String> stopped = List.of("STOPPED", "NEEDS_ATTENTION");
        assertThat(http.post(PLANS + "/" + solving + "/stop", "").json().get("status").asText()).isIn(stopped);
        http = restart();
        check("stop", stopped.contains(status(solving)));

        // 5. A resume and a re-plan: both queue new solving that must not be lost.
        assertThat(http.post(PLANS + "/" + solving + "/solve?timeLimitSeconds=600", "").status()).isEqualTo(202);
        String later = laterPlacedStay(done);
        String replan = accepted(http.post(PLANS + "/" + done + "/replan?stepCountLimit=200", """
                {"today": "2027-02-01", "changes": [{"type": "CANCEL_STAY", "stayId": "%s"}]}""".formatted(later))).get("id").asText();
        http = restart();
        check("resume", List.of("QUEUED", "SOLVING").contains(status(solving)));
        check("re-plan", http.get(PLANS + "/" + replan).status() == 200);
        check("re-plan noted on its source", http.get(PLANS + "/" + done + "/changes").json().toString().contains(replan));
        await(() -> List.of("DONE", "NEEDS_ATTENTION").contains(status(replan)));
        check("re-plan solved after the kill, with its change", !stayIds(replan).contains(later));
        http.post(PLANS + "/" + solving + "/stop", "");

        // 6. A what-if scenario, killed while its variants solve.
        JsonNode scenario = accepted(http.post("/api/respite/scenarios", """
                {"name": "beds", "basePlanId": "%s", "timeLimitSeconds": 600, "variants": [{"name": "plus one", "changes": [
                  {"type": "ADD_BEDS", "unitId": "U1", "count": 1}]}]}""".formatted(done)));
        String scenarioId = scenario.get("id").asText();
        http = restart();
        JsonNode after = http.get("/api/respite/scenarios/" + scenarioId).json();
        check("scenario with all its variant plans", after.get("variants").size() == 2
                && after.get("variants").findValuesAsText("status").stream().allMatch(s -> List.of("QUEUED", "SOLVING").contains(s)));
        for (JsonNode variant : after.get("variants")) {
            http.post(PLANS + "/" + variant.get("planId").asText() + "/stop", "");
        }

        // 7. A token, a user's new role, a deletion of a plan and of a user.
        String token = http.post("/api/session/tokens", "{\"name\": \"ci\"}").json().get("token").asText();
        assertThat(http.put("/api/admin/users/planner", "{\"roles\": [\"MANAGER\"], \"orgUnits\": [\"default\"]}").status())
                .isEqualTo(200);
        http = restart();
        check("a user's new role", http.get("/api/admin/users").json().toString().contains("MANAGER"));
        assertThat(http.delete(PLANS + "/" + replan).status()).isEqualTo(204);
        assertThat(http.delete("/api/admin/users/planner").status()).isEqualTo(204);
        http = restart();
        check("token", Http.withToken(port, token).get("/api/session").status() == 200);
        check("plan deleted", http.get(PLANS + "/" + replan).status() == 404);
        check("user deleted", !http.get("/api/admin/users").json().findValuesAsText("username").contains("planner"));

        StringBuilder table = new StringBuilder("\nacknowledged write (kill -9 after it) | survived\n");
        survived.forEach((write, ok) -> table.append(write).append(" | ").append(ok ? "yes" : "NO").append('\n'));
        table.append("kills: ").append(kills).append(", acknowledged: ").append(survived.size()).append(", survived: ")
                .append(survived.values().stream().filter(ok -> ok).count()).append('\n');
        System.out.println(table);
        assertThat(kills).isGreaterThanOrEqualTo(10);
        assertThat(survived).as(table.toString()).isNotEmpty().doesNotContainValue(false);
    }

    private static JsonNode accepted(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        return response.json();
    }

    private void check(String write, boolean ok) {
        survived.put(write, ok);
    }

    private String status(String plan) {
        return new Http(port).get(PLANS + "/" + plan).json().get("status").asText();
    }

    /** A stay placed in March: a re-plan for 1.2. keeps it and may cancel it. */
    private String laterPlacedStay(String plan) {
        for (JsonNode stay : new Http(port).get(PLANS + "/" + plan + "/solution").json().get("stays")) {
            if (stay.hasNonNull("bed") && stay.path("arrival").asText().startsWith("2027-03")) {
                return stay.get("id").asText();
            }
        }
        throw new AssertionError("no stay placed in March");
    }

    /** Solving on this (the only) instance, not just marked so by an instance that was killed. */
    private boolean solvingHere(String plan) {
        JsonNode summary = new Http(port).get(PLANS + "/" + plan).json();
        return summary.get("status").asText().equals("SOLVING") && summary.hasNonNull("solvingSince");
    }

    private List<String> stayIds(String plan) {
        return new Http(port).get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id");
    }

    private boolean bedClosedFrom(String plan, String bed, String from) {
        for (JsonNode unit : new Http(port).get(PLANS + "/" + plan + "/solution").json().get("units")) {
            for (JsonNode room : unit.get("rooms")) {
                for (JsonNode each : room.get("beds")) {
                    if (each.get("id").asText().equals(bed)) {
                        return each.path("closedNights").findValuesAsText("from").contains(from);
                    }
                }
            }
        }
        return false;
    }

    private static String cancel(String stay) {
        return "{\"type\": \"CANCEL_STAY\", \"stayId\": \"" + stay + "\"}";
    }

    /** SIGKILL, then the service again on the same data. */
    private Http restart() throws Exception {
        service.destroyForcibly().waitFor();
        kills++;
        return start();
    }

    private Http start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path logs = Path.of("target", "crash-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve("service-" + kills + ".log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", System.getProperty("service.jar", "target/respite-planner.jar"),
                "--server.port=" + port, "--management.server.port=-1", "--planner.save-interval=500ms",
                "--planner.parallel-solves=2", "--planner.instance-id=crash-test", "--logging.level.root=WARN",
                "--planner.security.bootstrap-admin=" + Http.ADMIN, "--planner.security.bootstrap-password=" + Http.ADMIN_PASSWORD));
        command.addAll(store.arguments());
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http http = new Http(port);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(log));
            }
            try {
                if (http.get("/api/session").status() == 200) {
                    return http;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not start: " + tail(log));
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out");
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 5000));
    }
}
