package fi.respiteplanner.datasets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.Replanner;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.scenario.CapacitySweep;
import fi.respiteplanner.scenario.Variant;

/** The example files in datasets/examples fit the bundled respite-M they are written for (regenerating M can break them). */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");

    /** M as if solved with nothing placed: every request at its requested arrival, no bed. */
    private static RespitePlan unplacedM() {
        RespitePlan plan = BundledDatasets.load("respite-M").orElseThrow();
        plan.getStays().forEach(stay -> stay.assign(null, stay.getRequestedArrival()));
        return plan.link();
    }

    @Test
    void changeSetsFitM() throws IOException {
        for (String file : List.of("changeset-M.json", "changeset-M-small.json")) {
            ChangeSet changes = PlanJson.mapper().readValue(EXAMPLES.resolve(file).toFile(), ChangeSet.class);
            assertThat(new Replanner(RespiteSolver.solutionManager()).prepare(unplacedM(), changes).violations()).as(file).isEmpty();
        }
    }

    @Test
    void whatIfVariantsAndSweepAxesFitM() throws IOException {
        RespitePlan m = unplacedM();
        List<Variant> variants = PlanJson.mapper().readValue(EXAMPLES.resolve("whatif-M.json").toFile(), new TypeReference<>() {
        });
        assertThat(variants).isNotEmpty().allSatisfy(variant -> assertThat(variant.validate(m)).isEmpty());
        Map<String, List<CapacitySweep.Axis>> sweep = PlanJson.mapper().readValue(EXAMPLES.resolve("sweep-M.json").toFile(),
                new TypeReference<>() {
                });
        List<Violation> violations = CapacitySweep.validate(m, sweep.get("axes"));
        assertThat(sweep.get("axes")).isNotEmpty();
        assertThat(violations).isEmpty();
    }
}
