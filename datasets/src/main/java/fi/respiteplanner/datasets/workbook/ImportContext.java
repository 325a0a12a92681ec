package fi.respiteplanner.datasets.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.datasets.workbook.Cells.CellError;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawCell;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawRow;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawSheet;

/**
 * One import: reads data sheets into JSON objects, remembers where each object and field came from, checks
 * ids and references, and maps the plan validator's violations (JSON paths) back to sheet, row and column.
 */
final class ImportContext {

    /** A cell's place in the file: column letter and the header the file has. */
    record Place(String column, String header) {
    }

    /** Where a JSON object came from: a row of a sheet, and which column filled each of its fields. */
    record Origin(String sheet, int row, Map<String, Place> fields) {
    }

    /** One data row read into a JSON object, with the places of its columns. */
    record Row(String sheet, int number, ObjectNode values, Map<Column, Place> places) {

        Place place(Column column) {
            return places.get(column);
        }

        String text(Column column) {
            JsonNode value = values.at(pointer(column.path()));
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }
    }

    private record RefCheck(String kind, String id, Row row, Column column) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The language the file's sheet names are in (for naming a missing sheet as the file would). */
    private Messages fileLanguage = Messages.of(Messages.FINNISH);
    private final Map<String, RawSheet> sheetsByKey = new HashMap<>();
    private final List<WorkbookProblem> problems = new ArrayList<>();
    private final Set<String> badCells = new HashSet<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final Map<Map<Column, Place>, Map<String, Place>> fieldsBySheet = new java.util.IdentityHashMap<>();
    private final Map<String, Map<String, String>> idsByKind = new HashMap<>();
    private final List<RefCheck> refChecks = new ArrayList<>();

    /** Files the sheets by the spec they match (sheet names in any language); unknown sheets get a warning. */
    ImportContext(List<RawSheet> sheets, List<SheetSpec> specs, List<String> ignoredSheetKeys) {
        for (RawSheet sheet : sheets) {
            String normal = Codes.normalize(sheet.name());
            Optional<String> key = specs.stream().map(SheetSpec::key).filter(k -> matchesName("sheet." + k, normal)).findFirst()
                    .or(() -> ignoredSheetKeys.stream().filter(k -> matchesName("sheet." + k, normal)).findFirst());
            key.flatMap(k -> Messages.LANGUAGES.stream().map(Messages::of)
                    .filter(language -> Codes.normalize(language.text("sheet." + k)).equals(normal)).findFirst())
                    .ifPresent(language -> fileLanguage = language);
            if (key.isEmpty()) {
                problems.add(WorkbookProblem.warning(sheet.name(), 0, null, null, "tab.unknown"));
            } else if (specs.stream().anyMatch(spec -> spec.key().equals(key.get()))) {
                RawSheet first = sheetsByKey.putIfAbsent(key.get(), sheet);
                if (first != null) {
                    problems.add(WorkbookProblem.error(sheet.name(), 0, null, null, "tab.duplicate", first.name()));
                }
            }
        }
    }

    /** Whether a text is the message of {@code key} in one of the languages (any case and spacing). */
    static boolean matchesName(String key, String normalText) {
        return Messages.LANGUAGES.stream().anyMatch(language -> Codes.normalize(Messages.of(language).text(key)).equals(normalText));
    }

    /** Names of every sheet the format knows, in every language: the reader skips all others unparsed. */
    static boolean isKnownSheet(String name, List<String> keys) {
        String normal = Codes.normalize(name);
        return keys.stream().anyMatch(key -> matchesName("sheet." + key, normal));
    }

    List<WorkbookProblem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(WorkbookProblem::isError);
    }

    void error(String sheet, int row, Place place, String key, Object... args) {
        problems.add(WorkbookProblem.error(sheet, row, place == null ? null : place.column(), place == null ? null : place.header(), key, args));
        badCells.add(sheet + "!" + row + "!" + (place == null ? "" : place.column()));
    }

    void warning(String sheet, int row, Place place, String key, Object... args) {
        problems.add(WorkbookProblem.warning(sheet, row, place == null ? null : place.column(), place == null ? null : place.header(), key, args));
    }

    /** The data rows of a sheet (row 1 holds the headers), each read into a JSON object by the spec's columns. */
    List<Row> table(SheetSpec spec) {
        RawSheet sheet = sheetsByKey.get(spec.key());
        if (sheet == null) {
            if (spec.required()) {
                problems.add(WorkbookProblem.error(spec.name(fileLanguage), 0, null, null, "tab.missing"));
            }
            return List.of();
        }
        reportMerged(sheet);
        if (sheet.rows().isEmpty()) {
            if (spec.required()) {
                error(sheet.name(), 0, null, "header.missing", spec.inputColumns().get(0).headerText());
            }
            return List.of();
        }
        RawRow headerRow = sheet.rows().get(0);
        Map<Integer, Column> byIndex = new LinkedHashMap<>();
        Map<Column, Place> places = new LinkedHashMap<>();
        for (RawCell cell : headerRow.cells().values()) {
            String header = Cells.text(cell);
            Place place = new Place(XlsxReader.letter(cell.column()), header);
            Optional<Column> column = spec.columns().stream().filter(c -> matchesHeader(c, header)).findFirst();
            if (column.isEmpty()) {
                warning(sheet.name(), headerRow.number(), place, "header.unknown");
            } else if (places.containsKey(column.get())) {
                error(sheet.name(), headerRow.number(), place, "header.duplicate", places.get(column.get()).column());
            } else if (!column.get().outputOnly()) {
                byIndex.put(cell.column(), column.get());
                places.put(column.get(), place);
            }
        }
        for (Column column : spec.inputColumns()) {
            if (column.required() && !places.containsKey(column)) {
                error(sheet.name(), headerRow.number(), null, "header.missing", column.headerText());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RawRow raw : sheet.rows().subList(1, sheet.rows().size())) {
            if (java.util.Collections.disjoint(raw.cells().keySet(), byIndex.keySet())) {
                continue;
            }
            ObjectNode values = JSON.objectNode();
            for (Map.Entry<Integer, Column> entry : byIndex.entrySet()) {
                RawCell cell = raw.cells().get(entry.getKey());
                Column column = entry.getValue();
                if (Cells.isEmpty(cell)) {
                    if (column.required()) {
                        error(sheet.name(), raw.number(), places.get(column), "cell.required");
                    }
                    continue;
                }
                try {
                    put(values, column.path(), Cells.fromCell(column, cell));
                } catch (CellError e) {
                    error(sheet.name(), raw.number(), places.get(column), e.reason.key(), e.reason.args().toArray());
                }
            }
            Row row = new Row(sheet.name(), raw.number(), values, places);
            checkTogether(spec, row);
            rows.add(row);
        }
        return rows;
    }

    private boolean matchesHeader(Column column, String header) {
        String normal = Codes.normalize(header);
        return Codes.normalize(column.path()).equals(normal)
                || Messages.LANGUAGES.stream().anyMatch(language -> Codes.normalize(column.header(Messages.of(language))).equals(normal));
    }

    private void checkTogether(SheetSpec spec, Row row) {
        for (Column column : spec.inputColumns()) {
            if (!column.together() || row.place(column) == null || !row.values.at(pointer(column.path())).isMissingNode()) {
                continue;
            }
            String parent = column.path().substring(0, column.path().lastIndexOf('.'));
            spec.inputColumns().stream()
                    .filter(other -> other != column && other.together() && other.path().startsWith(parent + ".")
                            && !row.values.at(pointer(other.path())).isMissingNode())
                    .findFirst()
                    .ifPresent(other -> error(row.sheet(), row.number(), row.place(column), "cell.requiredWith", other.headerText()));
        }
    }

    private void reportMerged(RawSheet sheet) {
        for (String range : sheet.mergedRanges()) {
            error(sheet.name(), 0, null, "tab.merged", range);
        }
    }

    /**
     * A key-value sheet (label in column A, value in column B) into one JSON object; each field's origin is
     * registered under its full path.
     */
    ObjectNode fields(SheetSpec spec, ObjectNode into) {
        RawSheet sheet = sheetsByKey.get(spec.key());
        if (sheet == null) {
            if (spec.required()) {
                problems.add(WorkbookProblem.error(spec.name(fileLanguage), 0, null, null, "tab.missing"));
            }
            return into;
        }
        reportMerged(sheet);
        Set<Column> seen = new HashSet<>();
        for (RawRow raw : sheet.rows()) {
            RawCell label = raw.cells().get(0);
            RawCell value = raw.cells().get(1);
            if (label == null) {
                continue;
            }
            String text = Cells.text(label);
            if (matchesName("column.field", Codes.normalize(text))) {
                continue;
            }
            Place place = new Place("B", text);
            Optional<Column> column = spec.columns().stream().filter(c -> matchesHeader(c, text)).findFirst();
            if (column.isEmpty()) {
                warning(sheet.name(), raw.number(), new Place("A", text), "field.unknown", text);
                continue;
            }
            if (column.get().outputOnly() || !seen.add(column.get())) {
                continue;
            }
            origins.put(column.get().path(), new Origin(sheet.name(), raw.number(), Map.of("", place)));
            if (Cells.isEmpty(value)) {
                if (column.get().required()) {
                    error(sheet.name(), raw.number(), place, "cell.required");
                }
                continue;
            }
            try {
                put(into, column.get().path(), Cells.fromCell(column.get(), value));
            } catch (CellError e) {
                error(sheet.name(), raw.number(), place, e.reason.key(), e.reason.args().toArray());
            }
        }
        for (Column column : spec.inputColumns()) {
            if (column.required() && !seen.contains(column)) {
                error(sheet.name(), 0, null, "field.missing", column.headerText());
            }
        }
        return into;
    }

    /** Reads a sheet of objects with ids (the first column) into a JSON array, registering ids, origins and references. */
    void rows(SheetSpec spec, com.fasterxml.jackson.databind.node.ArrayNode into, String arrayName, String kind) {
        Column id = spec.columns().get(0);
        for (Row row : table(spec)) {
            if (id(kind, row.text(id), row, id)) {
                origin(arrayName + "[" + into.size() + "]", row, spec);
                into.add(row.values());
                spec.inputColumns().stream().filter(column -> column.refKind() != null).forEach(column -> references(row, column));
            }
        }
    }

    /** Registers where the JSON object at {@code path} came from; {@code fields} maps its field paths to columns. */
    void origin(String path, Row row, Map<String, Column> fields) {
        Map<String, Place> places = new LinkedHashMap<>();
        fields.forEach((field, column) -> {
            Place place = row.place(column);
            if (place != null) {
                places.put(field, place);
            }
        });
        origins.put(path, new Origin(row.sheet(), row.number(), places));
    }

    /** Registers a row's object with every input column under its own path (one field map per sheet, shared by its rows). */
    void origin(String path, Row row, SheetSpec spec) {
        Map<String, Place> fields = fieldsBySheet.computeIfAbsent(row.places(), places -> {
            Map<String, Place> byPath = new LinkedHashMap<>();
            spec.inputColumns().stream().filter(places::containsKey).forEach(column -> byPath.put(column.path(), places.get(column)));
            return byPath;
        });
        origins.put(path, new Origin(row.sheet(), row.number(), fields));
    }

    /**
     * Records an id of a kind (unit, bed, client, …); a second use is an error at its cell.
     * Returns whether the id is new.
     */
    boolean id(String kind, String id, Row row, Column column) {
        if (id == null) {
            return false;
        }
        Map<String, String> ids = idsByKind.computeIfAbsent(kind, k -> new HashMap<>());
        String first = ids.putIfAbsent(id, row.sheet() + "!" + row.number());
        if (first != null) {
            error(row.sheet(), row.number(), row.place(column), "cell.duplicateId", id, first.substring(first.indexOf('!') + 1));
            return false;
        }
        return true;
    }

    boolean knows(String kind, String id) {
        return idsByKind.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** Queues the ids a REF, REFS or COSTS cell names, checked by {@link #checkReferences(Map)} once all sheets are read. */
    void references(Row row, Column column) {
        JsonNode value = row.values().at(pointer(column.path()));
        if (value.isMissingNode()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(id -> ids.add(id.asText()));
        } else if (value.isObject()) {
            value.fieldNames().forEachRemaining(ids::add);
        } else {
            ids.add(value.asText());
        }
        ids.forEach(id -> refChecks.add(new RefCheck(column.refKind(), id, row, column)));
    }

    /**
     * Reports each reference to an unknown id and takes it out of its object, so that the plan can still be
     * built and validated for the other problems; {@code sheetOfKind} names the sheet key that lists each kind.
     */
    void checkReferences(Map<String, String> sheetOfKind) {
        for (RefCheck check : refChecks) {
            String[] kinds = check.kind().split("\\|");
            if (java.util.Arrays.stream(kinds).anyMatch(kind -> knows(kind, check.id()))) {
                continue;
            }
            Row row = check.row();
            error(row.sheet(), row.number(), row.place(check.column()), "cell.unknownRef", check.id(),
                    WorkbookProblem.Text.of("sheet." + sheetOfKind.get(kinds[0])));
            String path = check.column().path();
            JsonNode value = row.values().at(pointer(path));
            if (value.isArray()) {
                for (int i = value.size() - 1; i >= 0; i--) {
                    if (value.get(i).asText().equals(check.id())) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) value).remove(i);
                    }
                }
            } else if (value.isObject()) {
                ((ObjectNode) value).remove(check.id());
            } else {
                JsonNode parent = row.values().at(pointer(path).substring(0, pointer(path).lastIndexOf('/')));
                if (parent instanceof ObjectNode parentObject) {
                    parentObject.remove(path.substring(path.lastIndexOf('.') + 1));
                }
            }
        }
    }

    /** A warning at the row and column a JSON path came from. */
    void warningAt(String path, String key, Object... args) {
        Located located = locate(path);
        if (located == null) {
            problems.add(WorkbookProblem.warning(null, 0, null, null, key, args));
        } else {
            warning(located.sheet, located.row, located.place, key, args);
        }
    }

    /** The problems in file order: by sheet as the workbook orders them, then row, then column. */
    List<WorkbookProblem> sortedProblems(List<RawSheet> sheets) {
        List<String> order = sheets.stream().map(RawSheet::name).toList();
        return problems.stream().sorted(java.util.Comparator
                .comparingInt((WorkbookProblem p) -> p.sheet() == null ? -1 : order.indexOf(p.sheet()))
                .thenComparingInt(WorkbookProblem::row)
                .thenComparing(p -> p.column() == null ? "" : p.column(), java.util.Comparator.comparingInt(String::length)
                        .thenComparing(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Maps the validator's violations to the rows and columns they came from; those at a cell already in error are dropped. */
    void violations(List<Violation> violations) {
        for (Violation violation : violations) {
            WorkbookProblem.Text reason = ViolationReasons.translate(violation.reason());
            Located located = locate(violation.field());
            if (located == null) {
                problems.add(new WorkbookProblem(WorkbookProblem.Severity.ERROR, null, 0, null, null, "violation.field",
                        List.of(violation.field(), reason)));
                continue;
            }
            String cellKey = located.sheet + "!" + located.row + "!" + (located.place == null ? "" : located.place.column());
            if (badCells.contains(cellKey)) {
                continue;
            }
            error(located.sheet, located.row, located.place, "violation", reason);
        }
    }

    private record Located(String sheet, int row, Place place) {
    }

    /** The row and column of a JSON path, from the longest registered object path it starts with. */
    private Located locate(String path) {
        String best = null;
        for (int end = path.length(); end > 0 && best == null; end--) {
            boolean boundary = end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[';
            if (boundary && origins.containsKey(path.substring(0, end))) {
                best = path.substring(0, end);
            }
        }
        if (best != null) {
            Origin origin = origins.get(best);
            String rest = path.substring(best.length()).replaceFirst("^\\.", "");
            Place place = origin.fields().get(rest);
            if (place == null && rest.contains(".")) {
                place = origin.fields().get(rest.substring(0, rest.indexOf('.')));
            }
            if (place == null) {
                String prefix = rest + ".";
                place = origin.fields().entrySet().stream().filter(e -> !rest.isEmpty() && e.getKey().startsWith(prefix))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            return new Located(origin.sheet(), origin.row(), place);
        }
        for (Map.Entry<String, Origin> entry : origins.entrySet()) {
            if (entry.getKey().startsWith(path + ".") || entry.getKey().startsWith(path + "[")) {
                Origin origin = entry.getValue();
                return new Located(origin.sheet(), origin.row(), origin.fields().get(""));
            }
        }
        return null;
    }

    static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }

    /** Sets a value at a dot path, creating the objects on the way. */
    static void put(ObjectNode object, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = object;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode childObject ? childObject : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
    }
}
