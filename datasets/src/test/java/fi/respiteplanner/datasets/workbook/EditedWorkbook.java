package fi.respiteplanner.datasets.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook as a planner edits it: open an exported file, change cells by sheet, row and header, save. */
final class EditedWorkbook {

    private EditedWorkbook() {
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> edits) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edits.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell of an Excel row number (1-based) under a header, emptied for a new value: POI's XSSF would
     * otherwise keep an inline string's old text beside the new value (Excel itself rewrites the cell).
     */
    static Cell cell(XSSFWorkbook book, String sheetName, int excelRow, String header) {
        Cell cell = find(book, sheetName, excelRow, header);
        cell.setBlank();
        return cell;
    }

    private static Cell find(XSSFWorkbook book, String sheetName, int excelRow, String header) {
        Sheet sheet = book.getSheet(sheetName);
        Row headers = sheet.getRow(0);
        for (Cell cell : headers) {
            if (cell.getStringCellValue().equals(header)) {
                Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
                return row.getCell(cell.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            }
        }
        throw new IllegalArgumentException("no header '" + header + "' on " + sheetName);
    }

    static String text(XSSFWorkbook book, String sheetName, int excelRow, String header) {
        Cell cell = find(book, sheetName, excelRow, header);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }
}
