package fi.respiteplanner.benchmarks.pas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.pas.PasImporter;
import fi.respiteplanner.datasets.pas.PasInstance;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * The PAS import and the independent evaluator agree with each other and with the instance's facts, on a small instance
 * in the original KU Leuven text format written here (the public instances are the benchmark's argument, see
 * BENCHMARKS.md): a same-gender, a female-only, a mixed and a male-only room, an age-limited department, a patient
 * with no night at all, one who arrives after the horizon and one whose stay runs past its end.
 */
class PasBenchmarkTest {

    private static final String SMALL = """
            SMALL TEST INSTANCE
            Rooms: 4
            Roomproperties: 2
            Beds: 6
            Departments: 2
            Specialisms: 2
            Patients: 8
            Planning horizon: 4

            SPECIALISMS:
            1 Specialism1
            2 Specialism2

            DEPARTMENTS:
            1 Department1 0 0 | 1 1
            2 Department2 0 65 | 1 2 2 1

            ROOMPROPERTIES:
            1 telemetry
            2 oxygen

            ROOMS:
            1 11 | 1 | 1 | D | 1 1 | 1 0
            2 12 | 2 | 1 | F | 1 1 2 2 | 1 1
            3 21 | 2 | 2 | N | 1 2 | 0 1
            4 22 | 1 | 2 | M | 2 2 | 1 1

            BEDS:
            1 1
            2 2
            3 2
            4 3
            5 3
            6 4

            PATIENTS:
            1 Patient1 82 F | 0 1 | 1 1 1 | 4 | 0 1 | 0 0
            2 Patient2 20 F | 0 0 | 1 2 0 | 1 | 0 0 | 0 0
            3 Patient3 89 F | 0 2 | 1 1 2 | 1 | 0 0 | 1 1
            4 Patient4 40 M | 1 3 | 1 2 2 | 2 | 0 0 | 0 1
            5 Patient5 30 M | 2 6 | 1 2 4 | 2 | 1 0 | 0 0
            6 Patient6 50 F | 4 6 | 1 1 2 | 2 | 0 0 | 0 0
            7 Patient7 60 M | 0 2 | 1 1 2 | 4 | 0 0 | 0 1
            8 Patient8 25 F | 1 2 | 1 2 1 | 1 | 0 1 | 1 0
            END.
            """;

    @TempDir
    static Path dir;

    private static PasInstance small() throws IOException {
        Path file = dir.resolve("small.txt");
        Files.writeString(file, SMALL);
        return PasInstance.read(file);
    }

    @Test
    void importKeepsThePatientsOptaPlannersImporterKeeps() throws IOException {
        PasInstance pas = small();
        assertThat(pas.patients()).hasSize(8);
        assertThat(pas.bedRooms()).hasSize(6);
        RespitePlan plan = PasImporter.toPlan(pas);
        assertThat(plan.getStays()).extracting(Stay::getId).containsExactly("A1", "A3", "A4", "A5", "A7", "A8");
        assertThat(plan.getStays()).filteredOn(stay -> stay.getId().equals("A5")).singleElement()
                .satisfies(cut -> assertThat(cut.getNights()).as("cut at the horizon").isEqualTo(2));
        assertThat(plan.getBeds()).hasSize(6);
    }

    @Test
    void importWeighsOnlyTheConstraintsOfThePasScore() throws IOException {
        RespitePlan plan = PasImporter.toPlan(small());
        Set<RespiteConstraint> inPas = EnumSet.of(RespiteConstraint.BED_DOUBLE_BOOKED, RespiteConstraint.AGE_OUTSIDE_UNIT_RANGE,
                RespiteConstraint.REQUIRED_FEATURE_MISSING, RespiteConstraint.ROOM_GENDER_POLICY,
                RespiteConstraint.MIXED_GENDERS_IN_SAME_GENDER_ROOM, RespiteConstraint.UNMET_DEMAND, RespiteConstraint.PLACEMENT_COST);
        assertThat(plan.getConstraintWeights()).as("weights set by the import")
                .containsOnlyKeys(Arrays.stream(RespiteConstraint.values()).filter(c -> !inPas.contains(c))
                        .map(RespiteConstraint::constraintName).toArray(String[]::new))
                .allSatisfy((name, weight) -> assertThat(weight).as(name).isZero());
    }

    @Test
    void evaluatorAgreesWithTheRespiteScoreOnAFeasiblePlan() throws IOException {
        PasInstance pas = small();
        RespitePlan solved = SolverFactory.<RespitePlan> create(RespiteSolver.config(RespiteSolver.termination(null, 3_000L)))
                .buildSolver().solve(PasImporter.toPlan(pas));
        assertThat(solved.getStays()).filteredOn(stay -> stay.getBed() != null).as("placed stays").isNotEmpty();
        PasEvaluator.PasScore score = PasEvaluator.score(pas, PasBenchmark.beds(solved));
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(score.hard()).isZero();
        int unmetNights = solved.getStays().stream().filter(stay -> stay.getBed() == null).mapToInt(Stay::getNights).sum();
        assertThat(score.medium()).isEqualTo(-unmetNights);
        assertThat(score.soft()).as("placement costs carry exactly the PAS soft penalties").isEqualTo(RespiteLevel.SOFT.valueIn(solved.getScore()));
    }

    /** FULL_ASSERT: after each move the score is recalculated from scratch, so the PAS search's moves must keep it exact. */
    @Test
    void pasConfigurationPlacesEveryPatientWithExactScores() throws IOException {
        PasInstance pas = small();
        SolverConfig config = SolverConfig.createFromXmlResource(PasBenchmark.CONFIG).withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300).withSpentLimit(Duration.ofMinutes(1)));
        RespitePlan solved = SolverFactory.<RespitePlan> create(config).buildSolver().solve(PasImporter.toPlan(pas));
        assertThat(solved.getStays()).isNotEmpty().allSatisfy(stay -> assertThat(stay.getBed()).as(stay.getId()).isNotNull());
        PasEvaluator.PasScore score = PasEvaluator.score(pas, PasBenchmark.beds(solved));
        assertThat(score.hard()).isZero();
        assertThat(score.medium()).isZero();
        assertThat(score.soft()).isEqualTo(RespiteLevel.SOFT.valueIn(solved.getScore()));
    }

    @Test
    void evaluatorChargesOptaPlannersHardWeights() throws IOException {
        PasInstance pas = small();
        // Patient 1 (F, night 0, needs oxygen) in bed 1 of room 1 (telemetry only): 50 for the missing property.
        Map<Integer, Integer> beds = new HashMap<>(Map.of(1, 1));
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-50);
        // Patient 3 (F, nights 0-1) in the same bed: one shared night costs 1000.
        beds.put(3, 1);
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-1050);
        beds.put(3, 2);
        assertThat(PasEvaluator.score(pas, beds).hard()).as("a bed of another room: no conflict").isEqualTo(-50);
        // Patient 7 (M, nights 0-1) in the female-only room with patient 3: 50 a night; patient 1 (82) in the department
        // for 65 at most: 100 a night; patient 4 (M) with patient 7 in a mixed room: nothing.
        beds.put(7, 3);
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-50 - 2 * 50);
        beds.put(1, 4);
        assertThat(PasEvaluator.score(pas, beds).hard()).as("oxygen there, but the patient is too old").isEqualTo(-100 - 2 * 50);
        beds.put(7, 5);
        beds.put(4, 4);
        assertThat(PasEvaluator.score(pas, beds).hard()).isEqualTo(-100);
        long unassignedNights = pas.patients().stream().filter(p -> p.admission() < pas.horizon())
                .mapToLong(p -> Math.max(0, Math.min(p.discharge(), pas.horizon()) - p.admission())).sum();
        assertThat(PasEvaluator.score(pas, Map.of()).medium()).isEqualTo(-unassignedNights);
    }
}
