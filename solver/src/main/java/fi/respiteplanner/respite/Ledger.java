package fi.respiteplanner.respite;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan's ledger of earlier periods: per client and month the nights requested, served and entitled.
 * Taken from the service's own solved plans and merged into the next one, so that the entitlement level
 * puts a family that was short last quarter first this quarter.
 */
public final class Ledger {

    /** How far back the ledger counts: the year before the horizon's first month. */
    public static final int MONTHS_COUNTED = 12;

    private Ledger() {
    }

    /** What a merge took: entries added or replacing older ones, and those left out (with why). */
    public record Merged(int added, int replaced, int unknownClients, int insideHorizon) {
    }

    /**
     * The ledger a solved plan leaves: its own earlier entries and, for each client and month of its
     * horizon in which the client asked for or was given nights, what was requested, served and entitled.
     */
    public static List<LedgerEntry> of(RespitePlan solved) {
        Map<String, LedgerEntry> entries = new LinkedHashMap<>();
        solved.getLedger().forEach(entry -> entries.put(key(entry.client(), entry.month()), entry));
        Map<Client, Map<YearMonth, int[]>> nights = monthlyNights(solved);
        nights.forEach((client, byMonth) -> byMonth.forEach((month, requestedServed) -> entries.put(key(client.getId(), month),
                new LedgerEntry(client.getId(), month, requestedServed[0], requestedServed[1], client.getMonthlyEntitlement()))));
        List<LedgerEntry> result = new ArrayList<>(entries.values());
        result.sort(Comparator.comparing(LedgerEntry::client).thenComparing(LedgerEntry::month));
        return result;
    }

    /**
     * Merges earlier entries into a plan's ledger: a newer entry for the same client and month replaces
     * the older one; entries of clients the plan does not have, and of months inside its horizon (which
     * it plans itself), are left out and counted. Link the plan afterwards.
     */
    public static Merged merge(RespitePlan plan, List<LedgerEntry> earlier) {
        Set<String> clients = new HashSet<>();
        plan.getClients().forEach(client -> clients.add(client.getId()));
        YearMonth firstPlanned = YearMonth.from(plan.getHorizon().from());
        Map<String, Integer> index = new HashMap<>();
        List<LedgerEntry> ledger = plan.getLedger();
        for (int i = 0; i < ledger.size(); i++) {
            index.put(key(ledger.get(i).client(), ledger.get(i).month()), i);
        }
        int added = 0;
        int replaced = 0;
        int unknown = 0;
        int inside = 0;
        for (LedgerEntry entry : earlier) {
            if (!clients.contains(entry.client())) {
                unknown++;
            } else if (!entry.month().isBefore(firstPlanned)) {
                inside++;
            } else if (index.containsKey(key(entry.client(), entry.month()))) {
                ledger.set(index.get(key(entry.client(), entry.month())), entry);
                replaced++;
            } else {
                index.put(key(entry.client(), entry.month()), ledger.size());
                ledger.add(entry);
                added++;
            }
        }
        return new Merged(added, replaced, unknown, inside);
    }

    /** Per client and month of the plan, requested nights (by requested arrival) and served nights (by planned arrival). */
    public static Map<Client, Map<YearMonth, int[]>> monthlyNights(RespitePlan plan) {
        Map<Client, Map<YearMonth, int[]>> nights = new LinkedHashMap<>();
        for (Stay stay : plan.getStays()) {
            Map<YearMonth, int[]> byMonth = nights.computeIfAbsent(stay.getClient(), client -> new TreeMap<>());
            stay.requestedNightsByMonth().forEach((month, count) -> byMonth.computeIfAbsent(month, m -> new int[2])[0] += count);
            stay.servedNightsByMonth().forEach((month, count) -> byMonth.computeIfAbsent(month, m -> new int[2])[1] += count);
        }
        return nights;
    }

    /** Each client's entitled nights not served in the year before the horizon, from the plan's ledger. */
    static Map<String, Integer> earlierShortfall(RespitePlan plan) {
        YearMonth firstPlanned = YearMonth.from(plan.getHorizon().from());
        YearMonth firstCounted = firstPlanned.minusMonths(MONTHS_COUNTED);
        Map<String, Integer> shortfall = new HashMap<>();
        for (LedgerEntry entry : plan.getLedger()) {
            if (!entry.month().isBefore(firstCounted) && entry.month().isBefore(firstPlanned)) {
                shortfall.merge(entry.client(), entry.shortfall(), Integer::sum);
            }
        }
        return shortfall;
    }

    private static String key(String client, YearMonth month) {
        return client + "|" + month;
    }
}
