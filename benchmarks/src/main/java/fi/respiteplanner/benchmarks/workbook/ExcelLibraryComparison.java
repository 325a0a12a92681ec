package fi.respiteplanner.benchmarks.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/**
 * Apache POI against FastExcel on the cells of one plan (default XL): writing the units, beds, clients and
 * stays sheets with a date format and a drop-down list, and reading every cell back, with time, peak heap
 * and file size. The workbook format's choice of library rests on this (README, BENCHMARKS.md).
 * Arguments: rounds (default 3), size (default XL).
 */
public final class ExcelLibraryComparison {

    private ExcelLibraryComparison() {
    }

    /** The plan's facts as rows of String, Number and LocalDate cells, by sheet name. */
    static Map<String, List<List<Object>>> grid(RespitePlan plan) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        List<List<Object>> units = new ArrayList<>();
        for (Unit unit : plan.getUnits()) {
            List<Object> row = new ArrayList<>(List.of(unit.getId(), unit.getName(), unit.getProducer().name(), String.valueOf(unit.getProvider()),
                    unit.getMinAge(), unit.getMaxAge(), unit.getLocation().lat(), unit.getLocation().lon(), String.join(", ", unit.getFeatures()),
                    unit.getCostPerNight()));
            Arrays.stream(Skill.values()).forEach(skill -> row.add(unit.getSkillCapacity().getOrDefault(skill, 0)));
            row.add(unit.isAwakeNightStaff() ? "kyllä" : "ei");
            units.add(row);
        }
        sheets.put("Yksiköt", units);
        List<List<Object>> beds = new ArrayList<>();
        for (Bed bed : plan.getBeds()) {
            beds.add(List.of(bed.getUnit().getId(), bed.getRoom().getId(), bed.getRoom().getGenderPolicy().name(),
                    String.join(", ", bed.getRoom().getFeatures()), bed.getId()));
        }
        sheets.put("Huoneet ja vuoteet", beds);
        List<List<Object>> clients = new ArrayList<>();
        for (Client client : plan.getClients()) {
            clients.add(Arrays.asList(client.getId(), client.getName(), client.getBirthDate(), client.getGender().name(), client.getSegment(),
                    client.getLanguage(), client.getHome().lat(), client.getHome().lon(), client.getNeeds().toString(),
                    String.join(", ", client.getRequiredFeatures()), String.join(", ", client.getPreferredFeatures()),
                    client.getPreferredUnits().toString(), client.getRefusedUnits().toString(),
                    client.getUsualUnit() == null ? "" : client.getUsualUnit().getId(), client.getIncompatibleWith().toString(),
                    client.getFamilyId() == null ? "" : client.getFamilyId(), client.getMonthlyEntitlement()));
        }
        sheets.put("Asiakkaat", clients);
        List<List<Object>> stays = new ArrayList<>();
        for (Stay stay : plan.getStays()) {
            stays.add(List.of(stay.getId(), stay.getClient().getId(), stay.getRequestedArrival(), stay.getNights(), stay.getEarliestArrival(),
                    stay.getLatestArrival(), stay.getPriority().name(), stay.getStatus().name()));
        }
        sheets.put("Jaksotoiveet", stays);
        return sheets;
    }

    /** POI's in-memory writer, or its streaming one as the workbook format uses it (inline strings), with or without gzipped temp files. */
    static byte[] writePoi(Map<String, List<List<Object>>> grid, boolean streaming, boolean compressTemp) throws Exception {
        try (Workbook workbook = streaming ? new SXSSFWorkbook(null, 200, compressTemp, false) : new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
            for (Map.Entry<String, List<List<Object>>> entry : grid.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 1;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate day) {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(date);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                DataValidationHelper helper = sheet.getDataValidationHelper();
                sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] { "kyllä", "ei" }),
                        new CellRangeAddressList(1, r + 1000, 0, 0)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] writeFastExcel(Map<String, List<List<Object>>> grid) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "respite-planner", "1.0");
        Worksheet codes = workbook.newWorksheet("Koodit");
        codes.value(0, 0, "kyllä");
        codes.value(1, 0, "ei");
        for (Map.Entry<String, List<List<Object>>> entry : grid.entrySet()) {
            Worksheet sheet = workbook.newWorksheet(entry.getKey());
            int r = 1;
            for (List<Object> values : entry.getValue()) {
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof LocalDate day) {
                        sheet.value(r, c, day);
                        sheet.style(r, c).format("d.m.yyyy").set();
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
                r++;
            }
            sheet.range(1, 0, r + 1000, 0).validateWithList(codes.range(0, 0, 1, 0));
            sheet.finish();
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** POI's streaming reader (what the workbook format uses): cells, and dates recognised by their format. */
    static long readPoiStreaming(byte[] file) throws Exception {
        AtomicLong cells = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String reference, String formattedValue, XSSFComment comment) {
                            cells.incrementAndGet();
                        }
                    }, false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return cells.get();
    }

    static long readPoiUserModel(byte[] file) throws Exception {
        long cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    cells += row.getPhysicalNumberOfCells();
                }
            }
        }
        return cells;
    }

    static long readFastExcel(byte[] file) throws Exception {
        AtomicLong cells = new AtomicLong();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> {
                        if (cell != null && cell.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY) {
                            cells.incrementAndGet();
                        }
                    }));
                }
            }
        }
        return cells.get();
    }

    /** What each reader makes of a date cell written with the format d.m.yyyy. */
    static void dateCells(byte[] file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var cell = workbook.getSheet("Jaksotoiveet").getRow(1).getCell(2);
            System.out.println("POI: date-formatted = " + org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell) + ", value "
                    + cell.getLocalDateTimeCellValue().toLocalDate());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            var cell = workbook.findSheet("Jaksotoiveet").orElseThrow().read().get(0).getCell(2);
            System.out.println("FastExcel: type " + cell.getType() + ", format '" + cell.getDataFormatString() + "' (the caller decides "
                    + "whether that format is a date), value " + cell.asDate().toLocalDate());
        }
    }

    private static void row(String library, String operation, List<Measured<?>> runs, int bytes) {
        System.out.printf("| %s | %s | %s | %,d MiB | %s |%n", library, operation, WorkbookBenchmark.times(runs),
                WorkbookBenchmark.maxHeap(runs), bytes < 0 ? "" : String.format("%,d KB", bytes / 1024));
    }

    private interface Operation<T> {
        T run() throws Exception;
    }

    private static <T> List<Measured<?>> rounds(int rounds, Operation<T> operation) throws Exception {
        List<Measured<?>> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            runs.add(Measured.of(operation::run));
        }
        return runs;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String size = args.length > 1 ? args[1] : "XL";
        RespitePlan plan = BundledDatasets.load(size).orElseThrow();
        Map<String, List<List<Object>>> grid = grid(plan);
        long cells = grid.values().stream().flatMap(List::stream).mapToLong(row -> row.stream().filter(v -> v != null).count()).sum();
        System.out.printf("%s: %,d cells in %d sheets%n%n", size, cells, grid.size());
        byte[] sxssf = writePoi(grid, true, true);
        byte[] xssf = writePoi(grid, false, false);
        byte[] fast = writeFastExcel(grid);
        System.out.println("| library | operation | time (CPU), medians | peak heap | file |");
        System.out.println("|---|---|---|---|---|");
        row("POI SXSSF (streaming, gzipped temp files)", "write", rounds(rounds, () -> writePoi(grid, true, true)), sxssf.length);
        row("POI SXSSF (streaming, plain temp files)", "write", rounds(rounds, () -> writePoi(grid, true, false)), sxssf.length);
        row("POI XSSF (in memory)", "write", rounds(rounds, () -> writePoi(grid, false, false)), xssf.length);
        row("FastExcel", "write", rounds(rounds, () -> writeFastExcel(grid)), fast.length);
        row("POI streaming (SAX)", "read", rounds(rounds, () -> readPoiStreaming(sxssf)), -1);
        row("POI XSSF (in memory)", "read", rounds(rounds, () -> readPoiUserModel(sxssf)), -1);
        row("FastExcel reader", "read", rounds(rounds, () -> readFastExcel(sxssf)), -1);
        System.out.printf("%ncells read: POI streaming %,d, POI XSSF %,d, FastExcel %,d%n", readPoiStreaming(sxssf), readPoiUserModel(sxssf),
                readFastExcel(sxssf));
        dateCells(fast);
    }
}
