package fi.respiteplanner.datasets.workbook;

import java.util.Arrays;
import java.util.List;

import fi.respiteplanner.datasets.workbook.WorkbookProblem.Text;

/**
 * One column of a sheet: its header (message key {@code column.<key>}, in any language on import), the
 * JSON field its cells fill (a dot path inside the row's object, e.g. {@code home.lat}) and how cells are
 * written and read.
 *
 * @param codes the enum whose constants a CODE or CODES column holds
 * @param refKind for REF, REFS and COSTS: which ids the cell names ({@link Refs})
 * @param together other columns of the same object that must be given with this one (latitude and longitude)
 * @param outputOnly written for the reader's information, ignored on import
 */
record Column(String key, List<Object> headerArgs, String path, Type type, Class<? extends Enum<?>> codes, String refKind,
        boolean required, boolean together, boolean outputOnly) {

    enum Type {
        TEXT, ID, INTEGER, DECIMAL, DATE, DATES, BOOLEAN, CODE, CODES, FEATURES, REF, REFS, COSTS
    }

    static Column of(String key, String path, Type type) {
        return new Column(key, List.of(), path, type, null, null, false, false, false);
    }

    static Column id() {
        return new Column("id", List.of(), "id", Type.ID, null, null, true, false, false);
    }

    static Column code(String key, String path, Class<? extends Enum<?>> codes) {
        return new Column(key, List.of(), path, Type.CODE, codes, null, false, false, false);
    }

    static Column codes(String key, String path, Class<? extends Enum<?>> codes) {
        return new Column(key, List.of(), path, Type.CODES, codes, null, false, false, false);
    }

    static Column ref(String key, String path, Type type, String refKind) {
        return new Column(key, List.of(), path, type, null, refKind, false, false, false);
    }

    Column markRequired() {
        return new Column(key, headerArgs, path, type, codes, refKind, true, together, outputOnly);
    }

    Column markTogether() {
        return new Column(key, headerArgs, path, type, codes, refKind, required, true, outputOnly);
    }

    Column markOutputOnly() {
        return new Column(key, headerArgs, path, type, codes, refKind, required, together, true);
    }

    Column withHeaderArgs(Object... args) {
        return new Column(key, Arrays.asList(args), path, type, codes, refKind, required, together, outputOnly);
    }

    String header(Messages messages) {
        return headerText().in(messages);
    }

    Text headerText() {
        return new Text("column." + key, headerArgs);
    }
}
