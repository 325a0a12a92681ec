package fi.respiteplanner.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook as a planner edits it in Excel: open, change cells by sheet, Excel row number and header, save. */
public final class ExcelEdits {

    private ExcelEdits() {
    }

    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> edits) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edits.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell under a header on an Excel row (1-based), emptied for a new value. */
    public static Cell cell(XSSFWorkbook book, String sheetName, int excelRow, String header) {
        Sheet sheet = book.getSheet(sheetName);
        for (Cell title : sheet.getRow(0)) {
            if (title.getStringCellValue().equals(header)) {
                Cell cell = sheet.getRow(excelRow - 1).getCell(title.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                cell.setBlank();
                return cell;
            }
        }
        throw new IllegalArgumentException("no header '" + header + "' on " + sheetName);
    }
}
