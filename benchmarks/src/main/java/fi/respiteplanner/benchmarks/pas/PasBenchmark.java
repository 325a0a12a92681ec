package fi.respiteplanner.benchmarks.pas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.datasets.pas.PasImporter;
import fi.respiteplanner.datasets.pas.PasInstance;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * Imports the PAS instances, solves each with {@link #CONFIG} for the given times and scores the result
 * with the independent {@link PasEvaluator}. Arguments: the directory of the public instances'
 * testdata*.txt (see BENCHMARKS.md), then seconds (default 60 300).
 */
public final class PasBenchmark {

    /**
     * First fit decreasing, then tabu search over the respite moves that keep dates: on PAS (fixed dates, every
     * patient placeable, the score all soft placement costs) it beats the respite default, whose greedy first plan
     * ignores placement costs and whose ruin-and-recreate moves are slow on PAS's large departments, and late
     * acceptance, which wanders PAS's flat costs (BENCHMARKS.md, section 3).
     */
    public static final String CONFIG = "benchmarks/pas-tabu.xml";

    private PasBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PasBenchmark <directory of testdata01.txt … testdata06.txt> [seconds …]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<Long> seconds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            seconds.add(Long.parseLong(args[i]));
        }
        if (seconds.isEmpty()) {
            seconds = List.of(60L, 300L);
        }
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().matches("testdata\\d+\\.txt")).sorted().toList();
        }
        System.out.println("| instance | patients kept | seconds | respite score | PAS score (OptaPlanner PAS example weights) |");
        System.out.println("|---|---|---|---|---|");
        for (Path file : files) {
            PasInstance pas = PasInstance.read(file);
            for (long limit : seconds) {
                RespitePlan solved = SolverFactory.<RespitePlan> create(SolverConfig.createFromXmlResource(CONFIG)
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(limit))))
                        .buildSolver().solve(PasImporter.toPlan(pas));
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", pas.name(), solved.getStays().size(), limit,
                        solved.getScore(), PasEvaluator.score(pas, beds(solved)));
            }
        }
    }

    public static Map<Integer, Integer> beds(RespitePlan solved) {
        Map<Integer, Integer> beds = new HashMap<>();
        for (Stay stay : solved.getStays()) {
            if (stay.getBed() != null) {
                beds.put(Integer.parseInt(stay.getId().substring(1)), Integer.parseInt(stay.getBed().getId().substring(1)));
            }
        }
        return beds;
    }
}
