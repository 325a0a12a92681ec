package fi.respiteplanner.datasets.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.datasets.workbook.WorkbookRefusedException.Reason;

/** Files that are not read at all: each refused with its reason, quickly, never with an unchecked surprise. */
class WorkbookHostileFilesTest {

    /** The exported S plan's sheet parts: the instructions are sheet1, the clients sheet5. */
    private static final String CLIENTS_PART = "xl/worksheets/sheet5.xml";

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] smallWorkbook() {
        return WorkbookRoundTripTest.export(BundledDatasets.load("respite-S").orElseThrow(), Messages.FINNISH);
    }

    /** The workbook's zip with parts replaced or added. */
    private static byte[] withParts(byte[] workbook, Map<String, Content> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(workbook), "UTF-8", true, true);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!parts.containsKey(entry.getName())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                }
            }
            for (Map.Entry<String, Content> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Content text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static WorkbookRefusedException refusal(byte[] file, WorkbookLimits limits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> catchThrowableOfType(WorkbookRefusedException.class,
                () -> RespiteWorkbook.read(new ByteArrayInputStream(file), limits)));
    }

    private static WorkbookRefusedException refusal(byte[] file) {
        return refusal(file, WorkbookLimits.DEFAULT);
    }

    @Test
    void csvJsonRandomBytesAndNothingAreNotWorkbooks() {
        byte[] random = new byte[10_000];
        new Random(1).nextBytes(random);
        for (byte[] file : new byte[][] { "tunnus;nimi;syntymäaika\nC1;Helmi;4.5.2012\n".getBytes(StandardCharsets.UTF_8),
                PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()).getBytes(StandardCharsets.UTF_8), random, new byte[0] }) {
            WorkbookRefusedException refused = refusal(file);
            assertThat(refused.reason()).isEqualTo(Reason.NOT_A_WORKBOOK);
            assertThat(refused.isTooLarge()).isFalse();
            assertThat(refused.message(Messages.FINNISH)).isEqualTo(
                    "Tiedosto ei ole Excel-työkirja (.xlsx). Tallenna se Excelissä muodossa Excel-työkirja (.xlsx).");
        }
    }

    @Test
    void aZipThatIsNoWorkbookAndACutOffWorkbookAreNotWorkbooks() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("muistio.txt"));
            out.write("ei työkirja".getBytes(StandardCharsets.UTF_8));
        }
        byte[] workbook = smallWorkbook();

        assertThat(refusal(zip.toByteArray()).reason()).isEqualTo(Reason.NOT_A_WORKBOOK);
        assertThat(refusal(Arrays.copyOf(workbook, workbook.length / 2)).reason()).isEqualTo(Reason.NOT_A_WORKBOOK);
    }

    @Test
    void anOldOrPasswordProtectedWorkbookIsNamedAsSuch() {
        byte[] ole2 = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, 4096);

        assertThat(refusal(ole2).reason()).isEqualTo(Reason.OLD_OR_ENCRYPTED);
    }

    @Test
    void aZipBombIsRefusedAfterUnpackingLittleOfIt() {
        byte[] bomb = withParts(smallWorkbook(), Map.of("xl/media/image1.png", out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 500; i++) {
                out.write(zeros);
            }
        }));
        assertThat(bomb.length).as("500 MB packed into under a megabyte").isLessThan(1 << 20);

        WorkbookRefusedException refused = refusal(bomb);

        assertThat(refused.reason()).isEqualTo(Reason.UNPACKS_TOO_LARGE);
        assertThat(refused.isTooLarge()).isTrue();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAsTooLarge() {
        WorkbookRefusedException refused = refusal(smallWorkbook(), WorkbookLimits.DEFAULT.withMaxFileBytes(10_000));

        assertThat(refused.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
        assertThat(refused.isTooLarge()).isTrue();
    }

    @Test
    void aMillionRowsAreRefusedAtTheRowLimitWithoutReadingThemAll() {
        byte[] huge = withParts(smallWorkbook(), Map.of(CLIENTS_PART, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 1_000_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>C" + r + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }));

        WorkbookRefusedException refused = refusal(huge);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
        assertThat(refused.isTooLarge()).isTrue();
        assertThat(refused.message(Messages.FINNISH)).isEqualTo("Välilehdellä Asiakkaat on yli 100000 riviä.");
    }

    @Test
    void macrosAreRefusedWhetherAsAPartOrAsTheWorkbookType() {
        byte[] workbook = smallWorkbook();
        byte[] withVba = withParts(workbook, Map.of("xl/vbaProject.bin", out -> out.write(new byte[] { 1, 2, 3 })));
        String contentTypes = new String(part(workbook, "[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml");
        byte[] xlsm = withParts(workbook, Map.of("[Content_Types].xml", text(contentTypes)));

        assertThat(refusal(withVba).reason()).isEqualTo(Reason.MACROS);
        assertThat(refusal(xlsm).reason()).isEqualTo(Reason.MACROS);
        assertThat(refusal(xlsm).message(Locale.ENGLISH)).startsWith("The workbook contains macros (.xlsm).");
    }

    @Test
    void externalLinksAreRefused() {
        byte[] linked = withParts(smallWorkbook(), Map.of("xl/externalLinks/externalLink1.xml",
                text("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")));

        assertThat(refusal(linked).reason()).isEqualTo(Reason.EXTERNAL_LINKS);
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "salainen-arvo");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>";

        for (String sheet : new String[] { xxe, laughs }) {
            WorkbookRefusedException refused = refusal(withParts(smallWorkbook(), Map.of(CLIENTS_PART, text(sheet))));
            assertThat(refused.reason()).isEqualTo(Reason.NOT_A_WORKBOOK);
            assertThat(refused).hasStackTraceContaining("DOCTYPE").hasNoSuppressedExceptions();
        }
    }

    private static byte[] part(byte[] workbook, String name) {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(workbook), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no part " + name);
    }
}
