package fi.respiteplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** A CSV download read back as a spreadsheet reads it: the byte order mark, the dialect's separator, RFC 4180 quotes. */
public record CsvFile(boolean bom, List<List<String>> rows) {

    /** Reads a Finnish or Swedish file (semicolons) for language fi or sv, an English one (commas) for en. */
    public static CsvFile read(String body, String language) {
        char separator = language.equals("en") ? ',' : ';';
        boolean bom = body.startsWith("\uFEFF");
        String text = bom ? body.substring(1) : body;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("a quote left open").isFalse();
        assertThat(cell).as("the last row ends with a line break").isEmpty();
        return new CsvFile(bom, rows);
    }

    public List<String> row(int index) {
        return rows.get(index);
    }

    /** The first row whose first cell is {@code first}. */
    public List<String> rowOf(String first) {
        return rows.stream().filter(row -> row.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    /** Every cell of a column (by its header in row {@code headerRow}) below the header. */
    public List<String> column(int headerRow, String header) {
        int index = rows.get(headerRow).indexOf(header);
        assertThat(index).as(header + " in " + rows.get(headerRow)).isNotNegative();
        return rows.subList(headerRow + 1, rows.size()).stream().map(row -> row.get(index)).toList();
    }

    /** A number as the dialect writes it: 12,5 in Finnish and Swedish, 12.5 in English. */
    public static double number(String cell, String language) {
        return Double.parseDouble(language.equals("en") ? cell : cell.replace(',', '.'));
    }
}
