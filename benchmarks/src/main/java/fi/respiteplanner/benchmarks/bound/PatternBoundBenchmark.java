package fi.respiteplanner.benchmarks.bound;

import java.util.List;

import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * The per-person pattern bounds (column generation): the entitlement level of respite instances
 * ({@link EntitlementPatternBound}) and the medium level of holiday instances ({@link HolidayPatternBound}).
 * Arguments: seconds per instance (default 600), then instances (default S M L holiday-S holiday-M).
 */
public final class PatternBoundBenchmark {

    private PatternBoundBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        List<String> instances = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L", "holiday-S", "holiday-M");
        System.out.println("| instance | bound (client patterns) |");
        System.out.println("|---|---|");
        for (String instance : instances) {
            boolean holiday = instance.startsWith("holiday-");
            PatternMaster.Outcome outcome = holiday
                    ? new HolidayPatternBound(BundledDatasets.loadHoliday(instance).orElseThrow()).solve(seconds)
                    : new EntitlementPatternBound(BundledDatasets.load(instance).orElseThrow()).solve(seconds);
            System.out.println("| " + instance + " | " + outcome.describe(holiday ? "medium" : "entitlement") + " |");
        }
    }
}
