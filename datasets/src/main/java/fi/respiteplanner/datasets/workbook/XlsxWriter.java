package fi.respiteplanner.datasets.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook with Apache POI's streaming writer (SXSSF: only a window of rows in memory): header
 * rows, real date cells shown as d.M.yyyy, euro and percent formats, and drop-down lists of codes kept on a
 * hidden sheet.
 */
final class XlsxWriter implements AutoCloseable {

    /** A share written as a percent cell (0.815 → 81,5 %). */
    record Percent(double value) {
    }

    /** Euros written with a euro format (1 234,50 €). */
    record Euros(double value) {
    }

    /** A text written in bold (a heading on the instructions or KPI sheet). */
    record Bold(String text) {
    }

    private static final int WINDOW_ROWS = 200;

    /**
     * Inline strings (POI's shared-strings table costs a third more CPU on XL and makes no smaller file) and
     * plain temporary files (gzipping them costs more CPU than the few MB of disk they save).
     */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW_ROWS, false, false);
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle euros;
    private final CellStyle wrapped;
    private final List<List<String>> codeLists = new ArrayList<>();
    private final String codesSheetName;

    XlsxWriter(String codesSheetName) {
        this.codesSheetName = codesSheetName;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0 %"));
        euros = workbook.createCellStyle();
        euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    /** A new sheet with a header row (frozen), column widths from the headers. */
    Sheet sheet(String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        if (!headers.isEmpty()) {
            Row row = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }
        return sheet;
    }

    void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    /** Writes a row: String, Number, LocalDate, Percent, Euros or Bold values; null leaves the cell empty. */
    void row(Sheet sheet, int index, List<?> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
                if (text.length() > 60) {
                    cell.setCellStyle(wrapped);
                }
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Percent share) {
                cell.setCellValue(share.value());
                cell.setCellStyle(percent);
            } else if (value instanceof Euros money) {
                cell.setCellValue(money.value());
                cell.setCellStyle(euros);
            } else if (value instanceof Bold text) {
                cell.setCellValue(text.text());
                cell.setCellStyle(bold);
            } else {
                throw new IllegalArgumentException("no cell for a " + value.getClass().getSimpleName());
            }
        }
    }

    /**
     * A drop-down of the given values on rows 2 … {@code lastRow} of a column. Typing another value only
     * warns: import also accepts the values' names in the other languages.
     */
    void listValidation(Sheet sheet, int column, int lastRow, List<String> values) {
        int list = codeLists.indexOf(values);
        if (list < 0) {
            codeLists.add(values);
            list = codeLists.size() - 1;
        }
        String letter = CellReference.convertNumToColString(list);
        validation(sheet, column, lastRow, "'" + codesSheetName + "'!$" + letter + "$1:$" + letter + "$" + values.size());
    }

    /** A drop-down of the ids in another sheet's column (e.g. the units' ids where a unit is named). */
    void referenceValidation(Sheet sheet, int column, int lastRow, String sourceSheet, int sourceColumn, int sourceLastRow) {
        String letter = CellReference.convertNumToColString(sourceColumn);
        validation(sheet, column, lastRow, "'" + sourceSheet + "'!$" + letter + "$2:$" + letter + "$" + Math.max(2, sourceLastRow));
    }

    private void validation(Sheet sheet, int column, int lastRow, String formula) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(formula);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** Writes the hidden sheet of code lists (last) and the workbook. */
    void write(OutputStream out) {
        if (!codeLists.isEmpty()) {
            Sheet codes = workbook.createSheet(codesSheetName);
            int longest = codeLists.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < longest; r++) {
                List<String> row = new ArrayList<>();
                for (List<String> list : codeLists) {
                    row.add(r < list.size() ? list.get(r) : null);
                }
                row(codes, r, row);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
