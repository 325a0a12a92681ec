package fi.respiteplanner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Bad input, sent systematically to every endpoint that takes a body (and the query parameters that take
 * numbers): each field made null, removed, too long, of the wrong type, a fraction or NaN for a number,
 * an impossible or far-away date, a null inside a list, an unknown field, a duplicate key, trailing content,
 * and broken bodies. Every answer must be a 4xx problem body (a 400 names the field), never a 5xx or a hang;
 * the kinds of mistake that can never be right must be refused, not silently accepted. The table of tried /
 * answered as designed / defects per endpoint is printed for the issue notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "planner.parallel-solves=1",
        "planner.queue-capacity=2000" })
class BadInputTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);

    /** A mutated body and whether any service must refuse it (or may accept it, as a legitimate variation). */
    private record Case(String kind, String body, boolean mustRefuse) {
    }

    private record Tally(int[] counts, List<String> defects) {
        Tally() {
            this(new int[2], new ArrayList<>());
        }
    }

    private final Map<String, Tally> table = new LinkedHashMap<>();

    @Test
    void everyBadInputIsAProblemBodyNamingTheFieldAndNeverAServerError() throws Exception {
        Http http = new Http(port);
        String plan = http.post("/api/respite/plans?stepCountLimit=50", PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()))
                .json().get("id").asText();
        http.await("/api/respite/plans/" + plan, p -> p.get("status").asText().equals("DONE"), Duration.ofSeconds(120));
        String p = "/api/respite/plans/" + plan;

        send(http, "POST", "/api/respite/plans?stepCountLimit=10", samplePlan(PlanJson.write(BundledDatasets.load("respite-S").orElseThrow())));
        send(http, "POST", "/api/holiday/plans?stepCountLimit=10",
                samplePlan(HolidayJson.write(BundledDatasets.loadHoliday("holiday-S").orElseThrow())));
        for (String change : List.of(
                "{\"type\": \"ADD_STAY\", \"stay\": {\"id\": \"N1\", \"client\": \"C00001\", \"requestedArrival\": \"2027-03-02\", \"nights\": 2}}",
                "{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000003\"}",
                "{\"type\": \"CLOSE_BED\", \"bedId\": \"U1-R1-B1\", \"nights\": {\"from\": \"2027-03-01\", \"to\": \"2027-03-02\"}}",
                "{\"type\": \"CLOSE_UNIT\", \"unitId\": \"U1\", \"nights\": {\"from\": \"2027-03-10\", \"to\": \"2027-03-11\"}}",
                "{\"type\": \"CHANGE_STAY\", \"stayId\": \"S000005\", \"requestedArrival\": \"2027-03-05\", \"nights\": 2}",
                "{\"type\": \"CHANGE_STAFFING\", \"unitId\": \"U1\", \"change\": {\"nights\": {\"from\": \"2027-03-01\", \"to\": \"2027-03-02\"}, "
                        + "\"skill\": \"AUTISM\", \"capacity\": 1}}")) {
            send(http, "POST", p + "/changes", mutations(change));
            send(http, "POST", p + "/pending-changes", mutations(change));
        }
        String closure = "{\"type\": \"CLOSE_UNIT\", \"unitId\": \"U1\", \"nights\": {\"from\": \"2027-03-20\", \"to\": \"2027-03-21\"}}";
        Http.Response kept = http.post(p + "/pending-changes", closure);
        assertThat(kept.status()).as(kept.body()).isEqualTo(202);
        long pendingId = kept.json().get(kept.json().size() - 1).get("id").asLong();
        send(http, "PUT", p + "/pending-changes/" + pendingId, mutations(closure));
        send(http, "POST", p + "/recommendations",
                mutations("{\"id\": \"R1\", \"client\": \"C00001\", \"requestedArrival\": \"2027-03-02\", \"nights\": 2}"));
        send(http, "POST", p + "/recommendations/apply", mutations("{\"stay\": {\"id\": \"R2\", \"client\": \"C00001\", "
                + "\"requestedArrival\": \"2027-03-02\", \"nights\": 2}, \"bed\": \"U1-R1-B1\", \"arrival\": \"2027-03-02\", \"confirm\": false, "
                + "\"reason\": \"sovittu perheen kanssa\"}"));
        send(http, "PATCH", p, mutations("{\"name\": \"Kevät 2027\"}"));
        send(http, "POST", p + "/replan?stepCountLimit=10", mutations("{\"today\": \"2027-02-01\", \"freezeDays\": 7, \"changes\": "
                + "[{\"type\": \"CANCEL_STAY\", \"stayId\": \"S000007\"}]}"));
        send(http, "POST", "/api/respite/scenarios", mutations(("{\"name\": \"w\", \"basePlanId\": \"%s\", \"stepCountLimit\": 10, "
                + "\"variants\": [{\"name\": \"v\", \"changes\": [{\"type\": \"ADD_BEDS\", \"unitId\": \"U1\", \"count\": 1}]}]}")
                .formatted(plan)));
        for (String unbounded : List.of("{\"type\": \"ADD_BEDS\", \"unitId\": \"U1\", \"count\": 2000000}",
                "{\"type\": \"SCALE_DEMAND\", \"factor\": 1000, \"seed\": 1}")) {
            send(http, "POST", "/api/respite/scenarios", List.of(new Case("unbounded work", ("{\"basePlanId\": \"%s\", \"variants\": "
                    + "[{\"name\": \"v\", \"changes\": [%s]}]}").formatted(plan, unbounded), true)));
        }
        send(http, "POST", "/api/respite/scenarios", List.of(new Case("thousands of variants", ("{\"basePlanId\": \"%s\", \"variants\": ["
                + String.join(",", java.util.Collections.nCopies(2000, "{\"name\": \"v\", \"changes\": []}")) + "]}").formatted(plan), true)));
        send(http, "POST", "/api/respite/sweeps", mutations(("{\"name\": \"s\", \"basePlanId\": \"%s\", \"stepCountLimit\": 10, "
                + "\"axes\": [{\"type\": \"STAFF\", \"name\": \"a\", \"unitId\": \"U1\", \"skill\": \"AUTISM\", \"placesPerStep\": 1, "
                + "\"steps\": 1}]}").formatted(plan)));
        send(http, "POST", "/api/respite/sweeps", List.of(new Case("unbounded steps", ("{\"basePlanId\": \"%s\", \"axes\": [{\"type\": "
                + "\"OWN_BEDS\", \"name\": \"o\", \"unitId\": \"U1\", \"bedsPerStep\": 1, \"steps\": 1000000}]}").formatted(plan), true)));
        send(http, "POST", "/api/admin/users", mutations("{\"username\": \"fuzz\", \"password\": \"a-long-enough-password\", "
                + "\"roles\": [\"VIEWER\"], \"orgUnits\": [\"default\"]}"));
        send(http, "PUT", "/api/admin/users/admin", mutations("{\"password\": \"a-long-enough-password-2\", \"roles\": [\"ADMIN\"], "
                + "\"orgUnits\": [\"default\"]}"));
        send(http, "POST", "/api/session/tokens", mutations("{\"name\": \"fuzz\", \"days\": 30}"));
        for (String query : List.of("timeLimitSeconds=-1", "timeLimitSeconds=abc", "timeLimitSeconds=1.5", "timeLimitSeconds=99999999999999999999",
                "stepCountLimit=0", "timeLimitSeconds=0", "orgUnit=" + "u".repeat(500))) {
            send(http, "POST", "/api/respite/plans?" + query, List.of(new Case("query " + query.substring(0, Math.min(40, query.length())),
                    PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()), true)));
        }
        for (String query : List.of("limit=-1", "limit=abc", "limit=99999999", "constraint=" + LONG.substring(0, 300))) {
            send(http, "GET", p + "/explanation?" + query, List.of(new Case("query " + query.substring(0, Math.min(30, query.length())), null,
                    true)));
        }
        for (String query : List.of("limit=0", "limit=-5", "limit=100000", "limit=x")) {
            send(http, "GET", p + "/stays/S000001/freed-place?" + query, List.of(new Case("query " + query, null, true)));
        }
        send(http, "POST", p + "/contacts/" + LONG.substring(0, 300) + "/contacted", List.of(new Case("long client id", null, true)));
        send(http, "POST", p + "/ledger", List.of(new Case("ledger without from", null, true)));
        send(http, "POST", p + "/ledger?from=" + plan, List.of(new Case("ledger from itself", null, true)));
        for (String query : List.of("limit=0", "limit=-5", "limit=100000", "limit=x")) {
            send(http, "GET", "/api/admin/audit?" + query, List.of(new Case("query " + query, null, true)));
        }
        send(http, "POST", "/api/respite/nightly-replan?today=2027-02-30", List.of(new Case("impossible date", null, true)));
        send(http, "GET", p + "/solution", List.of(new Case("unsupported media", null, true)), "Accept", "application/xml");
        send(http, "POST", "/api/respite/plans", List.of(new Case("not JSON", "<plan/>", true)), "Content-Type", "application/xml");
        send(http, "PUT", p, List.of(new Case("method", "{}", true)));

        int tried = table.values().stream().mapToInt(t -> t.counts()[0]).sum();
        StringBuilder report = new StringBuilder("\nendpoint | tried | as designed | defects\n");
        table.forEach((endpoint, tally) -> report.append("%s | %d | %d | %d%n".formatted(endpoint, tally.counts()[0], tally.counts()[1],
                tally.defects().size())));
        System.out.println(report);
        assertThat(tried).as("bad requests sent").isGreaterThanOrEqualTo(400);
        assertThat(table.values().stream().flatMap(t -> t.defects().stream()).toList()).as(report.toString()).isEmpty();
    }

    private void send(Http http, String method, String path, List<Case> cases, String... headers) {
        String endpoint = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "");
        Tally tally = table.computeIfAbsent(endpoint, key -> new Tally());
        for (Case mutation : cases) {
            String contentType = headers.length > 1 && headers[0].equals("Content-Type") ? headers[1] : "application/json";
            String[] extra = headers.length > 1 && headers[0].equals("Content-Type") ? new String[0] : headers;
            long start = System.nanoTime();
            Http.Response response = http.send(method, path, mutation.body() == null ? null : contentType,
                    mutation.body() == null ? null : mutation.body().getBytes(StandardCharsets.UTF_8), extra);
            long millis = (System.nanoTime() - start) / 1_000_000;
            tally.counts()[0]++;
            String defect = defect(mutation, response, millis);
            if (defect == null) {
                tally.counts()[1]++;
            } else {
                tally.defects().add(endpoint + " " + mutation.kind() + ": " + defect);
            }
        }
    }

    private static String defect(Case mutation, Http.Response response, long millis) {
        int status = response.status();
        if (status >= 500) {
            return status + " " + response.body();
        }
        if (millis > 20_000) {
            return "took " + millis + " ms";
        }
        if (status < 400) {
            return mutation.mustRefuse() ? "accepted (" + status + ")" : null;
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " without a problem body: " + type;
        }
        if (status == 400 && !response.json().path("violations").elements().hasNext()) {
            return "400 naming no field: " + response.body();
        }
        return null;
    }

    /** Every mutation of every field of a small body, and of the body as a whole. */
    private static List<Case> mutations(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        List<Case> cases = new ArrayList<>(wholeBody(json));
        mutate(root, root, cases, Integer.MAX_VALUE);
        return cases;
    }

    /** A plan document: the whole body, its top-level fields, and the first element of each list, field by field. */
    private static List<Case> samplePlan(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        List<Case> cases = new ArrayList<>(wholeBody(json));
        mutate(root, root, cases, 1);
        return cases;
    }

    private static List<Case> wholeBody(String json) {
        int colon = json.indexOf(':');
        String firstKey = json.substring(json.indexOf('{') + 1, colon + 1);
        int comma = json.indexOf(',', colon);
        String firstValue = json.substring(colon + 1, comma < 0 ? json.lastIndexOf('}') : comma);
        return List.of(new Case("empty body", "", true), new Case("null body", "null", true), new Case("array body", "[]", true),
                new Case("cut off", json.substring(0, json.length() / 2), true), new Case("number body", "5", true),
                new Case("trailing content", json + " {}", true),
                new Case("duplicate key", "{" + firstKey + firstValue + "," + json.substring(1), true));
    }

    /**
     * Mutations of each field under {@code node}, each applied to a fresh copy of {@code root}; lists are
     * followed into their first {@code elements} elements.
     */
    private static void mutate(JsonNode root, JsonNode node, List<Case> cases, int elements) {
        if (node.isObject()) {
            cases.add(new Case("unknown field", with(root, node, copy -> ((ObjectNode) copy).put("bogus", 1)), true));
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
            fields.forEachRemaining(list::add);
            for (Map.Entry<String, JsonNode> field : list) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                cases.add(new Case(name + " null", with(root, node, copy -> ((ObjectNode) copy).putNull(name)), false));
                cases.add(new Case(name + " removed", with(root, node, copy -> ((ObjectNode) copy).remove(name)), false));
                for (Map.Entry<String, JsonNode> wrong : wrongValues(value).entrySet()) {
                    cases.add(new Case(name + " " + wrong.getKey(), with(root, node, copy -> ((ObjectNode) copy).set(name, wrong.getValue())),
                            true));
                }
                if (value.isArray()) {
                    cases.add(new Case(name + " [null]", with(root, node, copy -> ((ArrayNode) copy.get(name)).addNull()), true));
                }
                if (value.isContainerNode() && !name.equals("constraintWeights")) {
                    mutate(root, value, cases, elements);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(elements, node.size()); i++) {
                mutate(root, node.get(i), cases, elements);
            }
        }
    }

    /** Values that can never be right for a field holding {@code value}. */
    private static Map<String, JsonNode> wrongValues(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        if (value.isTextual()) {
            if (value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                wrong.put("year 10000", nodes.textNode("+10000-01-01"));
                wrong.put("year 0", nodes.textNode("0000-01-01"));
                wrong.put("30 February", nodes.textNode("2027-02-30"));
            } else if (!Set.of("ANY", "OWN", "PURCHASED", "VOUCHER").contains(value.asText())) {
                wrong.put("10,000 characters", nodes.textNode(LONG));
            }
            wrong.put("an object", nodes.objectNode());
        } else if (value.isIntegralNumber()) {
            wrong.put("1.5", nodes.numberNode(1.5));
            wrong.put("NaN", nodes.textNode("NaN"));
            wrong.put("1e30", nodes.numberNode(1e30));
        } else if (value.isFloatingPointNumber()) {
            wrong.put("NaN", nodes.textNode("NaN"));
            wrong.put("1000", nodes.numberNode(1000.0));
        } else if (value.isObject()) {
            wrong.put("a number", nodes.numberNode(5));
            wrong.put("a list", nodes.arrayNode());
        }
        return wrong;
    }

    private static String with(JsonNode root, JsonNode target, java.util.function.Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept(find(root, target, copy));
        return copy.toString();
    }

    /** The node in {@code copy} at the place {@code target} has in {@code original}. */
    private static JsonNode find(JsonNode original, JsonNode target, JsonNode copy) {
        if (original == target) {
            return copy;
        }
        if (original.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = original.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode found = find(field.getValue(), target, copy.get(field.getKey()));
                if (found != null) {
                    return found;
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                JsonNode found = find(original.get(i), target, copy.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
