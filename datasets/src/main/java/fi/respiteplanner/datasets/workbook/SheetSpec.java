package fi.respiteplanner.datasets.workbook;

import java.util.List;

/** A data sheet: its name (message key {@code sheet.<key>}), its columns, and whether a plan needs it. */
record SheetSpec(String key, List<Column> columns, boolean required) {

    String name(Messages messages) {
        return messages.text("sheet." + key);
    }

    List<Column> inputColumns() {
        return columns.stream().filter(column -> !column.outputOnly()).toList();
    }
}
