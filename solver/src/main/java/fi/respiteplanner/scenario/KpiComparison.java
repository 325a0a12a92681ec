package fi.respiteplanner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import fi.respiteplanner.common.Producer;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The what-if answer: the KPIs of each variant with absolute values and deltas against the base
 * (the first column), as JSON (this record) and CSV. A variant that breaks a hard rule is flagged and has
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
            String name = producer.name().charAt(0) + producer.name().substring(1).toLowerCase(Locale.ROOT);
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
     * kpi, then per variant its value and (except the base) its delta (empty for a variant that breaks a hard
     * rule), the first row saying which keep every rule; a spreadsheet opens it as is.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("kpi");
        for (int c = 0; c < columns.size(); c++) {
            csv.append(',').append(quote(columns.get(c).variant()));
            if (c > 0) {
                csv.append(',').append(quote(columns.get(c).variant() + " Δ"));
            }
        }
        csv.append("\nfeasible");
        for (int c = 0; c < columns.size(); c++) {
            csv.append(',').append(columns.get(c).feasible() ? "yes" : "no");
            if (c > 0) {
                csv.append(',');
            }
        }
        csv.append('\n');
        for (String kpi : kpis) {
            csv.append(kpi);
            for (int c = 0; c < columns.size(); c++) {
                csv.append(',').append(number(columns.get(c).values().get(kpi)));
                if (c > 0) {
                    Double delta = columns.get(c).deltas().get(kpi);
                    csv.append(',').append(delta == null ? "" : number(delta));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
