package fi.respiteplanner.benchmarks.pas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.datasets.pas.PasImporter;
import fi.respiteplanner.datasets.pas.PasInstance;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.score.RespiteLevel;

/** The PAS import and the independent evaluator agree with each other and with the published instance facts. */
class PasBenchmarkTest {

    private static final Path TESTDATA01 = Path.of("..", "..", "shared", "pas", "testdata01.txt");

    @Test
    void importKeepsThePatientsOptaPlannersImporterKeeps() throws IOException {
        PasInstance pas = PasInstance.read(TESTDATA01);
        assertThat(pas.patients()).hasSize(693);
        assertThat(pas.bedRooms()).hasSize(286);
        RespitePlan plan = PasImporter.toPlan(pas);
        assertThat(plan.getStays()).hasSize(652);
        assertThat(plan.getBeds()).hasSize(286);
    }

    @Test
    void evaluatorAgreesWithTheRespiteScoreOnAFeasiblePlan() throws IOException {
        PasInstance pas = PasInstance.read(TESTDATA01);
        RespitePlan solved = SolverFactory.<RespitePlan> create(RespiteSolver.config(RespiteSolver.termination(null, 3_000L)))
                .buildSolver().solve(PasImporter.toPlan(pas));
        PasEvaluator.PasScore score = PasEvaluator.score(pas, PasBenchmark.beds(solved));
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(score.hard()).isZero();
        int unmetNights = solved.getStays().stream().filter(stay -> stay.getBed() == null).mapToInt(Stay::getNights).sum();
        assertThat(score.medium()).isEqualTo(-unmetNights);
        assertThat(score.soft()).as("placement costs carry exactly the PAS soft penalties").isEqualTo(RespiteLevel.SOFT.valueIn(solved.getScore()));
    }

    @Test
    void evaluatorChargesOptaPlannersHardWeights() throws IOException {
        PasInstance pas = PasInstance.read(TESTDATA01);
        // Patient 1 (F, night 0, needs oxygen) in bed 1 of room 1 (telemetry only): 50 for the missing property.
        Map<Integer, Integer> beds = new HashMap<>(Map.of(1, 1));
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-50);
        // Patient 3 (F, nights 0-1) in the same bed: one shared night costs 1000.
        beds.put(3, 1);
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-1050);
        beds.put(3, 2);
        assertThat(PasEvaluator.score(pas, beds).hard()).as("the other bed of a one-bed room: no conflict").isEqualTo(-50);
        long unassignedNights = pas.patients().stream().filter(p -> p.admission() < pas.horizon())
                .mapToLong(p -> Math.max(0, Math.min(p.discharge(), pas.horizon()) - p.admission())).sum();
        assertThat(PasEvaluator.score(pas, Map.of()).medium()).isEqualTo(-unassignedNights);
    }
}
