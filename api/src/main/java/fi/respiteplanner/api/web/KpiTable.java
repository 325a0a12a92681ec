package fi.respiteplanner.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.i18n.Messages;

/**
 * Any KPI record as a two-column spreadsheet in the reader's language: the KPI in words and its value. A KPI's
 * words are its fields' names ({@code kpi.<field>}) with the map keys between them in words where the bundles
 * have them (priorities, producers, needs), e.g. "Kiireellisyys kiireellinen: Pyydetyt yöt" for
 * {@code byPriority.URGENT.requestedNights}; a field without a name fails loudly rather than showing its path.
 * When KPIs name clients (the worst-served families, even when that list is empty), the personal-data line comes first.
 */
final class KpiTable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The KPI fields that are maps, and how many levels of keys they have (units, then weeks); every other field has a name. */
    private static final Map<String, Integer> MAPS = Map.of("bySegment", 1, "byPriority", 1, "byUnitKind", 1, "servedNightsByProducer", 1,
            "utilisationByUnit", 1, "utilisationByUnitAndWeek", 2, "costByProducer", 1, "unmetDaysByNeed", 1);
    /** Where a map key may have words of its own. */
    private static final List<String> KEY_WORDS = List.of("priority.", "producer.", "skill.", "unitKind.");

    private KpiTable() {
    }

    static String csv(Object kpis, Messages words) {
        JsonNode tree = MAPPER.valueToTree(kpis);
        Csv csv = Csv.of(words);
        if (tree.findValue("worstServed") != null || tree.findValue("clientId") != null) {
            csv.personalData("csv.holds.ids");
        }
        csv.header("kpi", "value");
        flatten(new ArrayList<>(), tree, 0, csv, words);
        return csv.toString();
    }

    /**
     * @param parts the words so far: a field's name, then (for a map or list) its keys or positions, each after its separator
     * @param mapLevels how many levels below {@code node} are a map's keys (units, weeks, segments) rather than named fields
     */
    private static void flatten(List<String> parts, JsonNode node, int mapLevels, Csv csv, Messages words) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<String> next = new ArrayList<>(parts);
                if (mapLevels > 0) {
                    next.add(" ");
                    next.add(keyInWords(field.getKey(), words));
                    flatten(next, field.getValue(), mapLevels - 1, csv, words);
                } else {
                    next.add(": ");
                    next.add(words.text("kpi." + field.getKey()));
                    flatten(next, field.getValue(), MAPS.getOrDefault(field.getKey(), 0), csv, words);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> next = new ArrayList<>(parts);
                next.add(" ");
                next.add(String.valueOf(i + 1));
                flatten(next, node.get(i), 0, csv, words);
            }
        } else {
            csv.row(join(parts), value(node));
        }
    }

    private static String keyInWords(String key, Messages words) {
        return KEY_WORDS.stream().filter(prefix -> words.has(prefix + key)).findFirst().map(prefix -> words.text(prefix + key)).orElse(key);
    }

    /** The parts with empty names (a level that adds no words) and their separators left out. */
    private static String join(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            String word = parts.get(i + 1);
            if (!word.isEmpty()) {
                text.append(text.isEmpty() ? "" : parts.get(i)).append(word);
            }
        }
        return text.toString();
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }
}
