package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Parallel writers: every acknowledged change takes effect (writes to one plan are serialised), a
 * username created twice at once is refused once (never a 500), and submissions beyond the queue are
 * refused with 429, never over-admitted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.parallel-solves=1",
        "planner.queue-capacity=3" })
class ConcurrentWritesTest extends ServiceTest {

    private static final String PLANS = "/api/respite/plans";
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

    @Test
    void parallelChangesToAStoredPlanAllTakeEffect() throws Exception {
        Http http = new Http(port);
        String plan = http.post(PLANS + "?stepCountLimit=100", SMALL).json().get("id").asText();
        http.await(PLANS + "/" + plan, p -> p.get("status").asText().equals("DONE"), Duration.ofSeconds(120));
        List<String> stays = stayIds(http, plan).subList(0, 10);

        List<Integer> statuses = parallel(stays.stream().<Callable<Integer>> map(stay -> () -> http.post(PLANS + "/" + plan + "/changes",
                "{\"type\": \"CANCEL_STAY\", \"stayId\": \"" + stay + "\"}").status()).toList());

        assertThat(statuses).hasSize(10).containsOnly(202);
        assertThat(http.get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id")).isNotEmpty()
                .doesNotContainAnyElementsOf(stays);
        assertThat(http.get(PLANS + "/" + plan + "/changes").json()).hasSize(10);
    }

    @Test
    void parallelChangesToASolvingPlanAllTakeEffect() throws Exception {
        Http http = new Http(port);
        String plan = http.post(PLANS + "?timeLimitSeconds=300", SMALL).json().get("id").asText();
        http.await(PLANS + "/" + plan, p -> p.get("status").asText().equals("SOLVING") && p.hasNonNull("score"), Duration.ofSeconds(120));
        List<String> stays = stayIds(http, plan).subList(20, 30);

        List<JsonNode> answers = parallel(stays.stream().<Callable<JsonNode>> map(stay -> () -> http.post(PLANS + "/" + plan + "/changes",
                "{\"type\": \"CANCEL_STAY\", \"stayId\": \"" + stay + "\"}").json()).toList());

        assertThat(answers).hasSize(10).allSatisfy(answer -> assertThat(answer.path("appliedWhileSolving").asBoolean()).as(answer.toString())
                .isTrue());
        assertThat(http.get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id")).isNotEmpty()
                .doesNotContainAnyElementsOf(stays);
        assertThat(http.post(PLANS + "/" + plan + "/stop", "").json().get("status").asText()).isEqualTo("STOPPED");
        assertThat(http.get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id")).doesNotContainAnyElementsOf(stays);
    }

    @Test
    void oneUsernameCreatedTwiceAtOnceIsRefusedOnce() throws Exception {
        Http http = new Http(port);
        List<Integer> statuses = parallel(IntStream.range(0, 4).<Callable<Integer>> mapToObj(i -> () -> http.post("/api/admin/users", """
                {"username": "twin", "password": "a-long-enough-password", "roles": ["VIEWER"], "orgUnits": ["default"]}""").status())
                .toList());
        assertThat(statuses).containsOnlyOnce(201).allSatisfy(status -> assertThat(status).isIn(201, 400, 409));
    }

    @Test
    void submissionsBeyondTheQueueAreRefusedNotOverAdmitted() throws Exception {
        Http http = new Http(port);
        List<Http.Response> answers = parallel(IntStream.range(0, 8).<Callable<Http.Response>> mapToObj(i -> () -> http.post(
                PLANS + "?timeLimitSeconds=60", SMALL)).toList());
        long accepted = answers.stream().filter(answer -> answer.status() == 202).count();
        assertThat(accepted).as("one solving and three waiting at most, whatever else is queued").isBetween(1L, 4L);
        assertThat(answers).filteredOn(answer -> answer.status() != 202).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.header("Retry-After")).isNotBlank();
        });
    }

    /** Stops whatever a test left solving or queued, so that the next one has the solver slot. */
    @AfterEach
    void stopEverything() {
        Http http = new Http(port);
        http.get(PLANS).json().forEach(plan -> {
            if (List.of("QUEUED", "SOLVING").contains(plan.get("status").asText())) {
                http.post(PLANS + "/" + plan.get("id").asText() + "/stop", "");
            }
        });
    }

    private static List<String> stayIds(Http http, String plan) {
        return http.get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id");
    }

    private static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = pool.invokeAll(calls);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
