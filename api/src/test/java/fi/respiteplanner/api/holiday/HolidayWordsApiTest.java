package fi.respiteplanner.api.holiday;

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

/**
 * The holiday texts over real HTTP in Finnish and Swedish: explanation sentences naming the child (by name for a
 * planner, by code for a viewer), the group by its team and grades, and the unplaced children's reasons from the
 * service. One group takes one child; a Swedish-speaking child has no group in Swedish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planner.security.bootstrap-org-units=default,HEL")
class HolidayWordsApiTest extends ServiceTest {

    private static final String PLANS = "/api/holiday/plans";
    private static final String PASSWORD = "a-long-enough-password";
    private static final String PLAN = """
            {"name": "Syysloma", "constraintWeights": {},
             "weeks": [{"id": "2026-W42", "name": "Autumn break", "sequence": 1, "days": ["2026-10-12", "2026-10-13"]}],
             "groups": [{"id": "G1", "team": "Kaupunki / Kallio", "provider": "Kaupunki", "producer": "OWN", "week": "2026-W42",
                         "location": {"lat": 60.2, "lon": 24.9}, "capacity": 1, "minGrade": 1, "maxGrade": 4, "language": "fi",
                         "accessible": true, "skillCapacity": {}, "costPerChildDay": 95}],
             "children": [
               {"id": "H1", "name": "Aino A.", "grade": 2, "language": "fi", "home": {"lat": 60.2, "lon": 24.9}},
               {"id": "H2", "name": "Bertil B.", "grade": 2, "language": "sv", "home": {"lat": 60.2, "lon": 24.9}},
               {"id": "H3", "name": "Eino E.", "grade": 3, "language": "fi", "home": {"lat": 60.2, "lon": 24.9}}],
             "placements": [
               {"id": "R1", "child": "H1", "week": "2026-W42", "days": ["2026-10-12", "2026-10-13"]},
               {"id": "R2", "child": "H2", "week": "2026-W42", "days": ["2026-10-12", "2026-10-13"]},
               {"id": "R3", "child": "H3", "week": "2026-W42", "days": ["2026-10-12", "2026-10-13"]}]}""";

    private static String planId;

    private Http planner;
    private Http viewer;

    @BeforeEach
    void solvedPlan() {
        Http admin = new Http(port);
        if (planId == null) {
            for (String[] user : List.of(new String[] { "holiday-planner", "PLANNER" }, new String[] { "holiday-viewer", "VIEWER" })) {
                Http.Response created = admin.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "roles": ["%s"], "orgUnits": ["HEL"]}""".formatted(user[0], PASSWORD, user[1]));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
        }
        planner = new Http(port, "holiday-planner", PASSWORD);
        viewer = new Http(port, "holiday-viewer", PASSWORD);
        if (planId == null) {
            Http.Response submitted = planner.post(PLANS + "?timeLimitSeconds=1", PLAN);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            planId = submitted.json().get("id").asText();
            planner.await(PLANS + "/" + planId, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
        }
    }

    private static JsonNode get(Http http, String path, String language) {
        Http.Response response = http.send("GET", path, null, null, "Accept-Language", language);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> sentences(JsonNode explanation, String constraint) {
        List<String> sentences = new ArrayList<>();
        explanation.get("constraints").forEach(total -> {
            if (total.get("constraint").asText().equals(constraint)) {
                total.get("matches").forEach(match -> sentences.add(match.at("/justification/reason").asText()));
            }
        });
        assertThat(sentences).as(constraint).isNotEmpty();
        return sentences;
    }

    @Test
    void explanationInFinnishAndSwedishNamesTheChildForAPlannerAndTheGroupForEveryone() {
        JsonNode finnish = get(planner, PLANS + "/" + planId + "/explanation", "fi");
        assertThat(sentences(finnish, "Holiday cost")).containsExactly("95 € päivältä ryhmässä Kaupunki / Kallio (luokat 1–4)");
        assertThat(sentences(finnish, "Unmet holiday demand")).anySatisfy(sentence ->
                assertThat(sentence).startsWith("Lapsi Bertil B. (H2): yksi viikko ilman paikkaa ("));
        assertThat(finnish.at("/constraints/0/title").asText()).doesNotContain("Unmet", "Holiday");

        JsonNode swedish = get(viewer, PLANS + "/" + planId + "/explanation", "sv");
        assertThat(sentences(swedish, "Holiday cost")).containsExactly("95 € per dag i grupp Kaupunki / Kallio (årskurs 1–4)");
        assertThat(sentences(swedish, "Unmet holiday demand")).anySatisfy(sentence ->
                assertThat(sentence).startsWith("Barnet H2: en vecka utan plats (")).allSatisfy(sentence ->
                assertThat(sentence).doesNotContain("Bertil", "Aino", "Eino"));
    }

    @Test
    void unplacedChildrenHaveTheRuleThatKeptThemOutInFinnishAndSwedish() {
        JsonNode finnish = get(planner, PLANS + "/" + planId + "/unplaced", "fi");
        assertThat(finnish).hasSize(2);
        JsonNode swedishChild = finnish.get(0).get("childId").asText().equals("H2") ? finnish.get(0) : finnish.get(1);
        JsonNode other = swedishChild == finnish.get(0) ? finnish.get(1) : finnish.get(0);
        assertThat(swedishChild.get("cause").asText()).isEqualTo("NO_LANGUAGE");
        assertThat(swedishChild.get("text").asText()).isEqualTo("Tällä viikolla ei ole ryhmää, jonka kieli on ruotsi");
        assertThat(other.get("cause").asText()).isEqualTo("FULL");
        assertThat(other.get("text").asText()).isEqualTo("Kaikki sopivat ryhmät täynnä: Kaupunki / Kallio (luokat 1–4) 12.–13.10.2026");
        assertThat(other.at("/groups/0/group").asText()).isEqualTo("G1");

        JsonNode swedish = get(viewer, PLANS + "/" + planId + "/unplaced", "sv");
        List<String> texts = new ArrayList<>();
        swedish.forEach(row -> texts.add(row.get("text").asText()));
        assertThat(texts).containsExactlyInAnyOrder("Ingen grupp på svenska den här veckan",
                "Alla lämpliga grupper fulla: Kaupunki / Kallio (årskurs 1–4) 12.–13.10.2026");
    }
}
