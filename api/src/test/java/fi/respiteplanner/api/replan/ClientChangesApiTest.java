package fi.respiteplanner.api.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** Clients added and changed without JSON on the page: now or tonight, checked, refused outside the caller's unit, read in their language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=8",
        "planner.security.bootstrap-org-units=default,HEL,TRE" })
class ClientChangesApiTest extends ServiceTest {

    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final String PASSWORD = "a-long-enough-password";
    private static final String AINO = """
            {"type": "ADD_CLIENT", "id": "C-NEW", "client": {"name": "Aino Uusi", "birthDate": "1999-04-05", "gender": "FEMALE",
              "segment": "ADULT_INTELLECTUAL", "language": "fi", "needs": ["MEDICATION"], "requiredFeatures": [],
              "preferredFeatures": ["SINGLE_ROOM"], "monthlyEntitlement": 4,
              "contact": {"guardian": "Liisa Uusi", "phone": "+358 40 123 4567", "email": "liisa@example.fi", "language": "sv"}}}""";
    private static final String AINOS_REQUEST = """
            {"type": "ADD_STAY", "stay": {"id": "S-NEW", "client": "C-NEW", "requestedArrival": "2027-02-10", "nights": 2,
              "earliestArrival": "2027-02-07", "latestArrival": "2027-02-13"}}""";

    private Http planner;

    @BeforeEach
    void users() {
        Http admin = new Http(port);
        if (admin.get("/api/admin/users").json().size() == 1) {
            for (List<String> user : List.of(List.of("planner", "PLANNER", "HEL"), List.of("viewer", "VIEWER", "HEL"),
                    List.of("outsider", "PLANNER", "TRE"))) {
                assertThat(admin.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": ["%s"]}"""
                        .formatted(user.get(0), PASSWORD, user.get(1), user.get(2))).status()).isEqualTo(201);
            }
        }
        planner = new Http(port, "planner", PASSWORD);
    }

    @AfterEach
    void deletePlans() {
        Http admin = new Http(port);
        admin.get("/api/respite/plans").json().forEach(plan -> admin.delete("/api/respite/plans/" + plan.get("id").asText()));
    }

    private String solvedPlan() {
        String id = planner.post("/api/respite/plans?timeLimitSeconds=1", SMALL).json().get("id").asText();
        planner.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        return id;
    }

    private static Http.Response post(Http as, String path, String json, String language) {
        return as.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), "Accept-Language", language);
    }

    @Test
    void aClientAddedNowGetsARequestAtOnceAndIsChangedLater() {
        String plan = solvedPlan();
        String changes = "/api/respite/plans/" + plan + "/changes";

        Http.Response added = post(planner, changes, AINO, "fi");
        assertThat(added.status()).as(added.body()).isEqualTo(202);
        assertThat(added.json().get("change").asText()).isEqualTo("Uusi asiakas: Aino Uusi (C-NEW)");
        Http.Response request = post(planner, changes, AINOS_REQUEST, "sv");
        assertThat(request.status()).as(request.body()).isEqualTo(202);
        assertThat(request.json().get("change").asText())
                .isEqualTo("Aino Uusi (C-NEW): ny ansökan, 2 nätter från 10.2.2027 (ankomst 7.–13.2.2027)");

        Http.Response changed = planner.post(changes, AINO.replace("ADD_CLIENT", "UPDATE_CLIENT").replace("\"id\"", "\"clientId\"")
                .replace("\"monthlyEntitlement\": 4", "\"monthlyEntitlement\": 6"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(202);
        assertThat(changed.json().get("change").asText()).isEqualTo("Asiakkaan tiedot muutettu: Aino Uusi (C-NEW)");

        JsonNode solution = planner.get("/api/respite/plans/" + plan + "/solution").json();
        JsonNode aino = null;
        for (JsonNode client : solution.get("clients")) {
            if (client.get("id").asText().equals("C-NEW")) {
                aino = client;
            }
        }
        assertThat(aino).as("the new client is in the plan").isNotNull();
        assertThat(aino.get("monthlyEntitlement").asInt()).isEqualTo(6);
        assertThat(aino.at("/contact/language").asText()).isEqualTo("sv");
        assertThat(solution.get("stays").findValuesAsText("id")).contains("S-NEW");
        assertThat(planner.get("/api/respite/plans/" + plan + "/changes").json().toString()).contains("add client C-NEW", "update client C-NEW");
    }

    @Test
    void tonightsListTakesANewClientAndTheirRequestInOrder() {
        String plan = solvedPlan();
        String pending = "/api/respite/plans/" + plan + "/pending-changes";

        assertThat(planner.post(pending, AINOS_REQUEST).status()).as("no such client yet").isEqualTo(400);
        assertThat(planner.post(pending, AINO).status()).isEqualTo(202);
        Http.Response listed = post(planner, pending, AINOS_REQUEST, "sv");

        assertThat(listed.status()).as(listed.body()).isEqualTo(202);
        assertThat(listed.json().findValuesAsText("summary")).containsExactly("Ny klient: Aino Uusi (C-NEW)",
                "Aino Uusi (C-NEW): ny ansökan, 2 nätter från 10.2.2027 (ankomst 7.–13.2.2027)");
        assertThat(planner.get("/api/respite/plans/" + plan + "/solution").json().get("clients").findValuesAsText("id"))
                .as("kept for tonight, not applied").doesNotContain("C-NEW");
        Http.Response now = planner.post(pending + "/replan?today=2027-02-01&stepCountLimit=50", "");
        assertThat(now.status()).as(now.body()).isEqualTo(202);
        String next = now.json().get("id").asText();
        planner.await("/api/respite/plans/" + next, p -> !p.get("status").asText().matches("QUEUED|SOLVING"), Duration.ofSeconds(90));
        JsonNode replanned = planner.get("/api/respite/plans/" + next + "/solution").json();
        assertThat(replanned.get("clients").findValuesAsText("id")).contains("C-NEW");
        assertThat(replanned.get("stays").findValuesAsText("id")).contains("S-NEW");
    }

    @Test
    void badClientsAreRefusedNamingTheFieldAndOtherUnitsCannotChangeThem() {
        String plan = solvedPlan();
        String changes = "/api/respite/plans/" + plan + "/changes";

        Http.Response bad = planner.post(changes, AINO.replace("liisa@example.fi", "liisa").replace("\"C-NEW\"", "\"C00001\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("id", "client.contact.email");
        Http.Response noSuchClient = planner.post(changes, """
                {"type": "UPDATE_CLIENT", "clientId": "C-NONE", "client": {"name": "X", "birthDate": "1999-04-05", "gender": "MALE"}}""");
        assertThat(noSuchClient.status()).isEqualTo(400);
        assertThat(noSuchClient.json().get("violations").findValuesAsText("field")).containsExactly("clientId");
        Http.Response pendingBad = planner.post("/api/respite/plans/" + plan + "/pending-changes", AINO.replace("\"FEMALE\"", "null"));
        assertThat(pendingBad.status()).isEqualTo(400);
        assertThat(pendingBad.json().get("violations").findValuesAsText("field")).containsExactly("client.gender");

        assertThat(new Http(port, "outsider", PASSWORD).post(changes, AINO).status()).as("another unit's plan").isEqualTo(404);
        assertThat(new Http(port, "viewer", PASSWORD).post(changes, AINO).status()).as("a viewer changes nothing").isEqualTo(403);
        assertThat(planner.get("/api/respite/plans/" + plan + "/solution").json().get("clients").findValuesAsText("id"))
                .doesNotContain("C-NEW");
    }

    @Test
    void theDefaultArrivalWindowIsAPlanParameterOfAtMostThirtyDays() {
        Http.Response refused = planner.post("/api/respite/plans",
                SMALL.replaceFirst("\"parameters\" ?: ?\\{", "\"parameters\": {\"defaultFlexibilityDays\": 31"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("violations").findValuesAsText("field")).containsExactly("parameters.defaultFlexibilityDays");
    }
}
