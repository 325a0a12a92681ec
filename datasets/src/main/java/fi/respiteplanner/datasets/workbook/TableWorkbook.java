package fi.respiteplanner.datasets.workbook;

import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * One table as a one-sheet workbook (e.g. the office's contact list): a bold, frozen header row, columns as wide
 * as their longest value (at most 60 characters, longer texts wrap), texts written as text so that phone
 * numbers keep their + and leading zero, numbers and dates as real cells.
 */
public final class TableWorkbook {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private TableWorkbook() {
    }

    /** @param rows each a list of String, Number or LocalDate values (null leaves the cell empty) */
    public static void write(String sheetName, List<String> headers, List<? extends List<?>> rows, OutputStream out) {
        try (XlsxWriter writer = new XlsxWriter("codes")) {
            Sheet sheet = writer.sheet(sheetName, headers);
            for (int r = 0; r < rows.size(); r++) {
                writer.row(sheet, r + 1, rows.get(r));
            }
            for (int c = 0; c < headers.size(); c++) {
                int longest = headers.get(c).length();
                for (List<?> row : rows) {
                    Object value = c < row.size() ? row.get(c) : null;
                    longest = Math.max(longest, value == null ? 0 : value.toString().lines().mapToInt(String::length).max().orElse(0));
                }
                writer.width(sheet, c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)));
            }
            writer.write(out);
        }
    }
}
