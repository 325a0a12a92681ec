package fi.respiteplanner.datasets.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Sheet;

import fi.respiteplanner.datasets.workbook.Column.Type;

/** Writing sheets: data tables from JSON objects, key-value sheets, and the instructions. */
final class Tables {

    /** Where the ids of a kind are listed (rows 2 … lastRow, room for new rows included), for drop-downs of references. */
    record IdSource(String sheet, int column, int lastRow) {
    }

    /** Rows below the data that drop-downs still cover, for the planner's new rows. */
    private static final int HEADROOM_ROWS = 1000;

    private Tables() {
    }

    /** A data sheet: headers, one row per object, drop-downs for codes, yes/no and single references. */
    static IdSource table(XlsxWriter writer, Messages messages, SheetSpec spec, List<? extends JsonNode> objects,
            Map<String, IdSource> idSources) {
        String name = spec.name(messages);
        Sheet sheet = writer.sheet(name, spec.columns().stream().map(column -> column.header(messages)).toList());
        int r = 1;
        for (JsonNode object : objects) {
            List<Object> cells = new ArrayList<>();
            for (Column column : spec.columns()) {
                cells.add(Cells.toCell(column, object.at(ImportContext.pointer(column.path())), messages));
            }
            writer.row(sheet, r++, cells);
        }
        int lastRow = r + HEADROOM_ROWS;
        for (int c = 0; c < spec.columns().size(); c++) {
            Column column = spec.columns().get(c);
            if (column.type() == Type.CODE) {
                writer.listValidation(sheet, c, lastRow, Codes.names(messages, column.codes()));
            } else if (column.type() == Type.BOOLEAN) {
                writer.listValidation(sheet, c, lastRow, Codes.names(messages, Codes.YesNo.class));
            } else if (column.type() == Type.REF && idSources.containsKey(column.refKind())) {
                IdSource source = idSources.get(column.refKind());
                writer.referenceValidation(sheet, c, lastRow, source.sheet(), source.column(), source.lastRow());
            }
        }
        return new IdSource(name, 0, lastRow);
    }

    /** A key-value sheet: a label per row in column A, its value in column B. */
    static void fields(XlsxWriter writer, Messages messages, SheetSpec spec, JsonNode object) {
        Sheet sheet = writer.sheet(spec.name(messages), List.of(messages.text("column.field"), messages.text("column.value")));
        writer.width(sheet, 0, 34);
        writer.width(sheet, 1, 34);
        int r = 1;
        for (Column column : spec.columns()) {
            writer.row(sheet, r++, java.util.Arrays.asList(column.header(messages),
                    Cells.toCell(column, object.at(ImportContext.pointer(column.path())), messages)));
        }
    }

    /** The instructions sheet: the introduction, then every sheet's columns with their form and whether required. */
    static void instructions(XlsxWriter writer, Messages messages, String introKey, List<SheetSpec> specs) {
        Sheet sheet = writer.sheet(messages.text("sheet.instructions"), List.of());
        writer.width(sheet, 0, 30);
        writer.width(sheet, 1, 36);
        writer.width(sheet, 2, 70);
        int r = 0;
        writer.row(sheet, r++, List.of(new XlsxWriter.Bold(messages.text("instructions.title"))));
        for (String line : messages.text(introKey).split("\n")) {
            writer.row(sheet, r++, List.of(line));
        }
        for (String line : messages.text("instructions.common").split("\n")) {
            writer.row(sheet, r++, List.of(line));
        }
        r++;
        writer.row(sheet, r++, List.of(new XlsxWriter.Bold(messages.text("instructions.sheet")),
                new XlsxWriter.Bold(messages.text("instructions.column")), new XlsxWriter.Bold(messages.text("instructions.form"))));
        for (SheetSpec spec : specs) {
            for (Column column : spec.columns()) {
                String form = messages.text("type." + column.type().name());
                if (column.type() == Type.CODE || column.type() == Type.CODES) {
                    form += ": " + String.join(", ", Codes.names(messages, column.codes()));
                }
                if (column.outputOnly()) {
                    form = messages.text("instructions.outputOnly");
                } else if (column.required()) {
                    form = messages.text("instructions.required") + " " + form;
                }
                writer.row(sheet, r++, List.of(spec.name(messages), column.header(messages), form));
            }
        }
    }
}
