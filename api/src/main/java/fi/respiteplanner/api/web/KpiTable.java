package fi.respiteplanner.api.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fi.respiteplanner.common.Csv;

/** Any KPI record as a two-column spreadsheet: the KPI's path in the JSON (e.g. bySegment.CHILD.servedNights) and its value. */
final class KpiTable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private KpiTable() {
    }

    static String csv(Object kpis) {
        StringBuilder csv = new StringBuilder(Csv.row("kpi", "value"));
        flatten("", MAPPER.valueToTree(kpis), csv);
        return csv.toString();
    }

    private static void flatten(String path, JsonNode node, StringBuilder csv) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), csv);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), csv);
            }
        } else {
            csv.append(Csv.row(path, node.isNull() ? null : node.asText()));
        }
    }
}
