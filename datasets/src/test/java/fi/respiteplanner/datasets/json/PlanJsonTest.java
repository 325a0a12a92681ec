package fi.respiteplanner.datasets.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.respite.RespiteGenerator;
import fi.respiteplanner.datasets.respite.RespiteSize;
import fi.respiteplanner.respite.RespitePlan;

class PlanJsonTest {

    private static final RespitePlan S = RespiteGenerator.generate(RespiteSize.S, 3);

    @Test
    void roundTripKeepsEverything() {
        RespitePlan plan = RespiteGenerator.generate(RespiteSize.S, 3);
        // A solved-looking plan: some stays assigned, a score, a weight override.
        plan.getStays().get(0).assign(plan.getStays().get(0).getCandidateBeds().get(0), plan.getStays().get(0).getRequestedArrival());
        plan.setScore(HardMediumSoftLongScore.of(0, -12, -3400));
        plan.withConstraintWeight("Travel distance", 5);
        String json = PlanJson.write(plan);
        RespitePlan read = PlanJson.read(json);
        assertThat(PlanJson.write(read)).isEqualTo(json);
        assertThat(read.getStays().get(0).getBed().getId()).isEqualTo(plan.getStays().get(0).getBed().getId());
        assertThat(read.getStays().get(0).getBed().getUnit()).isSameAs(read.getUnits().get(0).getRooms().stream()
                .filter(room -> room.getBeds().contains(read.getStays().get(0).getBed())).findFirst().orElseThrow().getUnit());
        assertThat(read.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, -12, -3400));
        assertThat(read.getConstraintWeightOverrides().getConstraintWeight("Travel distance")).isEqualTo(HardMediumSoftLongScore.ofSoft(5));
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
