package fi.respiteplanner.api.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fi.respiteplanner.common.Csv;

/**
 * Any KPI record as a two-column spreadsheet: the KPI's path in the JSON (e.g. bySegment.CHILD.servedNights) and its value;
 * when KPIs name clients (the worst-served families, even when that list is empty), the personal-data line comes first.
 */
final class KpiTable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private KpiTable() {
    }

    static String csv(Object kpis) {
        JsonNode tree = MAPPER.valueToTree(kpis);
        StringBuilder rows = new StringBuilder();
        flatten("", tree, rows);
        boolean namesClients = tree.findValue("worstServed") != null || tree.findValue("clientId") != null;
        return (namesClients ? Csv.PERSONAL_DATA_NOTICE : "") + Csv.row("kpi", "value") + rows;
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
