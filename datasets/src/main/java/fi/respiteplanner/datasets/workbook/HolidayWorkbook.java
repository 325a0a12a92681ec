package fi.respiteplanner.datasets.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.Sheet;

import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.workbook.Column.Type;
import fi.respiteplanner.datasets.workbook.WorkbookProblem.Text;
import fi.respiteplanner.datasets.workbook.XlsxReader.RawSheet;
import fi.respiteplanner.datasets.workbook.XlsxWriter.Euros;
import fi.respiteplanner.datasets.workbook.XlsxWriter.Percent;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayValidator;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.holiday.score.HolidayConstraint;
import fi.respiteplanner.respite.Priority;

/**
 * The holiday-activity plan as a workbook: plan, holiday weeks, groups, children, placement requests (with
 * the decided group), weights; a solved plan adds unmet requests and KPIs. Same conventions and the same
 * single validation path as {@link RespiteWorkbook}.
 */
public final class HolidayWorkbook {

    static final SheetSpec PLAN = new SheetSpec("plan", List.of(
            Column.of("planName", "name", Type.TEXT), Column.of("score", "score", Type.TEXT)), false);

    static final SheetSpec WEEKS = new SheetSpec("weeks", List.of(
            Column.id(),
            Column.of("name", "name", Type.TEXT),
            Column.of("sequence", "sequence", Type.INTEGER),
            Column.of("days", "days", Type.DATES)), true);

    static final SheetSpec GROUPS = new SheetSpec("groups", Stream.of(List.of(
            Column.id(),
            Column.of("team", "team", Type.TEXT),
            Column.of("provider", "provider", Type.TEXT),
            Column.code("producer", "producer", Producer.class),
            Column.ref("week", "week", Type.REF, "week"),
            Column.of("lat", "location.lat", Type.DECIMAL).markTogether(),
            Column.of("lon", "location.lon", Type.DECIMAL).markTogether(),
            Column.of("groupCapacity", "capacity", Type.INTEGER),
            Column.of("minGrade", "minGrade", Type.INTEGER),
            Column.of("maxGrade", "maxGrade", Type.INTEGER),
            Column.of("language", "language", Type.TEXT),
            Column.of("accessible", "accessible", Type.BOOLEAN)),
            Arrays.stream(Skill.values()).map(skill -> Column.of("daySkillCapacity", "skillCapacity." + skill, Type.INTEGER)
                    .withHeaderArgs(Text.of("code.Skill." + skill))).toList(),
            List.of(Column.of("costPerChildDay", "costPerChildDay", Type.INTEGER))).flatMap(List::stream).toList(), true);

    static final SheetSpec CHILDREN = new SheetSpec("children", List.of(
            Column.id(),
            Column.of("name", "name", Type.TEXT),
            Column.of("grade", "grade", Type.INTEGER),
            Column.of("language", "language", Type.TEXT),
            Column.of("lat", "home.lat", Type.DECIMAL).markTogether(),
            Column.of("lon", "home.lon", Type.DECIMAL).markTogether(),
            Column.codes("needs", "needs", Skill.class),
            Column.of("wheelchair", "wheelchair", Type.BOOLEAN),
            Column.of("familyId", "familyId", Type.TEXT),
            Column.ref("friends", "friends", Type.REFS, "child"),
            Column.of("preferredProviders", "preferredProviders", Type.REFS)), true);

    static final SheetSpec PLACEMENTS = new SheetSpec("placements", List.of(
            Column.id(),
            Column.ref("child", "child", Type.REF, "child").markRequired(),
            Column.ref("week", "week", Type.REF, "week").markRequired(),
            Column.of("placementDays", "days", Type.DATES),
            Column.code("priority", "priority", Priority.class),
            Column.ref("group", "group", Type.REF, "group")), true);

    static final List<SheetSpec> INPUT_SHEETS = List.of(PLAN, WEEKS, GROUPS, CHILDREN, PLACEMENTS, RespiteWorkbook.WEIGHTS);
    private static final Map<String, String> SHEET_OF_KIND = Map.of("week", "weeks", "group", "groups", "child", "children");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HolidayWorkbook() {
    }

    public static void template(Locale language, OutputStream out) {
        write(new HolidayPlan(), language, out);
    }

    public static void write(HolidayPlan plan, Locale language, OutputStream out) {
        Messages messages = Messages.of(language);
        JsonNode root = PlanJson.mapper().valueToTree(plan);
        try (XlsxWriter writer = new XlsxWriter(messages.text("sheet.codes"))) {
            Tables.instructions(writer, messages, "instructions.holiday", INPUT_SHEETS);
            Tables.fields(writer, messages, PLAN, root);
            Map<String, Tables.IdSource> ids = new HashMap<>();
            ids.put("week", Tables.table(writer, messages, WEEKS, RespiteWorkbook.list(root.get("weeks")), ids));
            ids.put("group", Tables.table(writer, messages, GROUPS, RespiteWorkbook.list(root.get("groups")), ids));
            ids.put("child", Tables.table(writer, messages, CHILDREN, RespiteWorkbook.list(root.get("children")), ids));
            Tables.table(writer, messages, PLACEMENTS, RespiteWorkbook.list(root.get("placements")), ids);
            Tables.table(writer, messages, RespiteWorkbook.WEIGHTS,
                    RespiteWorkbook.weightRows(HolidayConstraint.values(), plan.getConstraintWeights(), messages), ids);
            if (plan.getPlacements().stream().anyMatch(placement -> placement.getGroup() != null) || plan.getScore() != null) {
                results(writer, messages, plan);
            }
            writer.write(out);
        }
    }

    private static void results(XlsxWriter writer, Messages messages, HolidayPlan plan) {
        Sheet unmet = writer.sheet(messages.text("sheet.unmet"), Stream.of("id", "child", "name", "week", "placementDays", "priority")
                .map(key -> messages.text("column." + key)).toList());
        int r = 1;
        for (Placement placement : plan.getPlacements()) {
            if (placement.getGroup() == null) {
                writer.row(unmet, r++, List.of(placement.getId(), placement.getChild().getId(),
                        placement.getChild().getName() == null ? "" : placement.getChild().getName(), placement.getWeek().getId(),
                        placement.getDays().size(), Codes.name(messages, placement.getPriority())));
            }
        }
        HolidayKpis kpis = HolidayKpis.of(plan);
        Sheet sheet = writer.sheet(messages.text("sheet.kpis"), List.of(messages.text("column.kpi"), messages.text("column.value")));
        writer.width(sheet, 0, 44);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(messages.text("kpi.score"), plan.getScore() == null ? "" : plan.getScore().toString()));
        rows.add(List.of(messages.text("kpi.requestedChildDays"), kpis.requestedChildDays()));
        rows.add(List.of(messages.text("kpi.servedChildDays"), kpis.servedChildDays()));
        rows.add(List.of(messages.text("kpi.childrenLeftWithNothing"), kpis.childrenLeftWithNothing()));
        rows.add(List.of(messages.text("kpi.continuityShare"), new Percent(kpis.continuityShare())));
        rows.add(List.of(messages.text("kpi.siblingsTogetherShare"), new Percent(kpis.siblingsTogetherShare())));
        rows.add(List.of(messages.text("kpi.totalCost"), new Euros(kpis.totalCost())));
        kpis.unmetDaysByNeed().forEach((need, days) -> rows.add(List.of(messages.text("kpi.unmetDaysByNeed", Text.of("code.Skill." + need).in(messages)), days)));
        for (int i = 0; i < rows.size(); i++) {
            writer.row(sheet, i + 1, rows.get(i));
        }
    }

    public static WorkbookImport<HolidayPlan> read(InputStream in) {
        return read(in, WorkbookLimits.DEFAULT);
    }

    /** Reads a filled holiday workbook; the same refusals and problem lists as {@link RespiteWorkbook#read(InputStream, WorkbookLimits)}. */
    public static WorkbookImport<HolidayPlan> read(InputStream in, WorkbookLimits limits) {
        List<String> dataKeys = INPUT_SHEETS.stream().map(SheetSpec::key).toList();
        List<RawSheet> sheets = XlsxReader.read(in, limits, name -> ImportContext.isKnownSheet(name, dataKeys));
        ImportContext context = new ImportContext(sheets, INPUT_SHEETS, RespiteWorkbook.OUTPUT_SHEETS);
        ObjectNode root = JSON.objectNode();
        context.fields(PLAN, root);
        JsonNode score = root.remove("score");
        RespiteWorkbook.readWeights(context, root.putObject("constraintWeights"));
        context.rows(WEEKS, root.putArray("weeks"), "weeks", "week");
        context.rows(GROUPS, root.putArray("groups"), "groups", "group");
        context.rows(CHILDREN, root.putArray("children"), "children", "child");
        context.rows(PLACEMENTS, root.putArray("placements"), "placements", "placement");
        if (score != null) {
            root.set("score", score);
        }
        context.checkReferences(SHEET_OF_KIND);
        HolidayPlan plan = null;
        try {
            plan = PlanJson.mapper().treeToValue(root, HolidayPlan.class);
        } catch (JsonProcessingException e) {
            if (!context.hasErrors()) {
                context.violations(List.of(PlanJson.violationOf(e)));
            }
        }
        if (plan != null) {
            context.violations(HolidayValidator.validate(plan));
        }
        if (context.hasErrors()) {
            throw new InvalidWorkbookException(context.sortedProblems(sheets));
        }
        plan.link();
        for (int p = 0; p < plan.getPlacements().size(); p++) {
            Placement placement = plan.getPlacements().get(p);
            if (placement.getWeekGroups().isEmpty()) {
                context.warningAt("placements[" + p + "].week", "warning.noGroupInWeek", placement.getWeek().getId());
            }
        }
        return new WorkbookImport<>(plan, context.sortedProblems(sheets));
    }
}
