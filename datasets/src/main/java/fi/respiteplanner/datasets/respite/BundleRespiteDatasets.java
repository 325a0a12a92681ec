package fi.respiteplanner.datasets.respite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import fi.respiteplanner.datasets.holiday.HolidayGenerator;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;

/** Writes the bundled instances (respite and holiday S and M, seed {@link BundledDatasets#SEED}) into a directory. */
public final class BundleRespiteDatasets {

    private BundleRespiteDatasets() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "datasets/src/main/resources/datasets");
        Files.createDirectories(directory);
        for (RespiteSize size : BundledDatasets.BUNDLED_SIZES) {
            Path file = directory.resolve(BundledDatasets.fileName(size));
            try (OutputStream out = Files.newOutputStream(file)) {
                PlanJson.write(RespiteGenerator.generate(size, BundledDatasets.SEED), out);
            }
            System.out.println("wrote " + file);
        }
        for (HolidayGenerator.Size size : HolidayGenerator.Size.values()) {
            Path file = directory.resolve("holiday-" + size + ".json");
            Files.writeString(file, HolidayJson.write(HolidayGenerator.generate(size, BundledDatasets.SEED)));
            System.out.println("wrote " + file);
        }
    }
}
