package fi.respiteplanner.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.springframework.util.FileSystemUtils;

import fi.respiteplanner.api.ExcelEdits;
import fi.respiteplanner.api.ServiceTest;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.datasets.workbook.Messages;
import fi.respiteplanner.datasets.workbook.RespiteWorkbook;

/**
 * The web page end to end: Playwright (api/frontend/e2e) drives Debian's Chromium against this service on a
 * random port. Needs /usr/bin/chromium (`.ci/run` installs it); without it the test is skipped, except in CI
 * (CI=true), where a missing browser fails the build. Screenshots land in target/e2e/screenshots. While developing,
 * {@code -De2e.grep=<part of a test's title>} runs only the tests whose title matches (Playwright's --grep).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "planner.parallel-solves=2", "planner.queue-capacity=8" })
class WebPageE2eTest extends ServiceTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path FRONTEND = Path.of("frontend");

    @Value("${planner.security.bootstrap-admin}")
    String admin;

    @Value("${planner.security.bootstrap-password}")
    String password;

    @Value("${e2e.grep:}")
    String grep;

    @Test
    void aPlannersDayOnThePage() throws IOException, InterruptedException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser tests skipped");
        assertThat(CHROMIUM).as("Chromium for the browser tests (.ci/run installs Debian's chromium)").isExecutable();
        Path screenshots = Path.of("target/e2e/screenshots").toAbsolutePath();
        FileSystemUtils.deleteRecursively(screenshots);
        Files.createDirectories(screenshots);
        Path log = screenshots.getParent().resolve("playwright.log");
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "playwright", "test"));
        if (!grep.isBlank()) {
            command.addAll(List.of("--grep", grep));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Path workbooks = screenshots.getParent().resolve("workbooks");
        fillWorkbooks(workbooks);
        builder.environment().putAll(Map.of("PLANNER_URL", "http://127.0.0.1:" + port, "PLANNER_USER", admin, "PLANNER_PASSWORD", password,
                "SCREENSHOT_DIR", screenshots.toString(), "CHROMIUM", CHROMIUM.toString(), "WORKBOOK_DIR", workbooks.toString()));
        Process playwright = builder.start();
        playwright.getOutputStream().close();
        boolean finished = playwright.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            playwright.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("Playwright finished within 10 minutes\n" + output).isTrue();
        assertThat(playwright.exitValue()).as("Playwright's exit code; its report:\n" + output).isZero();
        assertThat(output).contains("passed").doesNotContain("skipped");
        if (grep.isBlank()) {
            try (var files = Files.list(screenshots)) {
                assertThat(files.count()).as("screenshots").isGreaterThanOrEqualTo(9);
            }
        }
    }

    /**
     * The workbooks a planner fills (written here with Apache POI, as Excel would save them): the S plan in
     * Finnish with three mistakes (a date that does not exist, a gender that is no code, nights in words), and
     * the same corrected.
     */
    private static void fillWorkbooks(Path directory) throws IOException {
        Files.createDirectories(directory);
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        RespiteWorkbook.write(BundledDatasets.load("respite-S").orElseThrow(), Messages.FINNISH, filled);
        Files.write(directory.resolve("korjattu.xlsx"), filled.toByteArray());
        Files.write(directory.resolve("virheellinen.xlsx"), ExcelEdits.edit(filled.toByteArray(), book -> {
            ExcelEdits.cell(book, "Asiakkaat", 14, "Syntymäaika").setCellValue("31.2.2012");
            ExcelEdits.cell(book, "Asiakkaat", 15, "Sukupuoli").setCellValue("naaras");
            ExcelEdits.cell(book, "Jaksotoiveet", 5, "Yöt").setCellValue("kaksi");
        }));
    }
}
