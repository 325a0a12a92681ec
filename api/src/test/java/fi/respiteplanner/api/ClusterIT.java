package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/**
 * Two instances of the packaged service on one PostgreSQL database (Maven profile {@code postgres}; skipped on H2,
 * whose file belongs to one process): the same burst of submissions and reads through one instance and through both (printed side by
 * side); the nightly re-plan runs once per firing across the cluster; the instance solving a plan is killed with
 * SIGKILL and the other takes the plan over and finishes it with every acknowledged change in it, including those
 * sent through the other instance before and after the kill (the take-over time is printed).
 */
class ClusterIT {

    private static final String PLANS = "/api/respite/plans";
    private static final String SMALL = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());
    private static final int SUBMITS = 20;
    private static final int READS = 200;
    private static final int CLIENTS = 16;
    /** Fixed work per plan, so that solving throughput compares (a time limit would always take the same time). */
    private static final int STEPS = 1000;
    private static final int FIRINGS = 3;

    @TempDir
    Path dir;

    private final List<Instance> instances = new ArrayList<>();
    private TestDatabase store;
    private String token;

    /** One service process. */
    private final class Instance {
        final String name;
        final int port;
        final int managementPort;
        final Process process;
        final Path log;

        Instance(String name) throws IOException {
            this.name = name;
            this.port = freePort();
            this.managementPort = freePort();
            this.log = dir.resolve("service-" + name + ".log");
            List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseParallelGC", "-jar",
                    System.getProperty("service.jar", "target/respite-planner.jar"), "--server.port=" + port,
                    "--management.server.port=" + managementPort, "--planner.instance-id=" + name, "--planner.save-interval=500ms",
                    "--planner.parallel-solves=2", "--planner.queue-capacity=" + (2 * SUBMITS), "--planner.replan.cron=0/10 * * * * ?",
                    "--planner.replan.time-limit-seconds=1", "--logging.level.root=WARN",
                    "--planner.security.bootstrap-admin=" + Http.ADMIN, "--planner.security.bootstrap-password=" + Http.ADMIN_PASSWORD));
            command.addAll(store.arguments());
            this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        Http http() {
            return token == null ? new Http(port) : Http.withToken(port, token);
        }

        void awaitUp() throws Exception {
            await(Duration.ofMinutes(3), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("instance " + name + " exited: " + tail(log));
                }
                try {
                    return new Http(managementPort, null, null).get("/actuator/health/readiness").status() == 200;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
        }

        boolean solvingHere(String plan) {
            JsonNode summary = http().get(PLANS + "/" + plan).json();
            return summary.get("status").asText().equals("SOLVING") && summary.hasNonNull("solvingSince");
        }

        /** Jobs of a group this instance ran, whatever their outcome (from its metrics). */
        long schedulerRuns(String group) {
            Matcher runs = Pattern.compile("planner_scheduler_runs_total\\{[^}]*group=\"" + group + "\"[^}]*} ([0-9.]+)")
                    .matcher(new Http(managementPort, null, null).get("/actuator/prometheus").body());
            long total = 0;
            while (runs.find()) {
                total += (long) Double.parseDouble(runs.group(1));
            }
            return total;
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(instance -> instance.process.destroyForcibly());
    }

    @Test
    void twoInstancesShareTheWorkFireTheNightlyJobOnceAndTakeOverAKilledInstancesPlan() throws Exception {
        assumeTrue(TestDatabase.POSTGRES, "two instances need PostgreSQL: mvn -Ppostgres, see .ci/postgres");
        store = TestDatabase.fresh(dir);
        Instance a = start("a");
        token = a.http().post("/api/session/tokens", "{\"name\": \"cluster test\"}").json().get("token").asText();
        String seed = accepted(a.http().post(PLANS + "?stepCountLimit=200", SMALL));
        await(Duration.ofMinutes(2), () -> status(a, seed).equals("DONE"));

        // 1. The same burst through one instance, then through two (a second instance joins the same database); each
        // instance answers a few reads first, so that neither burst times a cold JVM.
        warmUp(a, seed);
        Burst one = burst(List.of(a), seed);
        Instance b = start("b");
        warmUp(b, seed);
        Burst two = burst(List.of(a, b), seed);
        System.out.printf(Locale.ROOT, "%nburst of %d submits (respite-S, %d steps each) and %d reads by %d clients | 1 instance | 2 instances%n"
                + "requests answered per second | %.1f | %.1f%nread latency p50 / p95 (ms) | %d / %d | %d / %d%n"
                + "submit latency p50 / p95 (ms) | %d / %d | %d / %d%nall %d plans solved after (s) | %.1f | %.1f%n"
                + "plans solved by instance a / b | %d / 0 | %d / %d%n",
                SUBMITS, STEPS, READS, CLIENTS, one.throughput(), two.throughput(), one.reads.p(50), one.reads.p(95), two.reads.p(50),
                two.reads.p(95), one.submits.p(50), one.submits.p(95), two.submits.p(50), two.submits.p(95), SUBMITS,
                one.solvedSeconds, two.solvedSeconds, one.solvedBy(a), two.solvedBy(a), two.solvedBy(b));
        assertThat(two.solvedBy(b)).as("the second instance takes queued plans too").isPositive();

        // 2. The nightly re-plan (every 10 s here) runs once per firing across the cluster, not once on each instance. The count
        // is taken between two mid-period instants, so that exactly FIRINGS firings fall between them.
        awaitMidPeriod();
        long runsBefore = a.schedulerRuns("maintenance") + b.schedulerRuns("maintenance");
        Thread.sleep(FIRINGS * 10_000L - 2_000);
        awaitMidPeriod();
        long runs = a.schedulerRuns("maintenance") + b.schedulerRuns("maintenance") - runsBefore;
        assertThat(runs).as("runs of the nightly job on both instances together in %d firings", FIRINGS).isBetween((long) FIRINGS - 1,
                (long) FIRINGS + 1);

        // 3. The instance solving a plan is killed; the other takes it over with every acknowledged change.
        String plan = accepted(a.http().post(PLANS + "?timeLimitSeconds=40", SMALL));
        await(Duration.ofMinutes(1), () -> a.solvingHere(plan) || b.solvingHere(plan));
        Instance solver = a.solvingHere(plan) ? a : b;
        Instance survivor = solver == a ? b : a;
        List<String> cancelled = new ArrayList<>();
        for (Instance via : List.of(survivor, solver, survivor)) {
            String stay = "S%06d".formatted(40 + cancelled.size());
            JsonNode change = via.http().post(PLANS + "/" + plan + "/changes", cancel(stay)).json();
            assertThat(change.get("appliedWhileSolving").asBoolean()).as(change.toString()).isTrue();
            cancelled.add(stay);
        }
        solver.process.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        String stay = "S%06d".formatted(40 + cancelled.size());
        assertThat(survivor.http().post(PLANS + "/" + plan + "/changes", cancel(stay)).status()).as("a change while no one solves it")
                .isEqualTo(202);
        cancelled.add(stay);
        await(Duration.ofMinutes(2), () -> survivor.solvingHere(plan));
        double takeOver = (System.nanoTime() - killed) / 1e9;
        JsonNode late = survivor.http().post(PLANS + "/" + plan + "/changes", cancel("S000050")).json();
        assertThat(late.get("appliedWhileSolving").asBoolean()).as(late.toString()).isTrue();
        cancelled.add("S000050");
        await(Duration.ofMinutes(2), () -> status(survivor, plan).equals("DONE"));
        System.out.printf(Locale.ROOT, "instance %s killed with SIGKILL while solving; %s solving the plan after %.1f s%n", solver.name,
                survivor.name, takeOver);

        List<String> stays = survivor.http().get(PLANS + "/" + plan + "/solution").json().get("stays").findValuesAsText("id");
        assertThat(stays).as("the plan finished by the survivor").isNotEmpty().doesNotContainAnyElementsOf(cancelled);
        assertThat(survivor.http().get(PLANS + "/" + plan + "/changes").json()).hasSize(cancelled.size());
    }

    /** Reads through the instance until it answers quickly, and resets its count of solving runs. */
    private void warmUp(Instance instance, String seed) {
        for (int i = 0; i < 30; i++) {
            instance.http().get(PLANS + "/" + seed + (i % 2 == 0 ? "" : "/kpis"));
        }
        solvedRuns(instance);
    }

    /** Waits until the middle of a ten-second period (the nightly job fires at its start). */
    private static void awaitMidPeriod() throws InterruptedException {
        long millis = System.currentTimeMillis() % 10_000;
        Thread.sleep(Math.floorMod(5_000 - millis, 10_000));
    }

    /** A burst through the instances in turn; waits until every submitted plan is solved. */
    private Burst burst(List<Instance> through, String seed) throws Exception {
        List<Callable<long[]>> calls = new ArrayList<>();
        for (int i = 0; i < SUBMITS + READS; i++) {
            Instance via = through.get(i % through.size());
            boolean submit = i % ((SUBMITS + READS) / SUBMITS) == 0;
            String path = switch (i % 3) {
                case 0 -> PLANS + "/" + seed;
                case 1 -> PLANS + "/" + seed + "/kpis";
                default -> PLANS;
            };
            calls.add(() -> {
                long start = System.nanoTime();
                Http.Response answer = submit ? via.http().post(PLANS + "?stepCountLimit=" + STEPS, SMALL) : via.http().get(path);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(answer.status()).as(answer.body()).isIn(200, 202);
                return new long[] { submit ? 1 : 0, millis };
            });
        }
        Collections.shuffle(calls, new Random(1));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        Burst burst = new Burst();
        try {
            for (Future<long[]> answer : pool.invokeAll(calls)) {
                long[] result = answer.get();
                (result[0] == 1 ? burst.submits : burst.reads).add(result[1]);
            }
        } finally {
            pool.shutdownNow();
        }
        burst.seconds = (System.nanoTime() - start) / 1e9;
        List<JsonNode> submitted = new ArrayList<>();
        await(Duration.ofMinutes(5), () -> {
            submitted.clear();
            through.get(0).http().get(PLANS).json().forEach(submitted::add);
            return submitted.stream().noneMatch(plan -> List.of("QUEUED", "SOLVING").contains(plan.get("status").asText()));
        });
        burst.solvedSeconds = (System.nanoTime() - start) / 1e9;
        for (Instance instance : through) {
            burst.solvedByInstance.put(instance.name, solvedRuns(instance));
        }
        return burst;
    }

    /** Timings of one burst. */
    private static final class Burst {
        final Latencies reads = new Latencies();
        final Latencies submits = new Latencies();
        final Map<String, Long> solvedByInstance = new HashMap<>();
        double seconds;
        double solvedSeconds;

        double throughput() {
            return (reads.size() + submits.size()) / seconds;
        }

        long solvedBy(Instance instance) {
            return solvedByInstance.getOrDefault(instance.name, 0L);
        }
    }

    /** Milliseconds, with percentiles. */
    private static final class Latencies extends ArrayList<Long> {
        long p(int percent) {
            List<Long> sorted = stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
        }
    }

    /** Solving runs each instance had finished before the current burst (from its metrics). */
    private final Map<String, Long> solvedBefore = new HashMap<>();

    /** Solving runs the instance finished since the last call. */
    private long solvedRuns(Instance instance) {
        long total = instance.schedulerRuns("solve");
        long before = solvedBefore.getOrDefault(instance.name, 0L);
        solvedBefore.put(instance.name, total);
        return total - before;
    }

    private Instance start(String name) throws Exception {
        Instance instance = new Instance(name);
        instances.add(instance);
        instance.awaitUp();
        return instance;
    }

    private static String status(Instance instance, String plan) {
        return instance.http().get(PLANS + "/" + plan).json().get("status").asText();
    }

    private static String accepted(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asText();
    }

    private static String cancel(String stay) {
        return "{\"type\": \"CANCEL_STAY\", \"stayId\": \"" + stay + "\"}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out");
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 5000));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
