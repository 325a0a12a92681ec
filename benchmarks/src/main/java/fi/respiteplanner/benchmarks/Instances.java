package fi.respiteplanner.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** The respite instances the harnesses use, written as files under {@code local/data} (S, M bundled; L, XL generated). */
final class Instances {

    static final Path LOCAL = Path.of("local");

    private Instances() {
    }

    static List<Path> write(List<String> sizes) throws IOException {
        Path directory = Files.createDirectories(LOCAL.resolve("data"));
        List<Path> files = new ArrayList<>();
        for (String size : sizes) {
            Path file = directory.resolve("respite-" + size + ".json");
            if (!Files.exists(file)) {
                Files.writeString(file, PlanJson.write(BundledDatasets.load(size).orElseThrow(
                        () -> new IllegalArgumentException("no dataset " + size))));
            }
            files.add(file);
        }
        return files;
    }
}
