package fi.respiteplanner.datasets.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.DateUtil;

import fi.respiteplanner.datasets.workbook.WorkbookProblem.Text;
import fi.respiteplanner.datasets.workbook.XlsxReader.Kind;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawCell;

/** Turns JSON values into cell values (export) and cells into JSON values (import), one column type at a time. */
final class Cells {

    static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String LIST_SEPARATOR = ", ";
    /** Excel counts 1900 as a leap year: its day numbers meet the calendar's from 1.3.1900 (day 61) on. */
    private static final int FIRST_DAY_AFTER_1900_LEAP_BUG = 61;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\r\\n]+");
    /** Finnish and Swedish write 1 234,50: spaces (also no-break ones) group thousands, the comma is decimal. */
    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s\u00a0\u202f]");

    /** A cell's value could not be read: the message key and arguments of the reason. */
    static final class CellError extends Exception {
        final transient Text reason;

        CellError(String key, Object... args) {
            super(key, null, false, false);
            this.reason = Text.of(key, args);
        }
    }

    private Cells() {
    }

    /** The cell value for a JSON value: a String, Number, LocalDate, or null for an empty cell. */
    static Object toCell(Column column, JsonNode node, Messages messages) {
        if (node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty())) {
            return null;
        }
        return switch (column.type()) {
            case TEXT, ID, REF -> node.asText();
            case INTEGER -> node.asLong();
            case DECIMAL -> node.asDouble();
            case DATE -> LocalDate.parse(node.asText());
            case BOOLEAN -> Codes.name(messages, node.asBoolean() ? Codes.YesNo.YES : Codes.YesNo.NO);
            case CODE -> Codes.name(messages, constant(column, node.asText()));
            case DATES -> join(node, value -> FINNISH_DATE.format(LocalDate.parse(value.asText())));
            case CODES -> join(node, value -> Codes.name(messages, constant(column, value.asText())));
            case FEATURES -> join(node, value -> Codes.featureName(messages, value.asText()));
            case REFS -> join(node, JsonNode::asText);
            case COSTS -> node.properties().stream().map(entry -> entry.getKey() + "=" + entry.getValue().asLong())
                    .collect(Collectors.joining(LIST_SEPARATOR));
        };
    }

    private static String join(JsonNode array, java.util.function.Function<JsonNode, String> format) {
        List<String> parts = new ArrayList<>();
        array.forEach(value -> parts.add(format.apply(value)));
        return String.join(LIST_SEPARATOR, parts);
    }

    private static Enum<?> constant(Column column, String name) {
        for (Enum<?> constant : column.codes().getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a " + column.codes().getSimpleName());
    }

    /** The JSON value of a non-empty cell; REF/REFS/COSTS ids are checked later against the sheets they name. */
    static JsonNode fromCell(Column column, RawCell cell) throws CellError {
        if (cell.formula() != null) {
            throw new CellError("cell.formula", cell.formula());
        }
        if (cell.kind() == Kind.ERROR) {
            throw new CellError("cell.error", cell.text());
        }
        return switch (column.type()) {
            case TEXT, ID, REF -> JSON.textNode(text(cell));
            case INTEGER -> JSON.numberNode(integer(cell));
            case DECIMAL -> JSON.numberNode(number(cell).doubleValue());
            case DATE -> JSON.textNode(date(cell, text(cell)).toString());
            case BOOLEAN -> JSON.booleanNode(yesNo(cell));
            case CODE -> JSON.textNode(code(column, text(cell)).name());
            case DATES -> list(text(cell), part -> JSON.textNode(date(cell, part).toString()));
            case CODES -> list(text(cell), part -> JSON.textNode(code(column, part).name()));
            case FEATURES -> list(text(cell), part -> JSON.textNode(Codes.parseFeature(part)));
            case REFS -> list(text(cell), JSON::textNode);
            case COSTS -> costs(text(cell));
        };
    }

    /** No value and no formula (a text cell of spaces counts as empty). */
    static boolean isEmpty(RawCell cell) {
        return cell == null || (cell.formula() == null && cell.kind() == Kind.TEXT && cell.text().isBlank());
    }

    static String text(RawCell cell) {
        if (cell.kind() == Kind.NUMBER && cell.dateFormatted()) {
            return FINNISH_DATE.format(excelDate(cell.number()));
        }
        return cell.shown().strip();
    }

    private interface PartParser {
        JsonNode parse(String part) throws CellError;
    }

    private static ArrayNode list(String text, PartParser parser) throws CellError {
        ArrayNode array = JSON.arrayNode();
        for (String part : splitList(text)) {
            array.add(parser.parse(part));
        }
        return array;
    }

    /** Parts separated by commas, semicolons or line breaks. */
    static List<String> splitList(String text) {
        return Arrays.stream(LIST_SEPARATORS.split(text)).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static long integer(RawCell cell) throws CellError {
        BigDecimal value = number(cell);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new CellError("cell.notWholeNumber", cell.shown());
        }
    }

    private static BigDecimal number(RawCell cell) throws CellError {
        if (cell.kind() == Kind.NUMBER && !cell.dateFormatted()) {
            return BigDecimal.valueOf(cell.number());
        }
        if (cell.kind() != Kind.TEXT) {
            throw new CellError("cell.notNumber", text(cell));
        }
        String normal = GROUPING_SPACES.matcher(cell.text().strip()).replaceAll("").replace(',', '.').replace('\u2212', '-');
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            throw new CellError("cell.notNumber", cell.text().strip());
        }
    }

    private static LocalDate date(RawCell cell, String text) throws CellError {
        if (cell.kind() == Kind.NUMBER) {
            if (!cell.dateFormatted()) {
                throw new CellError("cell.notDate", cell.shown());
            }
            return excelDate(cell.number());
        }
        for (DateTimeFormatter format : List.of(FINNISH_DATE, ISO_DATE)) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new CellError("cell.notDate", text.strip());
    }

    /** The day of an Excel date number (1900 system): days since 30.12.1899 from March 1900 on, POI's rules before. */
    private static LocalDate excelDate(double number) {
        return number >= FIRST_DAY_AFTER_1900_LEAP_BUG ? EXCEL_EPOCH.plusDays((long) Math.floor(number))
                : DateUtil.getLocalDateTime(number).toLocalDate();
    }

    private static boolean yesNo(RawCell cell) throws CellError {
        if (cell.kind() == Kind.BOOLEAN) {
            return "TRUE".equals(cell.text());
        }
        String text = text(cell);
        if (text.equals("1") || text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equals("0") || text.equalsIgnoreCase("false")) {
            return false;
        }
        Enum<?> value = Codes.parse(Codes.YesNo.class, text);
        if (value == null) {
            throw new CellError("cell.unknownCode", text, new WorkbookProblem.CodeNames(Codes.YesNo.class));
        }
        return value == Codes.YesNo.YES;
    }

    private static Enum<?> code(Column column, String text) throws CellError {
        Enum<?> value = Codes.parse(column.codes(), text);
        if (value == null) {
            throw new CellError("cell.unknownCode", text, new WorkbookProblem.CodeNames(column.codes()));
        }
        return value;
    }

    /** "U7=30, U4-R2=10": extra euros per night by unit or room id. */
    private static ObjectNode costs(String text) throws CellError {
        ObjectNode costs = JSON.objectNode();
        for (String part : splitList(text)) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank()) {
                throw new CellError("cell.notCost", part);
            }
            try {
                costs.put(pair[0].strip(), Integer.parseInt(pair[1].strip()));
            } catch (NumberFormatException e) {
                throw new CellError("cell.notCost", part);
            }
        }
        return costs;
    }
}
