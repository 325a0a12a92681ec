package fi.respiteplanner.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.respite.RespitePlan;

/** Plan JSON files for Timefold's benchmarker. */
public class PlanFileIO implements SolutionFileIO<RespitePlan> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public RespitePlan read(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(RespitePlan plan, File file) {
        try (OutputStream out = Files.newOutputStream(file.toPath())) {
            PlanJson.write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
