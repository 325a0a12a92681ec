package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.respiteplanner.api.CsvFile;
import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** Every respite endpoint over real HTTP, with the embedded store in a temporary directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planner.parallel-solves=2", "planner.queue-capacity=1", "planner.save-interval=200ms",
        "planner.max-body-size=3MB", "planner.max-stays=1000" })
class RespitePlansApiTest extends ServiceTest {

    private static final String PLANS = "/api/respite/plans";

    private Http http;
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Each test starts with free solvers: every plan left is deleted (which stops it). */
    @AfterEach
    void deletePlans() {
        http.get(PLANS).json().forEach(plan -> http.delete(PLANS + "/" + plan.get("id").asText()));
    }

    private String submit(String plan, int seconds) {
        Http.Response response = http.post(PLANS + "?timeLimitSeconds=" + seconds, plan);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asText();
        assertThat(response.header("Location")).isEqualTo(PLANS + "/" + id);
        return id;
    }

    private JsonNode awaitStatus(String id, String... statuses) {
        return http.await(PLANS + "/" + id, plan -> List.of(statuses).contains(plan.get("status").asText()), Duration.ofSeconds(60));
    }

    /** Solving with a best solution in memory: the construction phase is done. */
    private void awaitSolvedOnce(String id) {
        http.await(PLANS + "/" + id + "/solution", plan -> plan.hasNonNull("score") && !plan.get("score").asText().contains("init"),
                Duration.ofSeconds(60));
    }

    @Test
    void submitPollExplainRecommendApply() {
        assertThat(http.get("/api/demo-data").json()).extracting(JsonNode::asText).contains("respite-S", "respite-M");
        String demo = http.get("/api/demo-data/respite-S").body();
        String id = submit(demo, 2);

        JsonNode done = awaitStatus(id, "DONE");
        assertThat(done.get("score").asText()).startsWith("[0]hard/");
        JsonNode solution = http.get(PLANS + "/" + id + "/solution").json();
        assertThat(solution.get("score").asText()).isEqualTo(done.get("score").asText());
        assertThat(solution.get("stays").get(0).has("bed")).isTrue();

        JsonNode kpis = http.get(PLANS + "/" + id + "/kpis").json();
        assertThat(kpis.at("/nights/requestedNights").asInt()).isEqualTo(391);
        assertThat(kpis.at("/nights/servedNights").asInt()).isPositive();

        JsonNode explanation = http.get(PLANS + "/" + id + "/explanation?limit=3").json();
        assertThat(explanation.get("score").asText()).isEqualTo(done.get("score").asText());
        JsonNode cost = find(explanation.get("constraints"), "Production cost");
        assertThat(cost.get("matchCount").asInt()).isPositive();
        assertThat(cost.get("matches")).hasSize(3);
        JsonNode firstMatch = cost.get("matches").get(0);
        assertThat(firstMatch.at("/justification/reason").asText()).contains("€");

        // "Why not us?": the explanation narrowed to one client names only that client's matches.
        String clientId = firstMatch.at("/justification/clientIds/0").asText();
        JsonNode forClient = http.get(PLANS + "/" + id + "/explanation?client=" + clientId).json();
        forClient.get("constraints").forEach(constraint -> constraint.get("matches")
                .forEach(match -> assertThat(match.at("/justification/clientIds").toString()).contains(clientId)));

        // C00011 has no request near these dates, so the best place breaks no rule whatever the solve placed.
        String newStay = """
                {"id": "NEW-1", "client": "C00011", "requestedArrival": "2027-01-12", "nights": 2,
                 "earliestArrival": "2027-01-11", "latestArrival": "2027-01-13"}""";
        Http.Response recommendations = http.post(PLANS + "/" + id + "/recommendations?limit=3", newStay);
        assertThat(recommendations.status()).as(recommendations.body()).isEqualTo(200);
        JsonNode best = recommendations.json().get(0);
        assertThat(recommendations.json()).hasSize(3);
        assertThat(best.get("bed").asText()).isNotBlank();
        assertThat(best.get("feasible").asBoolean()).as(best.toString()).isTrue();
        assertThat(http.get(PLANS + "/" + id + "/solution").body()).as("recommending changes nothing").doesNotContain("NEW-1");

        Http.Response applied = http.post(PLANS + "/" + id + "/recommendations/apply", """
                {"stay": %s, "bed": "%s", "arrival": "%s"}""".formatted(newStay, best.get("bed").asText(), best.get("arrival").asText()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(202);
        assertThat(applied.json().get("appliedWhileSolving").asBoolean()).isFalse();
        JsonNode newStayInPlan = find(http.get(PLANS + "/" + id + "/solution").json().get("stays"), "NEW-1");
        assertThat(newStayInPlan.get("bed").asText()).isEqualTo(best.get("bed").asText());
        assertThat(newStayInPlan.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(http.get(PLANS + "/" + id + "/changes").json().get(0).asText()).contains("NEW-1", "confirmed");
        assertThat(http.get(PLANS).json()).extracting(plan -> plan.get("id").asText()).contains(id);
    }

    @Test
    void spreadsheetsAndUnmetReasonsAgreeWithTheSolution() {
        String id = submit(http.get("/api/demo-data/respite-S").body(), 1);
        awaitStatus(id, "DONE");
        JsonNode solution = http.get(PLANS + "/" + id + "/solution").json();

        Http.Response table = http.get(PLANS + "/" + id + "/plan.csv");
        assertThat(table.header("Content-Type")).startsWith("text/csv");
        assertThat(table.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "-plan.csv\"");
        CsvFile finnish = CsvFile.read(table.body(), "fi");
        assertThat(finnish.bom()).isTrue();
        assertThat(finnish.row(0).get(0)).isEqualTo("# Sisältää henkilötietoja: asiakkaiden nimet ja tunnukset. "
                + "Käsittele luottamuksellisesti, älä lähetä salaamattomana.");
        assertThat(finnish.row(1)).startsWith("Jakso", "Asiakas", "Nimi", "Asiakasryhmä", "Kiireellisyys", "Tila", "Toivottu saapuminen",
                "Yöt", "Yksikkö", "Yksikön nimi", "Tuottaja", "Huone", "Vuode", "Saapuu", "Lähtee");
        assertThat(finnish.rows()).hasSize(solution.get("stays").size() + 2);
        for (JsonNode stay : solution.get("stays")) {
            List<String> row = finnish.rowOf(stay.get("id").asText());
            assertThat(row.get(12)).as(stay.get("id").asText()).isEqualTo(stay.path("bed").asText(""));
            assertThat(row.get(6)).as("requested arrival d.M.yyyy").matches("\\d{1,2}\\.\\d{1,2}\\.20\\d\\d");
        }
        assertThat(finnish.column(1, "Nimi")).as("a planner reads names").allMatch(name -> !name.isBlank());
        assertThat(finnish.column(1, "Kiireellisyys")).contains("kiireellinen", "tavallinen");
        CsvFile english = CsvFile.read(http.send("GET", PLANS + "/" + id + "/plan.csv", null, null, "Accept-Language", "en").body(), "en");
        assertThat(english.bom()).isTrue();
        assertThat(english.row(0).get(0)).startsWith("# Contains personal data: client names and ids.");
        assertThat(english.row(1)).startsWith("Stay", "Client", "Name", "Client group", "Priority", "Status", "Requested arrival");
        assertThat(english.column(1, "Requested arrival")).allMatch(day -> day.matches("20\\d\\d-\\d\\d-\\d\\d"));

        JsonNode kpis = http.get(PLANS + "/" + id + "/kpis").json();
        CsvFile kpiTable = CsvFile.read(http.get(PLANS + "/" + id + "/kpis.csv").body(), "fi");
        assertThat(kpiTable.row(0).get(0)).startsWith("# Sisältää henkilötietoja: asiakastunnukset.");
        assertThat(kpiTable.row(1)).containsExactly("Tunnusluku", "Arvo");
        assertThat(kpiTable.rowOf("Toteutuvat yöt")).containsExactly("Toteutuvat yöt", kpis.at("/nights/servedNights").asText());
        assertThat(kpiTable.rowOf("Asiakkaita ilman yhtään jaksoa").get(1)).isEqualTo(kpis.get("clientsLeftWithNothing").asText());
        assertThat(kpiTable.rowOf("Käyttöaste").get(1)).as("a share with a decimal comma").matches("0,\\d+");
        assertThat(CsvFile.number(kpiTable.rowOf("Käyttöaste").get(1), "fi")).isCloseTo(kpis.get("utilisation").asDouble(), within(1e-4));
        assertThat(kpiTable.rowOf("Kiireellisyys kiireellinen: Pyydetyt yöt").get(1)).isEqualTo(kpis.at("/byPriority/URGENT/requestedNights").asText());
        assertThat(kpiTable.rows()).extracting(row -> row.get(0)).as("every KPI in words, none by its path")
                .noneMatch(name -> name.matches(".*[a-z][A-Z].*|.*\\.[a-z].*"));
        CsvFile englishKpis = CsvFile.read(http.send("GET", PLANS + "/" + id + "/kpis.csv", null, null, "Accept-Language", "en").body(), "en");
        assertThat(englishKpis.row(1)).containsExactly("Indicator", "Value");
        assertThat(englishKpis.rowOf("Occupancy").get(1)).matches("0\\.\\d+");

        JsonNode unmet = http.get(PLANS + "/" + id + "/unmet").json();
        List<String> unassigned = new ArrayList<>();
        solution.get("stays").forEach(stay -> {
            if (!stay.hasNonNull("bed")) {
                unassigned.add(stay.get("id").asText());
            }
        });
        assertThat(unmet.findValuesAsText("stayId")).containsExactlyInAnyOrderElementsOf(unassigned);
        unmet.forEach(entry -> assertThat(entry.get("reason").asText()).isIn("NO_SUITABLE_BED", "SUITABLE_BEDS_FULL", "FREE_BED_BREAKS_RULES"));
    }

    @Test
    void theSessionNamesTheCallerAndTheirRoles() {
        JsonNode session = http.get("/api/session").json();
        assertThat(session.get("username").asText()).isEqualTo(Http.ADMIN);
        assertThat(session.get("roles")).extracting(JsonNode::asText).containsExactly("VIEWER", "PLANNER", "MANAGER", "ADMIN");
        assertThat(session.get("orgUnits")).extracting(JsonNode::asText).containsExactly("default");
        assertThat(session.get("csrfHeader").asText()).isEqualTo("X-CSRF-TOKEN");
    }

    @Test
    void stopKeepsTheBestSolutionAndResumeSolvesAgain() {
        String id = submit(SMALL, 120);
        awaitSolvedOnce(id);
        Http.Response stopped = http.post(PLANS + "/" + id + "/stop", "");
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.json().get("status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.json().get("score").asText()).startsWith("[0]hard/");
        assertThat(http.post(PLANS + "/" + id + "/stop", "").status()).as("stopping twice").isEqualTo(409);

        Http.Response resumed = http.post(PLANS + "/" + id + "/solve?timeLimitSeconds=1", "");
        assertThat(resumed.status()).isEqualTo(202);
        assertThat(awaitStatus(id, "DONE").get("timeLimitSeconds").asInt()).isEqualTo(1);
    }

    @Test
    void liveChangesReachTheRunningSolver() {
        String id = submit(SMALL, 120);
        awaitSolvedOnce(id);
        Http.Response cancelled = http.post(PLANS + "/" + id + "/changes", """
                {"type": "CANCEL_STAY", "stayId": "S000001"}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
        assertThat(cancelled.json().get("appliedWhileSolving").asBoolean()).isTrue();
        Http.Response closed = http.post(PLANS + "/" + id + "/changes", """
                {"type": "CLOSE_BED", "bedId": "U1-R1-B1", "nights": {"from": "2027-01-01", "to": "2027-03-31"}}""");
        assertThat(closed.json().get("appliedWhileSolving").asBoolean()).isTrue();
        // The solver moves the stays out of the closed bed.
        http.await(PLANS + "/" + id + "/solution", plan -> plan.get("score").asText().startsWith("[0]hard/")
                && !plan.get("stays").findValuesAsText("bed").contains("U1-R1-B1"), Duration.ofSeconds(60));
        http.post(PLANS + "/" + id + "/stop", "");

        JsonNode solution = http.get(PLANS + "/" + id + "/solution").json();
        assertThat(solution.get("stays").findValuesAsText("id")).doesNotContain("S000001");
        assertThat(solution.get("stays").findValuesAsText("bed")).doesNotContain("U1-R1-B1");
        assertThat(solution.get("score").asText()).startsWith("[0]hard/");
        assertThat(http.get(PLANS + "/" + id + "/changes").json()).hasSize(2);
    }

    @Test
    void changesToAStoredPlanRescoreIt() {
        String id = submit(SMALL, 1);
        awaitStatus(id, "DONE");
        Http.Response staffing = http.post(PLANS + "/" + id + "/changes", """
                {"type": "CHANGE_STAFFING", "unitId": "U2",
                 "change": {"nights": {"from": "2027-01-01", "to": "2027-03-31"}, "skill": "AUTISM", "capacity": 0}}""");
        assertThat(staffing.status()).as(staffing.body()).isEqualTo(202);
        assertThat(staffing.json().get("appliedWhileSolving").asBoolean()).isFalse();
        JsonNode plan = http.get(PLANS + "/" + id).json();
        assertThat(plan.get("score").asText()).as("autistic children in U2 now break the capacity").doesNotStartWith("[0]hard/");
        JsonNode exceeded = find(http.get(PLANS + "/" + id + "/explanation?constraint=Skill%20capacity%20exceeded").json()
                .get("constraints"), "Skill capacity exceeded");
        assertThat(exceeded.at("/matches/0/justification/reason").asText()).as("in Finnish by default").contains("U2", "autismiosaamisen paikat 0");
    }

    @Test
    void deleteRemovesThePlan() {
        String id = submit(SMALL, 60);
        assertThat(http.delete(PLANS + "/" + id).status()).isEqualTo(204);
        assertThat(http.get(PLANS + "/" + id).status()).isEqualTo(404);
        assertThat(http.get(PLANS).json()).extracting(plan -> plan.get("id").asText()).doesNotContain(id);
    }

    @Test
    void fullQueueAnswers429WithRetryAfter() {
        submit(SMALL, 120);
        submit(SMALL, 120);
        submit(SMALL, 120);
        Http.Response refused = http.post(PLANS + "?timeLimitSeconds=120", SMALL);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().get("detail").asText()).contains("3 plans are solving or queued");
    }

    @Test
    void badInputGetsProblemDetails() {
        assertProblem(http.post(PLANS, "{\"horizon\": "), 400, "$");
        assertProblem(http.post(PLANS, "[]"), 400, "$");

        ObjectNode unknownClient = tree(SMALL);
        ((ObjectNode) unknownClient.get("stays").get(0)).put("client", "C-NOBODY");
        assertThat(assertProblem(http.post(PLANS, unknownClient.toString()), 400, "$").get("detail").asText()).contains("C-NOBODY");

        ObjectNode impossibleDates = tree(SMALL);
        ((ObjectNode) impossibleDates.get("stays").get(3)).put("latestArrival", "2026-01-01");
        assertProblem(http.post(PLANS, impossibleDates.toString()), 400, "stays[3].latestArrival");

        ObjectNode badDate = tree(SMALL);
        ((ObjectNode) badDate.get("stays").get(0)).put("requestedArrival", "2027-02-30");
        assertProblem(http.post(PLANS, badDate.toString()), 400, "stays[0].requestedArrival");

        assertProblem(http.post(PLANS + "?timeLimitSeconds=0", SMALL), 400, "timeLimitSeconds");
        assertProblem(http.post(PLANS + "?timeLimitSeconds=soon", SMALL), 400, "timeLimitSeconds");
        assertProblem(http.post(PLANS, PlanJson.write(BundledDatasets.load("respite-M").orElseThrow())), 413, "stays");
        assertProblem(http.post(PLANS, " ".repeat(4 * 1024 * 1024)), 413, "$");

        assertProblem(http.get(PLANS + "/no-such-plan"), 404, null);
        assertProblem(http.get("/api/demo-data/respite-XXL"), 404, null);

        String id = submit(SMALL, 1);
        awaitStatus(id, "DONE");
        assertProblem(http.post(PLANS + "/" + id + "/stop", ""), 409, null);
        assertProblem(http.post(PLANS + "/" + id + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S-NONE\"}"), 400, "stayId");
        assertProblem(http.post(PLANS + "/" + id + "/changes", "{\"type\": \"REPAINT_ROOM\"}"), 400, "$");
        assertProblem(http.post(PLANS + "/" + id + "/changes", """
                {"type": "CLOSE_BED", "bedId": "U1-R1-B1", "nights": {"from": "2027-02-01", "to": "2027-01-01"}}"""), 400, "nights.to");
        assertProblem(http.post(PLANS + "/" + id + "/recommendations", """
                {"id": "N", "client": "C00001", "requestedArrival": "2027-05-01", "nights": 2}"""), 400, "stay.latestArrival");
        assertProblem(http.get(PLANS + "/" + id + "/explanation?constraint=Happiness"), 400, "constraint");
        assertThat(http.get(PLANS + "/" + id).json().get("status").asText()).as("rejected changes leave the plan as it was")
                .isEqualTo("DONE");
    }

    @Test
    void aChangeToAQueuedPlanChangesWhatItWillSolveAndExplanationsNeedASolution() {
        String first = submit(SMALL, 120);
        String second = submit(SMALL, 120);
        String queued = submit(SMALL, 120);
        awaitStatus(first, "SOLVING");
        awaitStatus(second, "SOLVING");
        assertThat(http.get(PLANS + "/" + queued).json().get("status").asText()).isEqualTo("QUEUED");
        assertProblem(http.get(PLANS + "/" + queued + "/explanation"), 409, null);
        Http.Response change = http.post(PLANS + "/" + queued + "/changes", "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000001\"}");
        assertThat(change.status()).as(change.body()).isEqualTo(202);
        assertThat(change.json().get("appliedWhileSolving").asBoolean()).isFalse();
        assertThat(http.get(PLANS + "/" + queued + "/solution").json().get("stays").findValuesAsText("id")).isNotEmpty()
                .doesNotContain("S000001");
        assertThat(http.post(PLANS + "/" + queued + "/stop", "").json().get("status").asText()).isEqualTo("STOPPED");
    }

    @Test
    void openApiDescribesTheService() {
        JsonNode api = http.get("/v3/api-docs").json();
        assertThat(api.get("paths").has("/api/respite/plans/{id}/recommendations")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private static JsonNode assertProblem(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception", "fi.respiteplanner", "java.");
        if (field != null) {
            assertThat(problem.get("violations").findValuesAsText("field")).contains(field);
        }
        return problem;
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) PlanJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode find(JsonNode array, String idOrConstraint) {
        for (JsonNode node : array) {
            if (idOrConstraint.equals(node.path("id").asText()) || idOrConstraint.equals(node.path("constraint").asText())) {
                return node;
            }
        }
        throw new AssertionError(idOrConstraint + " not in " + array);
    }
}
