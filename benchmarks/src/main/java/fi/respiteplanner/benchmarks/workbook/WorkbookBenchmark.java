package fi.respiteplanner.benchmarks.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.datasets.workbook.Messages;
import fi.respiteplanner.datasets.workbook.RespiteWorkbook;
import fi.respiteplanner.respite.RespitePlan;

/**
 * Export and import of the plan workbook for the given sizes: the median time of some rounds, the largest
 * peak heap above the plan itself, and the file size; reading the same plan from JSON for comparison (the
 * same validation and linking). Arguments: rounds, then sizes (default 3 S M L XL).
 * Run one JVM per call with a fixed heap (-Xmx1g) so that peaks compare.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L", "XL");
        System.out.println("| size | requests | clients | beds | file | export (CPU) | export peak heap | import (CPU) | import peak heap | JSON file | JSON read (CPU) | JSON read peak heap |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            RespitePlan plan = BundledDatasets.load(size).orElseThrow();
            List<Measured<byte[]>> exports = new ArrayList<>();
            List<Measured<RespitePlan>> imports = new ArrayList<>();
            List<Measured<RespitePlan>> jsonReads = new ArrayList<>();
            byte[] json = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < rounds; round++) {
                Measured<byte[]> export = Measured.of(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RespiteWorkbook.write(plan, Messages.FINNISH, out);
                    return out.toByteArray();
                });
                exports.add(export);
                imports.add(Measured.of(() -> RespiteWorkbook.read(new ByteArrayInputStream(export.result())).plan()));
                jsonReads.add(Measured.of(() -> PlanJson.read(new ByteArrayInputStream(json))));
            }
            if (imports.get(0).result().getStays().size() != plan.getStays().size()) {
                throw new IllegalStateException("the import lost stays");
            }
            System.out.printf("| %s | %,d | %,d | %,d | %,d KB | %s | %,d MiB | %s | %,d MiB | %,d KB | %s | %,d MiB |%n", size,
                    plan.getStays().size(), plan.getClients().size(), plan.getBeds().size(), exports.get(0).result().length / 1024,
                    times(exports), maxHeap(exports), times(imports), maxHeap(imports), json.length / 1024, times(jsonReads), maxHeap(jsonReads));
        }
    }

    /** Median wall-clock time and, in brackets, median CPU time of the runs. */
    static String times(List<? extends Measured<?>> runs) {
        return String.format("%.2f s (%.2f s)", median(runs.stream().map(Measured::seconds).toList()),
                median(runs.stream().map(Measured::cpuSeconds).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    static long maxHeap(List<? extends Measured<?>> runs) {
        return runs.stream().mapToLong(Measured::peakHeapMiB).max().orElse(0);
    }
}
