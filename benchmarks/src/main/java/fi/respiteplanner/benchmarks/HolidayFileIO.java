package fi.respiteplanner.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.holiday.HolidayPlan;

/** Holiday plan JSON files for Timefold's benchmarker. */
public class HolidayFileIO implements SolutionFileIO<HolidayPlan> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public HolidayPlan read(File file) {
        try {
            return HolidayJson.read(Files.readString(file.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(HolidayPlan plan, File file) {
        try {
            Files.writeString(file.toPath(), HolidayJson.write(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
