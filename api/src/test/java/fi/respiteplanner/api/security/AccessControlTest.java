package fi.respiteplanner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.RespitePlan;

/** Organisation units, constraint weights, the audit trail and what reaches the logs (the full matrix: {@link AccessMatrixTest}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.queue-capacity=50",
        "planner.security.bootstrap-org-units=default,HEL,TRE" })
@ExtendWith(OutputCaptureExtension.class)
class AccessControlTest extends ServiceTest {

    private static final RespitePlan S = BundledDatasets.load("respite-S").orElseThrow();
    private static final String SMALL = PlanJson.write(S);
    private static final String PASSWORD = "a-long-enough-password";

    private final Map<String, Http> as = new LinkedHashMap<>();

    @BeforeEach
    void users() {
        Http admin = new Http(port);
        if (admin.get("/api/admin/users").json().size() == 1) {
            createUser(admin, "viewer", "VIEWER", "HEL");
            createUser(admin, "planner", "PLANNER", "HEL");
            createUser(admin, "manager", "MANAGER", "HEL");
            createUser(admin, "admin2", "ADMIN", "HEL");
            createUser(admin, "outsider", "PLANNER", "TRE");
        }
        as.put("none", new Http(port, null, null));
        for (String user : List.of("viewer", "planner", "manager", "admin2", "outsider")) {
            as.put(user, new Http(port, user, PASSWORD));
        }
    }

    private static void createUser(Http admin, String name, String role, String unit) {
        Http.Response created = admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": ["%s"]}""".formatted(name, PASSWORD, role, unit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String solvedPlanOfHel() {
        String id = as.get("planner").post("/api/respite/plans?timeLimitSeconds=1", SMALL).json().get("id").asText();
        as.get("planner").await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        return id;
    }

    @Test
    void anotherUnitsPlanCannotBeReadOrChangedByGuessingItsId() {
        String plan = solvedPlanOfHel();
        Http outsider = as.get("outsider");
        assertThat(outsider.get("/api/respite/plans/" + plan).status()).isEqualTo(404);
        assertThat(outsider.get("/api/respite/plans/" + plan + "/solution").status()).isEqualTo(404);
        assertThat(outsider.get("/api/respite/plans").json().findValuesAsText("id")).doesNotContain(plan);
        assertThat(outsider.post("/api/respite/plans/" + plan + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000001\"}")
                .status()).isEqualTo(404);
        assertThat(outsider.post("/api/respite/plans/" + plan + "/replan", "{\"today\": \"2027-02-01\", \"changes\": []}").status())
                .isEqualTo(404);
        assertThat(outsider.post("/api/respite/plans?orgUnit=HEL", SMALL).status()).isEqualTo(403);
        assertThat(as.get("viewer").get("/api/respite/plans/" + plan).status()).as("same unit").isEqualTo(200);
    }

    @Test
    void constraintWeightsNeedAManager() {
        String weighted = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow().withConstraintWeight("Travel distance", 9));
        assertThat(as.get("planner").post("/api/respite/plans?timeLimitSeconds=1", weighted).status()).isEqualTo(403);
        assertThat(as.get("manager").post("/api/respite/plans?timeLimitSeconds=1", weighted).status()).isEqualTo(202);
    }

    @Test
    void theAuditTrailRecordsEachMutatingCall() {
        String plan = solvedPlanOfHel();
        Http planner = as.get("planner");
        planner.post("/api/respite/plans/" + plan + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000002\"}");
        planner.post("/api/respite/plans/" + plan + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}");
        planner.post("/api/respite/plans/" + plan + "/stop", "");
        JsonNode events = as.get("admin2").get("/api/admin/audit?planId=" + plan).json();
        List<String> lines = new ArrayList<>();
        events.forEach(e -> lines.add(e.get("username").asText() + " " + e.get("action").asText() + " " + e.get("status").asInt()
                + " " + e.path("detail").asText()));
        assertThat(lines).containsSubsequence(
                "planner POST /api/respite/plans/{id}/stop 409 stop solving",
                "planner POST /api/respite/plans/{id}/changes 400 cancel stay S-NONE",
                "planner POST /api/respite/plans/{id}/changes 202 cancel stay S000002");
        JsonNode all = as.get("admin2").get("/api/admin/audit").json();
        assertThat(all.findValuesAsText("action")).contains("POST /api/respite/plans", "POST /api/admin/users");
    }

    @Test
    void logsOfAFullSolveHoldNoNamesOrNeeds(CapturedOutput output) {
        String plan = solvedPlanOfHel();
        as.get("planner").get("/api/respite/plans/" + plan + "/explanation");
        as.get("planner").post("/api/respite/plans/" + plan + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}");
        as.get("planner").post("/api/respite/plans", "{\"horizon\": ");
        Set<String> names = S.getClients().stream().map(Client::getName).collect(Collectors.toSet());
        assertThat(names).isNotEmpty();
        String logs = output.getAll();
        assertThat(names).allSatisfy(name -> assertThat(logs).doesNotContain(name));
        assertThat(logs).doesNotContain("AUTISM", "EPILEPSY", "AWAKE_NIGHT", "birthDate", PASSWORD, Http.ADMIN_PASSWORD);
    }
}
