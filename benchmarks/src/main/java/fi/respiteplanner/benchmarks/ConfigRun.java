package fi.respiteplanner.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import fi.respiteplanner.benchmarks.pas.PasBenchmark;
import fi.respiteplanner.benchmarks.pas.PasEvaluator;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.pas.PasImporter;
import fi.respiteplanner.datasets.pas.PasInstance;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;

/**
 * One solver run of one configuration on one instance, printed as one table row: meant for running two
 * configurations (or ours and a peer) side by side, one JVM per core ({@code taskset -c 0 …} and
 * {@code taskset -c 1 …}). Arguments: the configuration (a class-path resource or an XML file), the instance (S, M, L, XL,
 * holiday-S, holiday-M, a plan JSON file or a PAS testdata file; the default configuration is fitted to the plan's size as
 * the service fits it, {@code RespiteSolver.fittedTo}), seconds, and optionally the output
 * file for the solved plan (respite only). Seconds ending in "cpu" (e.g. {@code 60cpu}) count the JVM's CPU
 * time instead of wall time: pinned to one core, that is the wall time the run would take on an idle core,
 * so runs on a machine that other jobs load can still be compared.
 */
public final class ConfigRun {

    private static long cpuLimitNanos;

    private ConfigRun() {
    }

    public static void main(String[] args) throws IOException {
        String resource = args[0];
        String instance = args[1];
        boolean cpu = args[2].endsWith("cpu");
        long seconds = Long.parseLong(args[2].replace("cpu", ""));
        SolverConfig config = (Files.exists(Path.of(resource)) ? SolverConfig.createFromXmlFile(Path.of(resource).toFile())
                : SolverConfig.createFromXmlResource(resource))
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(cpu ? 100 * seconds : seconds));
        cpuLimitNanos = cpu ? seconds * 1_000_000_000L : 0;
        if (instance.startsWith("holiday-")) {
            solve(config, BundledDatasets.loadHoliday(instance).orElseThrow(), resource, instance);
            System.out.println(" |");
            return;
        }
        PasInstance pas = instance.contains("testdata") ? PasInstance.read(Path.of(instance)) : null;
        RespitePlan plan = pas != null ? PasImporter.toPlan(pas)
                : Files.exists(Path.of(instance)) ? PlanJson.read(Files.readString(Path.of(instance)))
                : BundledDatasets.load(instance).orElseThrow(() -> new IllegalArgumentException("no instance " + instance));
        RespitePlan solved = solve(resource.equals(RespiteSolver.CONFIG_RESOURCE) ? RespiteSolver.fittedTo(plan.getStays().size(), config) : config,
                plan, resource, instance);
        System.out.println(pas == null ? " |" : " | " + PasEvaluator.score(pas, PasBenchmark.beds(solved)) + " |");
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), PlanJson.write(solved));
        }
    }

    private static <S> S solve(SolverConfig config, S plan, String resource, String instance) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Solver<S> solver = SolverFactory.<S> create(config).buildSolver();
        AtomicLong firstFeasible = new AtomicLong(-1);
        long start = elapsed();
        solver.addEventListener(event -> {
            Score<?> score = (Score<?>) scoreOf(event.getNewBestSolution());
            if (score.isSolutionInitialized() && score.isFeasible()) {
                firstFeasible.compareAndSet(-1, (elapsed() - start) / 1_000_000);
            }
        });
        if (cpuLimitNanos > 0) {
            Thread watcher = new Thread(() -> {
                while (elapsed() - start < cpuLimitNanos && !Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                solver.terminateEarly();
            });
            watcher.setDaemon(true);
            watcher.start();
        }
        S solved = solver.solve(plan);
        var scope = ((DefaultSolver<S>) solver).getSolverScope();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %,d /s | %,d MiB", resource.substring(resource.lastIndexOf('/') + 1),
                instance.substring(instance.lastIndexOf('/') + 1), scoreOf(solved),
                firstFeasible.get() < 0 ? "never" : "%.1f s".formatted(firstFeasible.get() / 1000.0),
                scope.getMoveEvaluationSpeed(), peak / (1024 * 1024));
        return solved;
    }

    /** Wall time, or the JVM's CPU time when the limit is in CPU seconds. */
    private static long elapsed() {
        return cpuLimitNanos > 0 ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                : System.nanoTime();
    }

    private static Object scoreOf(Object solution) {
        return solution instanceof RespitePlan plan ? plan.getScore() : ((HolidayPlan) solution).getScore();
    }
}
