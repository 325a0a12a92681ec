package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.respiteplanner.benchmarks.bound.PatternMaster.Column;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * A lower bound on the entitlement level that keeps each family's shortfall whole (a Dantzig–Wolfe
 * decomposition by client, {@link PatternMaster}). A column is one client's pattern: which of its stays are
 * served, in which group of interchangeable beds and from which arrival, costed with the level's exact penalty;
 * the LP mixes patterns under each night's bed and staff-skill capacities. The per-night model
 * ({@link RespiteBound}) lets the LP spread a squared shortfall over many clients in fractions of a night each,
 * which costs almost nothing, so its bound says little; here a client's penalty is paid for whole patterns.
 * A client is priced by a dynamic program over its stays whose state is the nights served in each month, capped
 * at the month's target. Still a relaxation: same-gender rooms (beds are grouped), incompatible clients and a
 * client's own overlapping stays are not modelled; pinned stays stay where they are.
 */
final class EntitlementPatternBound {

    /** One way to serve a stay: the capacity rows it takes (one per bed and skill per night) and its nights per target month. */
    private record Option(int[] rows, int[] monthNights) {
    }

    /** A stay's options; a pinned stay cannot be left unmet. */
    private record StayOptions(List<Option> options, boolean pinned) {
    }

    private final RespitePlan plan;
    private final long weight;
    private final PatternMaster.Rows rows = new PatternMaster.Rows();
    private final List<ClientBlock> clients = new ArrayList<>();

    EntitlementPatternBound(RespitePlan plan) {
        this.plan = plan;
        this.weight = RespiteConstraint.ENTITLEMENT_SHORTFALL.weightIn(plan.getConstraintWeightOverrides());
        build();
    }

    PatternMaster.Outcome solve(double seconds) {
        return PatternMaster.solve(rows, clients, seconds);
    }

    /** Clients with a target in some month become blocks; pinned stays of the others only take capacity. */
    private void build() {
        Map<String, List<Bed>> groups = RespiteBound.bedGroups(plan, true);
        Map<Client, List<Stay>> staysByClient = new LinkedHashMap<>();
        plan.getStays().forEach(stay -> staysByClient.computeIfAbsent(stay.getClient(), c -> new ArrayList<>()).add(stay));
        staysByClient.forEach((client, stays) -> {
            Map<YearMonth, Integer> requested = new HashMap<>();
            stays.forEach(stay -> stay.requestedNightsByMonth().forEach((month, nights) -> requested.merge(month, nights, Integer::sum)));
            List<YearMonth> months = requested.keySet().stream().sorted()
                    .filter(month -> client.getMonthlyEntitlement() > 0 && new ClientMonth(client, month).target(requested.get(month)) > 0)
                    .toList();
            List<StayOptions> stayOptions = new ArrayList<>();
            for (Stay stay : stays) {
                List<Option> options = options(stay, groups, months);
                if (!months.isEmpty()) {
                    stayOptions.add(new StayOptions(options, stay.isPinned()));
                } else if (stay.isPinned()) {
                    options.forEach(option -> Arrays.stream(option.rows()).forEach(rows::take));
                }
            }
            if (!months.isEmpty()) {
                int[] target = months.stream().mapToInt(month -> new ClientMonth(client, month).target(requested.get(month))).toArray();
                clients.add(new ClientBlock(target, client.getEarlierShortfall(), stayOptions));
            }
        });
    }

    private List<Option> options(Stay stay, Map<String, List<Bed>> groups, List<YearMonth> months) {
        List<LocalDate> arrivals = stay.isPinned() ? List.of(stay.getArrival())
                : stay.getEarliestArrival().datesUntil(stay.getLatestArrival().plusDays(1)).toList();
        List<List<Bed>> candidates = groups.values().stream()
                .filter(group -> stay.isPinned() ? group.contains(stay.getBed()) : stay.getCandidateBeds().contains(group.get(0))).toList();
        List<Option> options = new ArrayList<>();
        for (List<Bed> beds : candidates) {
            for (LocalDate arrival : arrivals) {
                if (stay.isPinned() || RespiteBound.admissible(stay, beds.get(0), arrival)) {
                    options.add(option(stay, beds, arrival, months));
                }
            }
        }
        return options;
    }

    private Option option(Stay stay, List<Bed> beds, LocalDate arrival, List<YearMonth> months) {
        Bed bed = beds.get(0);
        Unit unit = bed.getUnit();
        List<Integer> rowList = new ArrayList<>();
        int[] monthNights = new int[months.size()];
        for (int n = 0; n < stay.getNights(); n++) {
            LocalDate night = arrival.plusDays(n);
            long day = night.toEpochDay();
            rowList.add(rows.row("bed|" + bed.getId() + "|" + day, beds.size()));
            for (Skill skill : stay.getClient().getNeeds()) {
                rowList.add(rows.row("skill|" + unit.getId() + "|" + skill + "|" + day, unit.capacity(skill, day)));
            }
            int month = months.indexOf(YearMonth.from(night));
            if (month >= 0) {
                monthNights[month]++;
            }
        }
        return new Option(rowList.stream().mapToInt(Integer::intValue).toArray(), monthNights);
    }

    /** A client: its monthly targets, its ledger's earlier shortfall and its stays' options. */
    private final class ClientBlock implements PatternMaster.Block {

        private final int[] target;
        private final long earlier;
        private final List<StayOptions> stays;

        ClientBlock(int[] target, long earlier, List<StayOptions> stays) {
            this.target = target;
            this.earlier = earlier;
            this.stays = stays;
        }

        @Override
        public Column cheapest(double[] prices) {
            return price(prices, false);
        }

        @Override
        public Column first() {
            return price(new double[rows.size()], true);
        }

        /**
         * The client's cheapest pattern at these row prices: a dynamic program over its stays, the state being the
         * nights served per target month (capped at the target). {@code unmetOnly} keeps every unpinned stay unmet
         * (the starting column).
         */
        private Column price(double[] prices, boolean unmetOnly) {
            int states = Arrays.stream(target).reduce(1, (product, t) -> product * (t + 1));
            int stayCount = stays.size();
            double[] cost = new double[states];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            cost[0] = 0;
            int[][] from = new int[stayCount][states];
            Option[][] chosen = new Option[stayCount][states];
            for (int s = 0; s < stayCount; s++) {
                StayOptions stay = stays.get(s);
                Map<String, Option> cheapest = new HashMap<>();
                Map<String, Double> cheapestPrice = new HashMap<>();
                if (stay.pinned() || !unmetOnly) {
                    for (Option option : stay.options()) {
                        double price = 0;
                        for (int row : option.rows()) {
                            price += prices[row];
                        }
                        String months = Arrays.toString(option.monthNights());
                        if (price < cheapestPrice.getOrDefault(months, Double.POSITIVE_INFINITY)) {
                            cheapestPrice.put(months, price);
                            cheapest.put(months, option);
                        }
                    }
                }
                double[] next = new double[states];
                Arrays.fill(next, Double.POSITIVE_INFINITY);
                for (int state = 0; state < states; state++) {
                    if (cost[state] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (!stay.pinned() && cost[state] < next[state]) {
                        next[state] = cost[state];
                        from[s][state] = state;
                        chosen[s][state] = null;
                    }
                    for (Map.Entry<String, Option> entry : cheapest.entrySet()) {
                        int reached = add(state, entry.getValue().monthNights(), target);
                        double total = cost[state] + cheapestPrice.get(entry.getKey());
                        if (total < next[reached]) {
                            next[reached] = total;
                            from[s][reached] = state;
                            chosen[s][reached] = entry.getValue();
                        }
                    }
                }
                cost = next;
            }
            int bestState = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int state = 0; state < states; state++) {
                if (cost[state] < Double.POSITIVE_INFINITY && cost[state] + penalty(state) < bestCost) {
                    bestCost = cost[state] + penalty(state);
                    bestState = state;
                }
            }
            Map<Integer, Integer> rowUse = new HashMap<>();
            for (int s = stayCount - 1, state = bestState; s >= 0; state = from[s][state], s--) {
                if (chosen[s][state] != null) {
                    Arrays.stream(chosen[s][state].rows()).forEach(row -> rowUse.merge(row, 1, Integer::sum));
                }
            }
            return new Column(bestCost, penalty(bestState), rowUse);
        }

        /** The state with these nights added, each month capped at its target (mixed radix, first month lowest). */
        private static int add(int state, int[] nights, int[] target) {
            int result = 0;
            int stride = 1;
            for (int m = 0; m < target.length; m++) {
                int served = state % (target[m] + 1);
                state /= target[m] + 1;
                result += Math.min(target[m], served + nights[m]) * stride;
                stride *= target[m] + 1;
            }
            return result;
        }

        /** The entitlement level's penalty of a state: Σ per month (earlier + shortfall)² − earlier², weighted. */
        private long penalty(int state) {
            long total = 0;
            for (int t : target) {
                long shortfall = t - state % (t + 1);
                state /= t + 1;
                total += (earlier + shortfall) * (earlier + shortfall) - earlier * earlier;
            }
            return weight * total;
        }
    }
}
