package fi.respiteplanner.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespiteKpis.Nights;

/** The KPIs as a plain-text table for the terminal. */
final class KpiReport {

    private KpiReport() {
    }

    static void print(RespiteKpis kpis, PrintStream out) {
        out.println("KPIs");
        row(out, "all requests", kpis.nights());
        kpis.byPriority().forEach((priority, nights) -> row(out, "priority " + priority, nights));
        kpis.bySegment().forEach((segment, nights) -> row(out, "segment " + segment, nights));
        out.printf(Locale.ROOT, "  clients left with nothing   %d of %d%n", kpis.clientsLeftWithNothing(), kpis.clientsRequesting());
        out.printf(Locale.ROOT, "  own production share        %.1f %% of served nights %s%n", 100 * kpis.ownProductionShare(),
                kpis.servedNightsByProducer());
        out.printf(Locale.ROOT, "  cost                        %,d € (%.0f € per served night)%n", kpis.totalCost(), kpis.costPerServedNight());
        out.printf(Locale.ROOT, "  first-choice unit           %.1f %% of served stays with a ranking%n", 100 * kpis.firstChoiceShare());
        out.printf(Locale.ROOT, "  mean arrival shift          %.2f days%n", kpis.meanArrivalShiftDays());
        out.printf(Locale.ROOT, "  fairness                    min client share %.2f, Jain index %.3f%n",
                kpis.minClientServedShare(), kpis.jainFairness());
        out.printf(Locale.ROOT, "  changes from published      %d%n", kpis.changesFromPublished());
        RespiteKpis.Entitlement entitlement = kpis.entitlement();
        out.printf(Locale.ROOT, "  decided entitlement         %d of %d families below it in some month (%d months), %d nights short; "
                + "%.1f %% of granted nights served, Jain index %.3f%n", entitlement.familiesBelow(), entitlement.families(),
                entitlement.monthsBelow(), entitlement.nightsShort(), 100 * entitlement.servedShare(), entitlement.jainIndex());
        entitlement.bySegment().forEach((segment, shortfall) -> out.printf(Locale.ROOT, "    below, segment %-20s %3d families, %4d nights%n",
                segment, shortfall.familiesBelow(), shortfall.nightsShort()));
        entitlement.byUnitKind().forEach((kind, shortfall) -> out.printf(Locale.ROOT, "    below, needing %-20s %3d families, %4d nights%n",
                kind + " units", shortfall.familiesBelow(), shortfall.nightsShort()));
        kpis.costByProducer().forEach((producer, cost) -> out.printf(Locale.ROOT,
                "  cost, %-21s %,9d € for %4d clients and %5d nights: %,.0f € per client, %,.0f € per night%n", producer, cost.cost(),
                cost.clients(), cost.nights(), cost.costPerClient(), cost.costPerNight()));
        out.print("  utilisation                ");
        for (Map.Entry<String, Double> unit : kpis.utilisationByUnit().entrySet()) {
            out.printf(Locale.ROOT, " %s %.0f %%", unit.getKey(), 100 * unit.getValue());
        }
        out.println();
    }

    private static void row(PrintStream out, String label, Nights nights) {
        out.printf(Locale.ROOT, "  %-27s %5d of %5d nights served (%.1f %%), %d of %d stays%n", label, nights.servedNights(),
                nights.requestedNights(), 100 * nights.servedShare(), nights.servedStays(), nights.requestedStays());
    }
}
