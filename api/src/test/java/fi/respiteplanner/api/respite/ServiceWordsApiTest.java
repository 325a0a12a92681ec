package fi.respiteplanner.api.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.UnmetReasons;
import fi.respiteplanner.respite.UnmetReasons.Unmet;

/**
 * The service's texts over real HTTP: the language from Accept-Language (Finnish by default), clients named by
 * name for a planner and by code for a viewer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planner.security.bootstrap-org-units=default,HEL")
class ServiceWordsApiTest extends ServiceTest {

    private static final String PLANS = "/api/respite/plans";
    private static final String PASSWORD = "a-long-enough-password";
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

    private static String planId;

    private Http planner;
    private Http viewer;

    @BeforeEach
    void solvedPlan() {
        Http admin = new Http(port);
        if (planId == null) {
            for (String[] user : List.of(new String[] { "words-planner", "PLANNER" }, new String[] { "words-viewer", "VIEWER" })) {
                Http.Response created = admin.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": ["HEL"]}""".formatted(user[0], PASSWORD, user[1]));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
        }
        planner = new Http(port, "words-planner", PASSWORD);
        viewer = new Http(port, "words-viewer", PASSWORD);
        if (planId == null) {
            Http.Response submitted = planner.post(PLANS + "?timeLimitSeconds=1", SMALL);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            planId = submitted.json().get("id").asText();
            planner.await(PLANS + "/" + planId, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        }
    }

    private static JsonNode get(Http http, String path, String language) {
        Http.Response response = language == null ? http.get(path) : http.send("GET", path, null, null, "Accept-Language", language);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private RespitePlan solution() {
        return PlanJson.read(planner.get(PLANS + "/" + planId + "/solution").body()).link();
    }

    private static List<String> texts(JsonNode unmet) {
        List<String> texts = new ArrayList<>();
        unmet.forEach(entry -> texts.add(entry.get("text").asText()));
        return texts;
    }

    @Test
    void unmetReasonsInTheAskedLanguageNameTheRuleUnitAndNights() {
        RespitePlan solution = solution();
        List<Unmet> expectedSv = UnmetReasons.of(solution, Messages.of("sv"), Naming.CODES_ONLY);
        assertThat(expectedSv).as("respite-S leaves requests unmet").isNotEmpty();

        JsonNode sv = get(viewer, PLANS + "/" + planId + "/unmet", "sv-FI, sv;q=0.9, en;q=0.5");
        assertThat(texts(sv)).containsExactlyElementsOf(expectedSv.stream().map(Unmet::text).toList());
        assertThat(sv.get(0).get("cause").asText()).isEqualTo(expectedSv.get(0).cause().name());

        List<String> expectedFi = UnmetReasons.of(solution, Messages.of("fi"), Naming.WITH_CLIENT_NAMES).stream().map(Unmet::text).toList();
        assertThat(texts(get(planner, PLANS + "/" + planId + "/unmet", null))).as("Finnish by default").containsExactlyElementsOf(expectedFi);
        assertThat(texts(get(planner, PLANS + "/" + planId + "/unmet", "de"))).as("Finnish for a language we lack")
                .containsExactlyElementsOf(expectedFi);
        assertThat(expectedFi).isNotEqualTo(expectedSv.stream().map(Unmet::text).toList());
    }

    @Test
    void explanationsNameClientsByNameOnlyForPlanners() {
        RespitePlan solution = solution();
        JsonNode forPlanner = get(planner, PLANS + "/" + planId + "/explanation?constraint=Unmet%20demand&limit=1", "fi");
        JsonNode total = forPlanner.get("constraints").get(0);
        assertThat(total.get("title").asText()).isEqualTo(Messages.of("fi").text("rule.UNMET_DEMAND"));
        assertThat(total.get("why").asText()).isEqualTo(Messages.of("fi").text("why.UNMET_DEMAND"));
        JsonNode match = total.get("matches").get(0).get("justification");
        String clientId = match.at("/clientIds/0").asText();
        String name = solution.findClient(clientId).orElseThrow().getName();
        assertThat(name).isNotBlank();
        assertThat(match.get("reason").asText()).startsWith("Asiakas " + name + " (" + clientId + "): ").contains("toivetta toteutumatta");
        assertThat(match.has("key")).as("the bundle key stays inside").isFalse();

        JsonNode forViewer = get(viewer, PLANS + "/" + planId + "/explanation?constraint=Unmet%20demand&limit=1", "sv");
        JsonNode viewerMatch = forViewer.at("/constraints/0/matches/0/justification");
        assertThat(viewerMatch.get("reason").asText()).startsWith("Klient " + viewerMatch.at("/clientIds/0").asText() + ": ")
                .contains("önskemål ouppfyllda").doesNotContain(solution.findClient(viewerMatch.at("/clientIds/0").asText())
                        .orElseThrow().getName());
    }

    @Test
    void aRecommendationThatBreaksARuleNamesIt() {
        RespitePlan solution = solution();
        var placed = solution.getStays().stream().filter(stay -> stay.isAssigned()).findFirst().orElseThrow();
        String sameNights = """
                {"id": "NEW-W", "client": "%s", "requestedArrival": "%s", "nights": %d}""".formatted(placed.getClient().getId(),
                placed.getArrival(), placed.getNights());

        Http.Response response = planner.send("POST", PLANS + "/" + planId + "/recommendations?limit=3", "application/json",
                sameNights.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Accept-Language", "sv");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).as("options").isNotEmpty();
        response.json().forEach(option -> {
            assertThat(option.get("feasible").asBoolean()).isFalse();
            assertThat(option.get("brokenRules")).extracting(JsonNode::asText).contains("Client in two places");
            assertThat(option.get("text").asText()).startsWith("Platsen bryter mot").contains("klient på två ställen");
        });
    }

    @Test
    void aRefusalSaysItsTitleAndReasonsInTheReadersLanguage() {
        Http.Response refused = viewer.send("GET", PLANS + "/" + planId + "/explanation?limit=-1", null, null, "Accept-Language", "sv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("title").asText()).isEqualTo("Ogiltig begäran");
        JsonNode violation = refused.json().get("violations").get(0);
        assertThat(violation.get("field").asText()).isEqualTo("limit");
        assertThat(violation.get("reason").asText()).isEqualTo("must be between 0 and 10000");
        assertThat(violation.get("text").asText()).isEqualTo("måste vara 0–10000");
        assertThat(viewer.get(PLANS + "/" + planId + "/explanation?limit=-1").json().get("title").asText()).isEqualTo("Virheellinen pyyntö");
    }
}
