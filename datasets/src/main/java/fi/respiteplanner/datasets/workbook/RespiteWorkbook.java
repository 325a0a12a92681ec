package fi.respiteplanner.datasets.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;


import fi.respiteplanner.common.CataloguedConstraint;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.workbook.Column.Type;
import fi.respiteplanner.datasets.workbook.ImportContext.Row;
import fi.respiteplanner.datasets.workbook.WorkbookProblem.Text;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawSheet;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * The respite plan as a workbook: one sheet per kind of fact (plan, units, rooms and beds, clients, stay
 * requests, closures, staffing changes, weights), and for a solved plan also stays by bed, stays by client,
 * unmet requests with reasons, and KPIs. Import builds the plan through the JSON format's mapper and
 * {@link PlanValidator}: the same objects and the same rules as a JSON upload.
 */
public final class RespiteWorkbook {

    static final SheetSpec PLAN = new SheetSpec("plan", List.of(
            Column.of("planName", "name", Type.TEXT),
            Column.of("horizonFrom", "horizon.from", Type.DATE).markRequired(),
            Column.of("horizonTo", "horizon.to", Type.DATE).markRequired(),
            Column.of("maxTravelKm", "parameters.maxTravelKm", Type.INTEGER),
            Column.of("priorityWeight", "parameters.priorityWeights.URGENT", Type.INTEGER).withHeaderArgs(Text.of("code.Priority.URGENT")),
            Column.of("priorityWeight", "parameters.priorityWeights.HIGH", Type.INTEGER).withHeaderArgs(Text.of("code.Priority.HIGH")),
            Column.of("priorityWeight", "parameters.priorityWeights.NORMAL", Type.INTEGER).withHeaderArgs(Text.of("code.Priority.NORMAL")),
            Column.of("urgentMayDisplacePublished", "parameters.urgentMayDisplacePublished", Type.BOOLEAN),
            Column.of("defaultFlexibilityDays", "parameters.defaultFlexibilityDays", Type.INTEGER),
            Column.of("score", "score", Type.TEXT)), true);

    static final SheetSpec UNITS = new SheetSpec("units", concat(List.of(
            Column.id(),
            Column.of("name", "name", Type.TEXT),
            Column.code("producer", "producer", Producer.class),
            Column.of("provider", "provider", Type.TEXT),
            Column.of("minAge", "minAge", Type.INTEGER),
            Column.of("maxAge", "maxAge", Type.INTEGER),
            Column.of("lat", "location.lat", Type.DECIMAL).markTogether(),
            Column.of("lon", "location.lon", Type.DECIMAL).markTogether(),
            Column.of("unitFeatures", "features", Type.FEATURES),
            Column.of("costPerNight", "costPerNight", Type.INTEGER)),
            Arrays.stream(DayOfWeek.values()).map(day -> Column.of("weekdayCost", "weekdayCosts." + day, Type.INTEGER)
                    .withHeaderArgs(Text.of("weekday." + day))).toList(),
            Arrays.stream(Skill.values()).map(skill -> Column.of("skillCapacity", "skillCapacity." + skill, Type.INTEGER)
                    .withHeaderArgs(Text.of("code.Skill." + skill))).toList(),
            List.of(Column.of("awakeNightStaff", "awakeNightStaff", Type.BOOLEAN))), true);

    static final Column BED_UNIT = Column.ref("unit", "unit", Type.REF, "unit").markRequired();
    static final Column ROOM = Column.of("room", "room", Type.TEXT).markRequired();
    static final Column GENDER_POLICY = Column.code("genderPolicy", "genderPolicy", GenderPolicy.class);
    static final Column ROOM_FEATURES = Column.of("roomFeatures", "features", Type.FEATURES);
    static final Column BED = Column.of("bed", "bed", Type.TEXT).markRequired();
    static final SheetSpec BEDS = new SheetSpec("beds", List.of(BED_UNIT, ROOM, GENDER_POLICY, ROOM_FEATURES, BED), true);

    static final SheetSpec CLIENTS = new SheetSpec("clients", List.of(
            Column.id(),
            Column.of("name", "name", Type.TEXT),
            Column.of("birthDate", "birthDate", Type.DATE),
            Column.code("gender", "gender", Gender.class),
            Column.of("segment", "segment", Type.TEXT),
            Column.of("language", "language", Type.TEXT),
            Column.of("lat", "home.lat", Type.DECIMAL).markTogether(),
            Column.of("lon", "home.lon", Type.DECIMAL).markTogether(),
            Column.codes("needs", "needs", Skill.class),
            Column.of("requiredFeatures", "requiredFeatures", Type.FEATURES),
            Column.of("preferredFeatures", "preferredFeatures", Type.FEATURES),
            Column.ref("preferredUnits", "preferredUnits", Type.REFS, "unit"),
            Column.ref("refusedUnits", "refusedUnits", Type.REFS, "unit"),
            Column.ref("usualUnit", "usualUnit", Type.REF, "unit"),
            Column.ref("incompatibleWith", "incompatibleWith", Type.REFS, "client"),
            Column.of("familyId", "familyId", Type.TEXT),
            Column.of("monthlyEntitlement", "monthlyEntitlement", Type.INTEGER),
            Column.of("guardian", "contact.guardian", Type.TEXT),
            Column.of("phone", "contact.phone", Type.TEXT),
            Column.of("email", "contact.email", Type.TEXT),
            Column.of("contactLanguage", "contact.language", Type.TEXT)), true);

    static final SheetSpec STAYS = new SheetSpec("stays", List.of(
            Column.id(),
            Column.ref("client", "client", Type.REF, "client").markRequired(),
            Column.of("requestedArrival", "requestedArrival", Type.DATE),
            Column.of("nights", "nights", Type.INTEGER),
            Column.of("earliestArrival", "earliestArrival", Type.DATE),
            Column.of("latestArrival", "latestArrival", Type.DATE),
            Column.code("priority", "priority", Priority.class),
            Column.code("status", "status", StayStatus.class),
            Column.ref("publishedBed", "published.bed", Type.REF, "bed"),
            Column.of("publishedArrival", "published.arrival", Type.DATE),
            Column.ref("placementCosts", "placementCosts", Type.COSTS, "unit|room"),
            Column.ref("plannedBed", "bed", Type.REF, "bed"),
            Column.of("plannedArrival", "arrival", Type.DATE)), true);

    static final Column CLOSURE_UNIT = Column.ref("unit", "unit", Type.REF, "unit").markRequired();
    static final Column CLOSURE_BED = Column.ref("closedBed", "bed", Type.REF, "bed");
    static final SheetSpec CLOSURES = new SheetSpec("closures", List.of(CLOSURE_UNIT, CLOSURE_BED,
            Column.of("from", "from", Type.DATE), Column.of("to", "to", Type.DATE)), false);

    static final Column STAFFING_UNIT = Column.ref("unit", "unit", Type.REF, "unit").markRequired();
    static final SheetSpec STAFFING = new SheetSpec("staffing", List.of(STAFFING_UNIT,
            Column.of("from", "nights.from", Type.DATE), Column.of("to", "nights.to", Type.DATE),
            Column.code("skill", "skill", Skill.class), Column.of("capacity", "capacity", Type.INTEGER),
            Column.of("awakeNightStaff", "awakeNightStaff", Type.BOOLEAN)), false);

    static final Column CONSTRAINT = Column.of("constraint", "constraint", Type.TEXT).markRequired();
    static final Column WEIGHT = Column.of("weight", "weight", Type.INTEGER);
    static final SheetSpec WEIGHTS = new SheetSpec("weights", List.of(CONSTRAINT, WEIGHT,
            Column.of("level", "level", Type.TEXT).markOutputOnly(), Column.of("defaultWeight", "defaultWeight", Type.INTEGER).markOutputOnly()), false);

    static final Column LEDGER_CLIENT = Column.ref("client", "client", Type.REF, "client").markRequired();
    /** Earlier months per client (month as yyyy-mm): a family short last quarter comes first this quarter. */
    static final SheetSpec LEDGER = new SheetSpec("ledger", List.of(LEDGER_CLIENT, Column.of("month", "month", Type.TEXT).markRequired(),
            Column.of("requestedNights", "requested", Type.INTEGER), Column.of("servedNights", "served", Type.INTEGER),
            Column.of("entitledNights", "entitled", Type.INTEGER)), false);

    static final List<SheetSpec> INPUT_SHEETS = List.of(PLAN, UNITS, BEDS, CLIENTS, STAYS, CLOSURES, STAFFING, WEIGHTS, LEDGER);
    /** Sheets written for reading only: skipped on import. */
    static final List<String> OUTPUT_SHEETS = List.of("instructions", "codes", "byBed", "byClient", "unmet", "kpis");
    private static final Map<String, String> SHEET_OF_KIND = Map.of("unit", "units", "room", "beds", "bed", "beds", "client", "clients");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RespiteWorkbook() {
    }

    private static List<Column> concat(List<Column> first, List<Column> second, List<Column> third, List<Column> fourth) {
        return Stream.of(first, second, third, fourth).flatMap(List::stream).toList();
    }

    /** An empty workbook to fill in: the sheets, headers, drop-downs and instructions, in the given language. */
    public static void template(Locale language, OutputStream out) {
        write(new RespitePlan(), language, out);
    }

    /** Writes a plan (problem or solved) in the given language; a solved plan also gets the result sheets. */
    public static void write(RespitePlan plan, Locale language, OutputStream out) {
        Messages messages = Messages.of(language);
        JsonNode root = PlanJson.mapper().valueToTree(plan);
        try (XlsxWriter writer = new XlsxWriter(messages.text("sheet.codes"))) {
            Tables.instructions(writer, messages, "instructions.respite", INPUT_SHEETS);
            Tables.fields(writer, messages, PLAN, root);
            List<JsonNode> units = list(root.get("units"));
            Map<String, Tables.IdSource> ids = new HashMap<>();
            ids.put("unit", Tables.table(writer, messages, UNITS, units, ids));
            List<JsonNode> bedRows = new ArrayList<>();
            List<JsonNode> closureRows = new ArrayList<>();
            List<JsonNode> staffingRows = new ArrayList<>();
            for (JsonNode unit : units) {
                String unitId = unit.path("id").asText();
                for (JsonNode room : list(unit.get("rooms"))) {
                    for (JsonNode bed : list(room.get("beds"))) {
                        ObjectNode row = JSON.objectNode().put("unit", unitId).put("room", room.path("id").asText())
                                .put("bed", bed.path("id").asText());
                        row.set("genderPolicy", room.get("genderPolicy"));
                        row.set("features", room.get("features"));
                        bedRows.add(row);
                        list(bed.get("closedNights")).forEach(range -> closureRows.add(((ObjectNode) range.deepCopy())
                                .put("unit", unitId).put("bed", bed.path("id").asText())));
                    }
                }
                list(unit.get("closedNights")).forEach(range -> closureRows.add(((ObjectNode) range.deepCopy()).put("unit", unitId)));
                list(unit.get("staffingChanges")).forEach(change -> staffingRows.add(((ObjectNode) change.deepCopy()).put("unit", unitId)));
            }
            Tables.IdSource beds = Tables.table(writer, messages, BEDS, bedRows, ids);
            ids.put("bed", new Tables.IdSource(beds.sheet(), BEDS.columns().indexOf(BED), beds.lastRow()));
            ids.put("client", Tables.table(writer, messages, CLIENTS, list(root.get("clients")), ids));
            Tables.table(writer, messages, STAYS, list(root.get("stays")), ids);
            Tables.table(writer, messages, CLOSURES, closureRows, ids);
            Tables.table(writer, messages, STAFFING, staffingRows, ids);
            Tables.table(writer, messages, WEIGHTS, weightRows(RespiteConstraint.values(), plan.getConstraintWeights(), messages), ids);
            Tables.table(writer, messages, LEDGER, list(root.get("ledger")), ids);
            if (plan.getStays().stream().anyMatch(Stay::isAssigned) || plan.getScore() != null) {
                RespiteResultSheets.write(writer, messages, plan);
            }
            writer.write(out);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null) {
            array.forEach(list::add);
        }
        return list;
    }

    /** Every constraint of the catalogue with the plan's weight (empty: the default), then any unknown names the plan has. */
    static List<JsonNode> weightRows(CataloguedConstraint[] catalogue, Map<String, Long> weights, Messages messages) {
        List<JsonNode> rows = new ArrayList<>();
        for (CataloguedConstraint constraint : catalogue) {
            ObjectNode row = JSON.objectNode().put("constraint", constraint.constraintName())
                    .put("level", messages.service().text("level." + constraint.level().key())).put("defaultWeight", constraint.defaultWeight());
            Long weight = weights.get(constraint.constraintName());
            if (weight != null) {
                row.put("weight", weight);
            }
            rows.add(row);
        }
        weights.forEach((name, weight) -> {
            if (Arrays.stream(catalogue).noneMatch(constraint -> constraint.constraintName().equals(name))) {
                rows.add(JSON.objectNode().put("constraint", name).put("weight", weight));
            }
        });
        return rows;
    }

    public static WorkbookImport<RespitePlan> read(InputStream in) {
        return read(in, WorkbookLimits.DEFAULT);
    }

    /**
     * Reads a filled workbook into a linked, valid plan. Throws {@link WorkbookRefusedException} for a file
     * that is not read at all, and {@link InvalidWorkbookException} with every problem (cell format,
     * references, the plan validator's rules, each at its sheet, row and column) when the plan is not valid.
     */
    public static WorkbookImport<RespitePlan> read(InputStream in, WorkbookLimits limits) {
        List<String> dataKeys = INPUT_SHEETS.stream().map(SheetSpec::key).toList();
        List<RawSheet> sheets = XlsxReader.read(in, limits, name -> ImportContext.isKnownSheet(name, dataKeys));
        ImportContext context = new ImportContext(sheets, INPUT_SHEETS, OUTPUT_SHEETS);
        ObjectNode root = JSON.objectNode();
        context.fields(PLAN, root);
        JsonNode score = root.remove("score");
        Map<String, ObjectNode> units = readUnits(context, root.putArray("units"));
        readBeds(context, units);
        context.rows(CLIENTS, root.putArray("clients"), "clients", "client");
        context.rows(STAYS, root.putArray("stays"), "stays", "stay");
        readClosures(context, units);
        readStaffing(context, units);
        readWeights(context, root.putObject("constraintWeights"));
        readLedger(context, root.putArray("ledger"));
        if (score != null) {
            root.set("score", score);
        }
        context.checkReferences(SHEET_OF_KIND);
        RespitePlan plan = null;
        try {
            plan = PlanJson.mapper().treeToValue(root, RespitePlan.class);
        } catch (JsonProcessingException e) {
            if (!context.hasErrors()) {
                context.violations(List.of(PlanJson.violationOf(e)));
            }
        }
        if (plan != null) {
            context.violations(PlanValidator.validate(plan));
        }
        if (context.hasErrors()) {
            throw new InvalidWorkbookException(context.sortedProblems(sheets));
        }
        plan.link();
        warnings(context, plan);
        return new WorkbookImport<>(plan, context.sortedProblems(sheets));
    }

    private static Map<String, ObjectNode> readUnits(ImportContext context, ArrayNode into) {
        Map<String, ObjectNode> units = new LinkedHashMap<>();
        for (Row row : context.table(UNITS)) {
            String id = row.text(UNITS.columns().get(0));
            if (context.id("unit", id, row, UNITS.columns().get(0))) {
                context.origin("units[" + into.size() + "]", row, UNITS);
                units.put(id, row.values());
                row.values().put("$index", into.size());
                into.add(row.values());
            }
        }
        return units;
    }

    /** One row per bed; a room's policy and features are given on its first row and must not differ on the others. */
    private static void readBeds(ImportContext context, Map<String, ObjectNode> units) {
        Map<String, Row> firstRowOfRoom = new HashMap<>();
        Map<String, ObjectNode> rooms = new HashMap<>();
        for (Row row : context.table(BEDS)) {
            ObjectNode unit = units.get(row.text(BED_UNIT));
            String roomId = row.text(ROOM);
            String bedId = row.text(BED);
            if (unit == null) {
                if (row.text(BED_UNIT) != null) {
                    context.error(row.sheet(), row.number(), row.place(BED_UNIT), "cell.unknownRef", row.text(BED_UNIT), Text.of("sheet.units"));
                }
                continue;
            }
            if (roomId == null || bedId == null) {
                continue;
            }
            String unitPath = "units[" + unit.get("$index").asInt() + "]";
            ObjectNode room = rooms.get(roomId);
            if (room == null) {
                context.id("room", roomId, row, ROOM);
                ArrayNode unitRooms = unit.withArray("rooms");
                room = unitRooms.addObject().put("id", roomId);
                for (String field : List.of("genderPolicy", "features")) {
                    if (row.values().has(field)) {
                        room.set(field, row.values().get(field));
                    }
                }
                room.put("$unit", unit.get("id").asText());
                rooms.put(roomId, room);
                firstRowOfRoom.put(roomId, row);
                context.origin(unitPath + ".rooms[" + (unitRooms.size() - 1) + "]", row,
                        Map.of("id", ROOM, "genderPolicy", GENDER_POLICY, "features", ROOM_FEATURES));
            } else if (!room.get("$unit").asText().equals(unit.get("id").asText())) {
                context.error(row.sheet(), row.number(), row.place(ROOM), "cell.roomInOtherUnit", roomId, room.get("$unit").asText(),
                        firstRowOfRoom.get(roomId).number());
                continue;
            } else {
                for (Column column : List.of(GENDER_POLICY, ROOM_FEATURES)) {
                    JsonNode first = firstRowOfRoom.get(roomId).values().get(column.path());
                    JsonNode here = row.values().get(column.path());
                    if (here != null && !here.equals(first)) {
                        context.error(row.sheet(), row.number(), row.place(column), "cell.roomDiffers", roomId, firstRowOfRoom.get(roomId).number());
                    }
                }
            }
            if (context.id("bed", bedId, row, BED)) {
                ArrayNode beds = room.withArray("beds");
                int roomIndex = indexOf(unit.withArray("rooms"), room);
                context.origin(unitPath + ".rooms[" + roomIndex + "].beds[" + beds.size() + "]", row, Map.of("id", BED));
                ObjectNode bed = beds.addObject().put("id", bedId);
                bed.put("$unit", unit.get("id").asText());
                bed.put("$path", unitPath + ".rooms[" + roomIndex + "].beds[" + (beds.size() - 1) + "]");
            }
        }
        units.values().forEach(unit -> unit.withArray("rooms").forEach(room -> ((ObjectNode) room).remove("$unit")));
    }

    private static int indexOf(ArrayNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    /** A closure of the whole unit, or of one bed of it when a bed is named. */
    private static void readLedger(ImportContext context, ArrayNode into) {
        for (Row row : context.table(LEDGER)) {
            context.origin("ledger[" + into.size() + "]", row, LEDGER);
            into.add(row.values());
            context.references(row, LEDGER_CLIENT);
        }
    }

    private static void readClosures(ImportContext context, Map<String, ObjectNode> units) {
        Map<String, ObjectNode> beds = bedsById(units);
        for (Row row : context.table(CLOSURES)) {
            ObjectNode unit = units.get(row.text(CLOSURE_UNIT));
            if (unit == null) {
                unknownUnit(context, row, CLOSURE_UNIT);
                continue;
            }
            ObjectNode range = JSON.objectNode();
            for (String field : List.of("from", "to")) {
                if (row.values().has(field)) {
                    range.set(field, row.values().get(field));
                }
            }
            String bedId = row.text(CLOSURE_BED);
            ObjectNode owner = unit;
            String path = "units[" + unit.get("$index").asInt() + "]";
            if (bedId != null) {
                owner = beds.get(bedId);
                if (owner == null || !owner.get("$unit").asText().equals(unit.get("id").asText())) {
                    context.error(row.sheet(), row.number(), row.place(CLOSURE_BED), "cell.bedNotInUnit", bedId, unit.get("id").asText());
                    continue;
                }
                path = owner.get("$path").asText();
            }
            ArrayNode closed = owner.withArray("closedNights");
            context.origin(path + ".closedNights[" + closed.size() + "]", row, Map.of("from", CLOSURES.columns().get(2), "to", CLOSURES.columns().get(3)));
            closed.add(range);
        }
        beds.values().forEach(bed -> bed.remove(java.util.Set.of("$unit", "$path")));
        units.values().forEach(unit -> unit.remove("$index"));
    }

    private static Map<String, ObjectNode> bedsById(Map<String, ObjectNode> units) {
        Map<String, ObjectNode> beds = new HashMap<>();
        units.values().forEach(unit -> unit.withArray("rooms").forEach(room -> room.withArray("beds")
                .forEach(bed -> beds.put(bed.get("id").asText(), (ObjectNode) bed))));
        return beds;
    }

    private static void unknownUnit(ImportContext context, Row row, Column column) {
        if (row.text(column) != null) {
            context.error(row.sheet(), row.number(), row.place(column), "cell.unknownRef", row.text(column), Text.of("sheet.units"));
        }
    }

    private static void readStaffing(ImportContext context, Map<String, ObjectNode> units) {
        List<String> unitIds = new ArrayList<>(units.keySet());
        for (Row row : context.table(STAFFING)) {
            ObjectNode unit = units.get(row.text(STAFFING_UNIT));
            if (unit == null) {
                unknownUnit(context, row, STAFFING_UNIT);
                continue;
            }
            ObjectNode change = row.values().deepCopy();
            change.remove("unit");
            ArrayNode changes = unit.withArray("staffingChanges");
            context.origin("units[" + unitIds.indexOf(row.text(STAFFING_UNIT)) + "].staffingChanges[" + changes.size() + "]", row, STAFFING);
            changes.add(change);
        }
    }

    static void readWeights(ImportContext context, ObjectNode into) {
        for (Row row : context.table(WEIGHTS)) {
            String name = row.text(CONSTRAINT);
            JsonNode weight = row.values().get("weight");
            if (name == null || weight == null) {
                continue;
            }
            context.origin("constraintWeights." + name, row, Map.of("", WEIGHT));
            into.set(name, weight);
        }
    }

    /** Surprises that are not errors: a need no unit staffs, a request no bed suits at all. */
    private static void warnings(ImportContext context, RespitePlan plan) {
        java.util.Set<Skill> offered = java.util.EnumSet.noneOf(Skill.class);
        for (Skill skill : Skill.values()) {
            if (plan.getUnits().stream().anyMatch(unit -> unit.offers(skill))) {
                offered.add(skill);
            }
        }
        for (int c = 0; c < plan.getClients().size(); c++) {
            for (Skill need : plan.getClients().get(c).getNeeds()) {
                if (!offered.contains(need)) {
                    context.warningAt("clients[" + c + "].needs", "warning.needNotStaffed", Text.of("code.Skill." + need));
                }
            }
        }
        for (int s = 0; s < plan.getStays().size(); s++) {
            Stay stay = plan.getStays().get(s);
            if (stay.getCandidateBeds().isEmpty() && offered.containsAll(stay.getClient().getNeeds())) {
                context.warningAt("stays[" + s + "].client", "warning.noSuitableBed", stay.getClient().getId());
            }
        }
    }
}
