package fi.respiteplanner.datasets.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import fi.respiteplanner.datasets.workbook.WorkbookRefusedException.Reason;

/**
 * Reads the cells of an .xlsx file without trusting it: the upload's size is bounded, the zip is unpacked
 * once with per-part, total and ratio limits before Apache POI opens it (zip bombs), macros and external
 * links are refused, sheets are parsed by streaming (POI's SAX reader, which refuses DTDs and external
 * entities: no XXE) and stop at the row limit. Formulas are never evaluated: a formula cell is marked.
 */
final class XlsxReader {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** One cell as stored: text, a number (a date when its format is a date format), a boolean or an error. */
    record RawCell(int column, Kind kind, String text, double number, boolean dateFormatted, String formula) {

        /** What the user sees, roughly: the text, or the number without a needless ".0". */
        String shown() {
            if (kind != Kind.NUMBER) {
                return text;
            }
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
        }
    }

    record RawRow(int number, Map<Integer, RawCell> cells) {
    }

    record RawSheet(String name, List<RawRow> rows, List<String> mergedRanges) {
    }

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
    /** Workbooks from old Mac Excel count dates from 1904; their date cells are moved to the 1900 system. */
    private static final Pattern DATE_1904 = Pattern.compile("date1904=\"(1|true)\"");
    private static final int DAYS_1900_TO_1904 = 1462;
    /** Parts smaller than this may pack as tightly as they like (empty sheets, repeated styles). */
    private static final long RATIO_GRACE_BYTES = 16L << 20;

    private XlsxReader() {
    }

    /** Every sheet in workbook order, with cells only for those {@code wanted} accepts; throws {@link WorkbookRefusedException}. */
    static List<RawSheet> read(InputStream in, WorkbookLimits limits, Predicate<String> wanted) {
        byte[] bytes = readBounded(in, limits.maxFileBytes());
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new WorkbookRefusedException(Reason.OLD_OR_ENCRYPTED);
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK);
        }
        scanZip(bytes, limits);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbookXml = reader.getWorkbookData()) {
                date1904 = DATE_1904.matcher(new String(workbookXml.readAllBytes(), StandardCharsets.UTF_8)).find();
            }
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<RawSheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheetXml = iterator.next()) {
                    String name = iterator.getSheetName();
                    sheets.add(wanted.test(name) ? parseSheet(name, sheetXml, strings, styles, date1904, limits)
                            : new RawSheet(name, List.of(), List.of()));
                }
            }
            return sheets;
        } catch (WorkbookRefusedException e) {
            throw e;
        } catch (Exception e) {
            // POI's own checks (a damaged or strict-format package, its zip-bomb guard) and XML errors.
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK, e);
        }
    }

    private static byte[] readBounded(InputStream in, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new WorkbookRefusedException(Reason.FILE_TOO_LARGE, max >> 20);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK, e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Unpacks every part once, counting real bytes (headers may lie), and looks for macros and external links. */
    private static void scanZip(byte[] bytes, WorkbookLimits limits) {
        long total = 0;
        int entries = 0;
        boolean hasWorkbook = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new WorkbookRefusedException(Reason.UNPACKS_TOO_LARGE, limits.maxTotalBytes() >> 20);
                }
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    throw new WorkbookRefusedException(Reason.MACROS);
                }
                if (name.startsWith("xl/externallinks/")) {
                    throw new WorkbookRefusedException(Reason.EXTERNAL_LINKS);
                }
                hasWorkbook |= name.equals("xl/workbook.xml");
                boolean contentTypes = name.equals("[content_types].xml");
                ByteArrayOutputStream kept = contentTypes ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                        throw new WorkbookRefusedException(Reason.UNPACKS_TOO_LARGE, limits.maxTotalBytes() >> 20);
                    }
                    if (total > RATIO_GRACE_BYTES && total > (long) limits.maxRatio() * bytes.length) {
                        throw new WorkbookRefusedException(Reason.UNPACKS_TOO_LARGE, limits.maxTotalBytes() >> 20);
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null && kept.toString(StandardCharsets.UTF_8).contains("macroEnabled")) {
                    throw new WorkbookRefusedException(Reason.MACROS);
                }
            }
        } catch (IOException e) {
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK, e);
        }
        if (entries == 0 || !hasWorkbook) {
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK);
        }
    }

    private static RawSheet parseSheet(String name, InputStream xml, ReadOnlySharedStringsTable strings, StylesTable styles,
            boolean date1904, WorkbookLimits limits) throws IOException, SAXException, ParserConfigurationException {
        SheetHandler handler = new SheetHandler(name, strings, styles, date1904, limits);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return new RawSheet(name, handler.rows, handler.merged);
    }

    /** Collects the cells of one sheet's XML (ECMA-376 part 1, §18.3). */
    private static final class SheetHandler extends DefaultHandler {

        private final String sheetName;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final WorkbookLimits limits;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        final List<RawRow> rows = new ArrayList<>();
        final List<String> merged = new ArrayList<>();

        private int rowNumber;
        private Map<Integer, RawCell> cells;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasInline;
        private StringBuilder formula;
        private StringBuilder capture;
        private boolean inPhonetic;

        SheetHandler(String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, WorkbookLimits limits) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? (cells.isEmpty() ? 0 : ((TreeMap<Integer, RawCell>) cells).lastKey() + 1) : columnOf(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    inline.setLength(0);
                    hasInline = false;
                    formula = null;
                }
                case "v" -> capture = value;
                case "is" -> hasInline = true;
                case "t" -> capture = inPhonetic ? null : inline;
                case "rPh" -> inPhonetic = true;
                case "f" -> {
                    formula = new StringBuilder();
                    capture = formula;
                }
                case "mergeCell" -> merged.add(attributes.getValue("ref"));
                default -> {
                    // other elements carry nothing the plan needs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture != null) {
                capture.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t", "f" -> capture = null;
                case "rPh" -> inPhonetic = false;
                case "c" -> endCell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (rows.size() >= limits.maxRowsPerSheet()) {
                            throw new WorkbookRefusedException(Reason.TOO_MANY_ROWS, sheetName, limits.maxRowsPerSheet());
                        }
                        rows.add(new RawRow(rowNumber, cells));
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private void endCell() {
            if (column >= limits.maxColumns()) {
                return;
            }
            String f = formula == null ? null : "=" + formula;
            String text = value.toString();
            RawCell cell;
            if ("s".equals(type)) {
                cell = text.isEmpty() ? null : textCell(strings.getItemAt(Integer.parseInt(text.trim())).getString(), f);
            } else if ("inlineStr".equals(type)) {
                cell = textCell(hasInline ? inline.toString() : text, f);
            } else if ("str".equals(type)) {
                cell = textCell(text, f);
            } else if ("b".equals(type)) {
                cell = new RawCell(column, Kind.BOOLEAN, "1".equals(text.trim()) ? "TRUE" : "FALSE", 0, false, f);
            } else if ("e".equals(type)) {
                cell = new RawCell(column, Kind.ERROR, text, 0, false, f);
            } else if (text.isBlank()) {
                cell = f == null ? null : new RawCell(column, Kind.TEXT, "", 0, false, f);
            } else {
                boolean date = isDateStyle(style);
                double number = Double.parseDouble(text.trim());
                cell = new RawCell(column, Kind.NUMBER, text, date && date1904 ? number + DAYS_1900_TO_1904 : number, date, f);
            }
            if (cell != null) {
                cells.put(column, cell);
            }
        }

        private RawCell textCell(String text, String f) {
            return text.isBlank() && f == null ? null : new RawCell(column, Kind.TEXT, text, 0, false, f);
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }

    /** The 0-based column of a cell reference such as "AB12". */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Excel's column letter of a 0-based index. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
