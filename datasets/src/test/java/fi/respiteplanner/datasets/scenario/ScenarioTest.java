package fi.respiteplanner.datasets.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.score.RespiteLevel;
import fi.respiteplanner.scenario.CapacitySweep;
import fi.respiteplanner.scenario.KpiComparison;
import fi.respiteplanner.scenario.ScenarioChanges.AddBeds;
import fi.respiteplanner.scenario.ScenarioChanges.ChangeStaffing;
import fi.respiteplanner.scenario.ScenarioChanges.CloseUnit;
import fi.respiteplanner.scenario.ScenarioChanges.RemoveBeds;
import fi.respiteplanner.scenario.ScenarioChanges.ScaleDemand;
import fi.respiteplanner.scenario.ScenarioChanges.SetWeights;
import fi.respiteplanner.scenario.ScenarioRunner;
import fi.respiteplanner.scenario.Variant;

class ScenarioTest {

    private static final RespitePlan S = BundledDatasets.load("respite-S").orElseThrow();

    private static RespitePlan copy(RespitePlan plan) {
        return PlanJson.read(PlanJson.write(plan));
    }

    private static KpiComparison run(List<Variant> variants, long steps) {
        return ScenarioRunner.run(S, variants, RespiteSolver.termination(null, steps), 2, ScenarioTest::copy);
    }

    @Test
    void moreOwnBedsNeverServeFewerNights() {
        KpiComparison table = run(List.of(new Variant("+6 children's beds", List.of(new AddBeds("U2", 6))),
                new Variant("+6 adults' beds", List.of(new AddBeds("U1", 6))),
                new Variant("−3 children's beds", List.of(new RemoveBeds("U2", 3)))), 8_000);
        double base = table.columns().get(0).values().get("servedNights");
        assertThat(table.columns().subList(0, 3)).extracting(column -> column.values().get("servedNights")).allSatisfy(
                served -> assertThat(served).isGreaterThanOrEqualTo(base));
        assertThat(table.columns().get(3).deltas().get("servedNights")).as("children's units are the bottleneck").isNegative();
        assertThat(table.columns().get(0).deltas().values()).allSatisfy(delta -> assertThat(delta).isZero());
    }

    @Test
    void sameInputsAndStepLimitGiveTheSameTable() {
        List<Variant> variants = List.of(
                new Variant("renovation", List.of(new CloseUnit("U1", new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 14))))),
                new Variant("+10% demand", List.of(new ScaleDemand(1.1, 42))),
                new Variant("autism training", List.of(new ChangeStaffing("U2",
                        new StaffingChange(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), Skill.AUTISM, 6, null)))),
                new Variant("travel matters", List.of(new SetWeights(Map.of("Travel distance", 20L)))));
        KpiComparison first = run(variants, 3_000);
        KpiComparison second = run(variants, 3_000);
        assertThat(second).isEqualTo(first);
        assertThat(first.columns()).hasSize(5);
        assertThat(first.columns().get(2).values().get("requestedNights")).as("+10% requests")
                .isGreaterThan(first.columns().get(0).values().get("requestedNights"));
    }

    @Test
    void csvAndJsonAgree() {
        KpiComparison table = run(List.of(new Variant("fewer beds", List.of(new RemoveBeds("U1", 2)))), 2_000);
        String[] lines = table.toCsv(Messages.of("en")).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Indicator,base,fewer beds,fewer beds – change");
        assertThat(lines[1]).isEqualTo("Keeps every rule,yes,yes,");
        assertThat(lines).hasSize(table.kpis().size() + 2);
        for (int row = 0; row < table.kpis().size(); row++) {
            String kpi = table.kpis().get(row);
            String[] cells = lines[row + 2].split(",");
            double[] numbers = Arrays.stream(cells).skip(cells.length - 3).mapToDouble(Double::parseDouble).toArray();
            assertThat(cells[0]).as(kpi).isNotBlank().doesNotContain(kpi);
            assertThat(numbers[0]).isCloseTo(table.columns().get(0).values().get(kpi), offset(1e-4));
            assertThat(numbers[1]).isCloseTo(table.columns().get(1).values().get(kpi), offset(1e-4));
            assertThat(numbers[2]).isCloseTo(table.columns().get(1).deltas().get(kpi), offset(1e-4));
        }
        List<String> finnish = table.toCsv(Messages.of("fi")).lines().toList();
        assertThat(finnish.get(0)).isEqualTo(Csv.BOM + "Tunnusluku;base;fewer beds;fewer beds – muutos");
        assertThat(finnish).contains("Pyydetyt yöt;391;391;0");
    }

    @Test
    void aVariantThatBreaksAHardRuleIsFlaggedAndShowsNoSaving() {
        RespitePlan base = ScenarioRunner.solveAll(Map.of("base", copy(S)), RespiteSolver.termination(null, 500L), 1).get("base");
        RespitePlan broken = copy(base);
        broken.setScore(RespiteLevel.score(-1, 0, 0, 0, 0));
        Map<String, RespitePlan> solved = new LinkedHashMap<>();
        solved.put("base", base);
        solved.put("cheaper but broken", broken);
        KpiComparison table = KpiComparison.of(solved);
        assertThat(table.columns()).extracting(KpiComparison.Column::feasible).containsExactly(true, false);
        assertThat(table.columns().get(1).deltas()).isEmpty();
        assertThat(table.columns().get(1).values()).isEqualTo(table.columns().get(0).values());
        List<String> lines = table.toCsv(Messages.of("fi")).lines().toList();
        assertThat(lines.get(1)).isEqualTo("Noudattaa kaikkia sääntöjä;kyllä;ei;");
        assertThat(lines.get(2)).isEqualTo("Pyydetyt yöt;391;391;");
    }

    @Test
    void invalidVariantsAreNamed() {
        Variant bad = new Variant("", List.of(new AddBeds("U9", 0), new RemoveBeds("U1", 99), new ScaleDemand(-1, 1),
                new SetWeights(Map.of("Happiness", 1L))));
        assertThat(bad.validate(S)).extracting(v -> v.field() + ": " + v.reason()).containsExactly(
                "name: is required",
                "changes[0].unitId: no unit 'U9' in the base plan",
                "changes[0].count: must be between 1 and 500",
                "changes[1].count: must be between 1 and the unit's beds − 1 (close the unit instead)",
                "changes[2].factor: must be above 0 and at most 5",
                "changes[3].constraintWeights.Happiness: is not a constraint name");
    }

    /** A sweep solves every step; more own children's beds never leave more families below their entitlement on S. */
    @Test
    void sweepAddsCapacityStepByStepAndAnswersPerAxis() {
        List<CapacitySweep.Axis> axes = List.of(
                new CapacitySweep.OwnBeds("own children's beds", "U2", 2, 2, Map.of(Skill.AUTISM, 1), 180),
                new CapacitySweep.PurchasedBlock("purchased block", "P1", 4, 17, 290, null, Map.of(Skill.AUTISM, 4, Skill.MEDICATION, 4), true,
                        List.of(), 2, 2, 0));
        assertThat(CapacitySweep.validate(S, axes)).isEmpty();
        CapacitySweep.Result result = CapacitySweep.run(S, axes, RespiteSolver.termination(null, 2_000L), 2, ScenarioTest::copy);
        assertThat(result.points()).extracting(CapacitySweep.Point::axis, CapacitySweep.Point::step, CapacitySweep.Point::capacity)
                .containsExactly(tuple("own children's beds", 1, 2), tuple("own children's beds", 2, 4), tuple("purchased block", 1, 2),
                        tuple("purchased block", 2, 4));
        assertThat(result.points().get(1).fixedCost()).as("4 beds × 90 nights × 180 €").isEqualTo(4L * 90 * 180);
        assertThat(result.points().get(3).fixedCost()).isZero();
        assertThat(result.answers()).hasSize(2).allSatisfy(answer -> assertThat(answer.point().familiesBelowEntitlement())
                .isLessThanOrEqualTo(result.base().familiesBelowEntitlement()));
        assertThat(result.equalCoverage()).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.first().axis(), pair.second().axis())).containsExactly("own children's beds", "purchased block");
            assertThat(pair.first().familiesBelowEntitlement()).isLessThanOrEqualTo(pair.familiesBelowEntitlement());
            assertThat(pair.second().familiesBelowEntitlement()).isLessThanOrEqualTo(pair.familiesBelowEntitlement());
        });
        assertThat(result.toCsv(Messages.of("en")).lines()).hasSize(1 + 1 + 4).first().asString()
                .startsWith(Csv.BOM + "Option,Step,Places added,Families below their entitlement");
    }

    /** A step that serves more families but breaks a hard rule is flagged and never the axis's answer. */
    @Test
    void aSweepStepThatBreaksAHardRuleIsNeverTheAnswer() {
        RespitePlan solved = ScenarioRunner.solveAll(Map.of("base", copy(S)), RespiteSolver.termination(null, 500L), 1).get("base");
        RespitePlan base = copy(solved);
        base.getStays().forEach(stay -> stay.setBed(null));
        base.setScore(RespiteLevel.score(0, 0, 0, 0, 0));
        RespitePlan broken = copy(solved);
        broken.setScore(RespiteLevel.score(-1, 0, 0, 0, 0));
        CapacitySweep.Axis axis = new CapacitySweep.OwnBeds("own beds", "U2", 1, 2, Map.of(), 180);
        Map<String, RespitePlan> steps = new LinkedHashMap<>();
        steps.put(ScenarioRunner.BASE, base);
        steps.put(CapacitySweep.stepName(axis, 1), broken);
        steps.put(CapacitySweep.stepName(axis, 2), copy(base));

        CapacitySweep.Result result = CapacitySweep.result(S, List.of(axis), steps);

        assertThat(result.points()).extracting(CapacitySweep.Point::step, CapacitySweep.Point::feasible)
                .containsExactly(tuple(1, false), tuple(2, true));
        assertThat(result.points().get(0).familiesBelowEntitlement()).isLessThan(result.base().familiesBelowEntitlement());
        assertThat(result.answers()).singleElement().satisfies(answer -> assertThat(answer.point().feasible()).isTrue());
    }

    @Test
    void badSweepAxesAreNamed() {
        List<CapacitySweep.Axis> axes = List.of(new CapacitySweep.OwnBeds("", "U9", 0, 0, null, -1),
                new CapacitySweep.Staff("staff", "U1", null, 1, 3, 0));
        assertThat(CapacitySweep.validate(S, axes)).extracting(v -> v.field() + ": " + v.reason()).containsExactly(
                "axes[0].name: is required",
                "axes[0].steps: must be between 1 and 50",
                "axes[0].unitId: no unit 'U9' in the base plan",
                "axes[0].bedsPerStep: must be at least 1",
                "axes[0].fixedCostPerBedNight: must be zero or more",
                "axes[1].skill: is required");
    }
}
