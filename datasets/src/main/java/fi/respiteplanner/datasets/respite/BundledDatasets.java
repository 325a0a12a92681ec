package fi.respiteplanner.datasets.respite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The respite instances that ship with the project (as JSON resources, generated with seed 1) and the
 * larger ones that are generated on demand (L and XL are too big to keep in the repository).
 */
public final class BundledDatasets {

    public static final long SEED = 1;
    static final List<RespiteSize> BUNDLED_SIZES = List.of(RespiteSize.S, RespiteSize.M);

    private BundledDatasets() {
    }

    static String fileName(RespiteSize size) {
        return "respite-" + size + ".json";
    }

    /** Names a user may ask for: respite-S, respite-M (bundled), respite-L, respite-XL (generated). */
    public static List<String> names() {
        return List.of(RespiteSize.values()).stream().map(BundledDatasets::fileName).map(name -> name.replace(".json", "")).toList();
    }

    /** Names of the bundled holiday plans. */
    public static List<String> holidayNames() {
        return List.of("holiday-S", "holiday-M");
    }

    /** A bundled holiday plan ("holiday-S" or "holiday-M"), or empty if there is none. */
    public static Optional<HolidayPlan> loadHoliday(String name) {
        return holidayNames().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst().map(known -> {
            try (InputStream in = BundledDatasets.class.getResourceAsStream("/datasets/" + known + ".json")) {
                return HolidayJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The dataset of that name ("respite-M" or just "M"), or empty if there is none. */
    public static Optional<RespitePlan> load(String name) {
        String sizeName = name.toUpperCase(Locale.ROOT).replace("RESPITE-", "");
        RespiteSize size;
        try {
            size = RespiteSize.valueOf(sizeName);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!BUNDLED_SIZES.contains(size)) {
            return Optional.of(RespiteGenerator.generate(size, SEED));
        }
        try (InputStream in = BundledDatasets.class.getResourceAsStream("/datasets/" + fileName(size))) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset missing from the classpath: " + fileName(size));
            }
            return Optional.of(PlanJson.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
