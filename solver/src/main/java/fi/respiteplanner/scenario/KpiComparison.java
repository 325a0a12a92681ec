package fi.respiteplanner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The what-if answer: the KPIs of each variant with absolute values and deltas against the base
 * (the first column), as JSON (this record) and CSV in the reader's language. A variant that breaks a hard rule is flagged and has
 * no deltas: what it seems to save is not a saving.
 */
public record KpiComparison(List<String> kpis, List<Column> columns) {

    /**
     * One variant's values and its differences from the base (the base's are zero).
     *
     * @param feasible whether it keeps every hard rule; when not, {@code deltas} is empty
     */
    public record Column(String variant, String score, boolean feasible, Map<String, Double> values, Map<String, Double> deltas) {
    }

    /** KPI name → how to read it: the table's rows, in order. */
    private static final Map<String, Function<RespiteKpis, Double>> ROWS = rows();

    private static Map<String, Function<RespiteKpis, Double>> rows() {
        Map<String, Function<RespiteKpis, Double>> rows = new LinkedHashMap<>();
        rows.put("requestedNights", kpis -> (double) kpis.nights().requestedNights());
        rows.put("servedNights", kpis -> (double) kpis.nights().servedNights());
        rows.put("unmetNights", kpis -> (double) kpis.nights().unmetNights());
        rows.put("servedShare", kpis -> kpis.nights().servedShare());
        rows.put("clientsLeftWithNothing", kpis -> (double) kpis.clientsLeftWithNothing());
        rows.put("ownProductionShare", kpis -> kpis.ownProductionShare());
        rows.put("totalCost", kpis -> (double) kpis.totalCost());
        rows.put("costPerServedNight", kpis -> kpis.costPerServedNight());
        rows.put("utilisation", kpis -> kpis.utilisation());
        rows.put("firstChoiceShare", kpis -> kpis.firstChoiceShare());
        rows.put("meanArrivalShiftDays", kpis -> kpis.meanArrivalShiftDays());
        rows.put("minClientServedShare", kpis -> kpis.minClientServedShare());
        rows.put("jainFairness", kpis -> kpis.jainFairness());
        rows.put("familiesBelowEntitlement", kpis -> (double) kpis.entitlement().familiesBelow());
        rows.put("entitlementNightsShort", kpis -> (double) kpis.entitlement().nightsShort());
        rows.put("entitlementServedShare", kpis -> kpis.entitlement().servedShare());
        rows.put("entitlementJain", kpis -> kpis.entitlement().jainIndex());
        for (Producer producer : Producer.values()) {
            String name = producerSuffix(producer);
            rows.put("costPerClient" + name, kpis -> costOf(kpis, producer).costPerClient());
            rows.put("costPerNight" + name, kpis -> costOf(kpis, producer).costPerNight());
        }
        return rows;
    }

    private static final RespiteKpis.ProducerCost NOTHING = new RespiteKpis.ProducerCost(0, 0, 0, 0, 0);

    private static RespiteKpis.ProducerCost costOf(RespiteKpis kpis, Producer producer) {
        return kpis.costByProducer().getOrDefault(producer, NOTHING);
    }

    /** @param solved variant name → solved plan, the base first */
    public static KpiComparison of(Map<String, RespitePlan> solved) {
        List<Column> columns = new ArrayList<>();
        Map<String, Double> base = null;
        for (Map.Entry<String, RespitePlan> variant : solved.entrySet()) {
            RespiteKpis kpis = RespiteKpis.of(variant.getValue());
            Map<String, Double> values = new LinkedHashMap<>();
            ROWS.forEach((name, read) -> values.put(name, read.apply(kpis)));
            if (base == null) {
                base = values;
            }
            boolean feasible = variant.getValue().getScore() != null && variant.getValue().getScore().isFeasible();
            Map<String, Double> deltas = new LinkedHashMap<>();
            for (String name : feasible ? ROWS.keySet() : List.<String> of()) {
                deltas.put(name, values.get(name) - base.get(name));
            }
            columns.add(new Column(variant.getKey(), String.valueOf(variant.getValue().getScore()), feasible, values, deltas));
        }
        return new KpiComparison(List.copyOf(ROWS.keySet()), columns);
    }

    /**
     * The indicator in words, then per variant its value and (except the base) its change (empty for a variant
     * that breaks a hard rule), the first row saying which keep every rule; in the reader's language, a
     * spreadsheet opens it as is.
     */
    public String toCsv(Messages words) {
        Csv csv = Csv.of(words);
        List<Object> header = new ArrayList<>(List.of(words.text("csv.column.kpi")));
        List<Object> feasible = new ArrayList<>(List.of(words.text("csv.column.feasible")));
        for (int c = 0; c < columns.size(); c++) {
            header.add(columns.get(c).variant());
            feasible.add(columns.get(c).feasible());
            if (c > 0) {
                header.add(columns.get(c).variant() + " – " + words.text("csv.delta"));
                feasible.add(null);
            }
        }
        csv.row(header.toArray()).row(feasible.toArray());
        for (String kpi : kpis) {
            List<Object> row = new ArrayList<>(List.of(name(kpi, words)));
            for (int c = 0; c < columns.size(); c++) {
                row.add(columns.get(c).values().get(kpi));
                if (c > 0) {
                    row.add(columns.get(c).deltas().get(kpi));
                }
            }
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    /** A row's indicator in words: "Kustannus / asiakas (€), oma tuotanto" for costPerClientOwn. */
    static String name(String kpi, Messages words) {
        for (Producer producer : Producer.values()) {
            for (String perProducer : List.of("costPerClient", "costPerNight")) {
                if (kpi.equals(perProducer + producerSuffix(producer))) {
                    return words.text("kpi." + perProducer) + ", " + words.text("producer." + producer);
                }
            }
        }
        return words.text("kpi." + kpi);
    }

    private static String producerSuffix(Producer producer) {
        return producer.name().charAt(0) + producer.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
