package fi.respiteplanner.datasets.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.respite.RespiteGenerator;
import fi.respiteplanner.datasets.respite.RespiteSize;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.score.RespiteLevel;

class PlanJsonTest {

    private static final RespitePlan S = RespiteGenerator.generate(RespiteSize.S, 3);

    @Test
    void countsStaysWithoutReadingThePlan() {
        assertThat(PlanJson.stayCount(PlanJson.write(S))).isEqualTo(S.getStays().size()).isPositive();
        assertThat(PlanJson.stayCount("{\"units\": [{\"stays\": [1, 2, 3]}], \"name\": \"x\"}")).as("only the plan's own stays count").isZero();
        assertThat(PlanJson.stayCount("{\"stays\": [{\"nights\": [1, 2]}, {}]}")).isEqualTo(2);
    }

    @Test
    void roundTripKeepsEverything() {
        RespitePlan plan = RespiteGenerator.generate(RespiteSize.S, 3);
        // A solved-looking plan: some stays assigned, a score, a weight override.
        plan.getStays().get(0).assign(plan.getStays().get(0).getCandidateBeds().get(0), plan.getStays().get(0).getRequestedArrival());
        plan.setScore(RespiteLevel.score(0, -1, -5, -12, -3400));
        plan.withConstraintWeight("Travel distance", 5);
        String json = PlanJson.write(plan);
        RespitePlan read = PlanJson.read(json);
        assertThat(PlanJson.write(read)).isEqualTo(json);
        assertThat(read.getStays().get(0).getBed().getId()).isEqualTo(plan.getStays().get(0).getBed().getId());
        assertThat(read.getStays().get(0).getBed().getUnit()).isSameAs(read.getUnits().get(0).getRooms().stream()
                .filter(room -> room.getBeds().contains(read.getStays().get(0).getBed())).findFirst().orElseThrow().getUnit());
        assertThat(read.getScore()).isEqualTo(RespiteLevel.score(0, -1, -5, -12, -3400));
        assertThat(json).contains("\"score\" : \"[0]hard/[-1/-5/-12/-3400]soft\"");
        assertThat(read.getConstraintWeightOverrides().getConstraintWeight("Travel distance")).isEqualTo(RespiteLevel.SOFT.scoreOf(5));
    }

    @Test
    void unknownReferenceIsNamed() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("stays").get(0)).put("client", "C-NOBODY");
        assertThat(violations(json)).singleElement().satisfies(violation ->
                assertThat(violation.reason()).contains("C-NOBODY").contains("client"));
    }

    @Test
    void duplicateIdIsNamed() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("stays").get(1)).put("id", json.get("stays").get(0).get("id").asText());
        assertThat(violations(json)).containsExactly(new Violation("stays[1].id", "duplicates id 'S000001'"));
    }

    @Test
    void duplicateBedIdIsNamed() {
        ObjectNode json = tree();
        ObjectNode secondBed = (ObjectNode) json.at("/units/0/rooms/1/beds/0");
        secondBed.put("id", json.at("/units/0/rooms/0/beds/0/id").asText());
        assertThat(violations(json)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("units[0].rooms[1].beds[0].id");
            assertThat(violation.reason()).contains("U1-R1-B1");
        });
    }

    @Test
    void arrivalOutsideHorizonEmptyWindowAndNegativeNightsAreNamed() {
        ObjectNode json = tree();
        ObjectNode early = (ObjectNode) json.get("stays").get(0);
        early.put("requestedArrival", "2026-12-30").put("earliestArrival", "2026-12-30").put("latestArrival", "2026-12-30");
        ObjectNode empty = (ObjectNode) json.get("stays").get(1);
        empty.put("earliestArrival", "2027-02-10").put("latestArrival", "2027-02-01");
        ((ObjectNode) json.get("stays").get(2)).put("nights", -2);
        assertThat(violations(json)).contains(
                new Violation("stays[0].earliestArrival", "is before the horizon (2027-01-01)"),
                new Violation("stays[1].latestArrival", "is before earliestArrival: the arrival window is empty"),
                new Violation("stays[2].nights", "must be between 1 and 400"));
    }

    @Test
    void negativeCapacityAndUnknownConstraintAreNamed() {
        ObjectNode json = tree();
        ((ObjectNode) json.at("/units/0/skillCapacity")).put("AUTISM", -1);
        ((ObjectNode) json.get("constraintWeights")).put("Happiness", 3);
        assertThat(violations(json)).containsExactlyInAnyOrder(
                new Violation("units[0].skillCapacity.AUTISM", "must be zero or more"),
                new Violation("constraintWeights.Happiness", "is not a constraint name"));
    }

    @Test
    void malformedValuesAndUnknownFieldsAreNamed() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("stays").get(0)).put("requestedArrival", "31.1.2027");
        assertThat(violations(json)).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("stays[0].requestedArrival"));
        ObjectNode unknown = tree();
        ((ObjectNode) unknown.get("clients").get(0)).put("shoeSize", 42);
        assertThat(violations(unknown)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("clients[0].shoeSize");
            assertThat(v.reason()).startsWith("is not a field of this format").contains("birthDate").doesNotContain("fi.respiteplanner");
        });
        assertThatThrownBy(() -> PlanJson.read("{\"horizon\": ")).isInstanceOf(InvalidPlanException.class);
    }

    @Test
    void contactFieldsAreCheckedForShape() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("clients").get(0)).putObject("contact").put("guardian", " ").put("phone", "call me")
                .put("email", "aino.example.com").put("language", "en");
        ((ObjectNode) json.get("clients").get(1)).putObject("contact").put("phone", "+358 40 000 0001").put("email", "a@example.com");
        assertThat(violations(json)).containsExactly(
                new Violation("clients[0].contact.guardian", "is blank: leave it out when there is no name"),
                new Violation("clients[0].contact.phone", "'call me' is not a phone number (digits, spaces, hyphens, an optional leading +)"),
                new Violation("clients[0].contact.email", "'aino.example.com' is not an email address"),
                new Violation("clients[0].contact.language", "'en' is not fi or sv"));
    }

    @Test
    void forcedIsOnlyForPublishedStaysAndForcingCodes() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("stays").get(0)).putObject("forced").put("code", "OWN_CHANGE").put("change", 0);
        ObjectNode published = (ObjectNode) json.get("stays").get(1);
        published.putObject("published").put("bed", "U1-R1-B1").put("arrival", published.get("requestedArrival").asText());
        published.putObject("forced").put("code", "NEW_REQUEST");
        assertThat(violations(json)).containsExactly(
                new Violation("stays[0].forced", "is only for a published stay (give published)"),
                new Violation("stays[1].forced", "code NEW_REQUEST does not force a stay out of its place"));
    }

    @Test
    void ledgerEntriesNameTheirClientAndAnEarlierMonthOnce() {
        ObjectNode json = tree();
        var ledger = json.putArray("ledger");
        ledger.addObject().put("client", "C00001").put("month", "2026-12").put("requested", 3).put("served", 1).put("entitled", 2);
        ledger.addObject().put("client", "C-NOBODY").put("month", "2026-11").put("requested", 2).put("served", 0).put("entitled", 2);
        ledger.addObject().put("client", "C00001").put("month", "2027-01").put("requested", 2).put("served", 0).put("entitled", 2);
        ledger.addObject().put("client", "C00001").put("month", "2026-12").put("requested", 2).put("served", -1).put("entitled", 2);
        assertThat(violations(json)).containsExactly(
                new Violation("ledger[1].client", "no client 'C-NOBODY' in the plan"),
                new Violation("ledger[2].month", "2027-01 is not before the horizon: the ledger holds earlier months"),
                new Violation("ledger[3].month", "client C00001 has 2026-12 twice"),
                new Violation("ledger[3]", "requested, served and entitled nights must be zero or more"));
    }

    @Test
    void confirmedStayWithoutBedIsRejected() {
        ObjectNode json = tree();
        ((ObjectNode) json.get("stays").get(0)).put("status", "CONFIRMED");
        assertThat(violations(json)).extracting(Violation::field).containsExactly("stays[0].bed");
    }

    @Test
    void validPlanHasNoViolations() {
        RespitePlan read = PlanJson.read(PlanJson.write(S));
        assertThat(read.getStays()).hasSameSizeAs(S.getStays());
        assertThat(read.getHorizon().from()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    /** A fresh, valid JSON tree of the S plan to break in one place. */
    private static ObjectNode tree() {
        return PlanJson.mapper().valueToTree(S);
    }

    private static List<Violation> violations(JsonNode json) {
        try {
            PlanJson.read(json.toString());
        } catch (InvalidPlanException e) {
            return e.violations();
        }
        throw new AssertionError("expected the plan to be rejected");
    }
}
