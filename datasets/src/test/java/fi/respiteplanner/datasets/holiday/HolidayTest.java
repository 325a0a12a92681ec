package fi.respiteplanner.datasets.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.InvalidPlanException;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.holiday.Placement;

class HolidayTest {

    @Test
    void sameSeedSameJsonAndBundledFilesMatchTheGenerator() throws IOException {
        assertThat(HolidayJson.write(HolidayGenerator.generate(HolidayGenerator.Size.M, 5)))
                .isEqualTo(HolidayJson.write(HolidayGenerator.generate(HolidayGenerator.Size.M, 5)));
        for (HolidayGenerator.Size size : HolidayGenerator.Size.values()) {
            try (InputStream in = getClass().getResourceAsStream("/datasets/holiday-" + size + ".json")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(HolidayJson.write(HolidayGenerator.generate(size, BundledDatasets.SEED)));
            }
        }
    }

    @Test
    void mediumCityHasAHolidayYearAndMoreDemandThanPlaces() {
        HolidayPlan plan = BundledDatasets.loadHoliday("holiday-M").orElseThrow();
        assertThat(plan.getWeeks()).hasSize(11);
        int requested = plan.getPlacements().stream().mapToInt(p -> p.getDays().size()).sum();
        int capacity = plan.getGroups().stream().mapToInt(g -> g.getCapacity() * g.getWeek().getDays().size()).sum();
        assertThat(requested).isGreaterThan(capacity);
        assertThat(plan.getChildren()).anyMatch(child -> child.getLanguage().equals("sv"))
                .anyMatch(child -> child.getFamilyId() != null).anyMatch(child -> !child.getFriends().isEmpty());
    }

    @Test
    void roundTripKeepsEverything() {
        HolidayPlan plan = BundledDatasets.loadHoliday("holiday-S").orElseThrow();
        Placement first = plan.getPlacements().get(0);
        first.assign(first.getWeekGroups().get(0));
        String json = HolidayJson.write(plan);
        assertThat(HolidayJson.write(HolidayJson.read(json))).isEqualTo(json);
    }

    @Test
    void invalidPlansAreNamed() throws IOException {
        ObjectNode json = (ObjectNode) PlanJson.mapper().readTree(HolidayJson.write(BundledDatasets.loadHoliday("holiday-S").orElseThrow()));
        ((ObjectNode) json.get("children").get(0)).put("grade", 12);
        ((ObjectNode) json.get("placements").get(0)).putArray("days").add("2027-01-01");
        ((ObjectNode) json.get("children").get(1)).putNull("language");
        ((ObjectNode) json.get("groups").get(0)).putNull("language");
        assertThatThrownBy(() -> HolidayJson.read(json.toString())).isInstanceOf(InvalidPlanException.class)
                .satisfies(e -> assertThat(((InvalidPlanException) e).violations()).extracting(v -> v.field())
                        .contains("children[0].grade", "placements[0].days", "children[1].language", "groups[0].language"));
    }

    @Test
    void solvesSmallToZeroHardScore() {
        HolidayPlan solved = SolverFactory.<HolidayPlan> create(HolidaySolver.config(new TerminationConfig().withStepCountLimit(3_000)))
                .buildSolver().solve(BundledDatasets.loadHoliday("holiday-S").orElseThrow());
        assertThat(solved.getScore().hardScore()).isZero();
        HolidayKpis kpis = HolidayKpis.of(solved);
        assertThat(kpis.servedChildDays()).isPositive().isLessThanOrEqualTo(kpis.requestedChildDays());
        assertThat(kpis.continuityShare()).isBetween(0.0, 1.0);
    }
}
