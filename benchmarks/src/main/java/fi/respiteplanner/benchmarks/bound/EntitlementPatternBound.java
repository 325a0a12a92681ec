package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * A lower bound on the entitlement level that keeps each client's shortfall whole (a Dantzig–Wolfe
 * decomposition by client). A column is one client's pattern: which of its stays are served, in which group
 * of interchangeable beds and from which arrival, costed with the level's exact penalty; a linear program
 * mixes patterns under each night's bed and staff-skill capacities. The per-night model ({@link RespiteBound})
 * lets the LP spread a squared shortfall over many clients in fractions of a night each, which costs almost
 * nothing, so its bound says little; here a client's penalty is paid for whole patterns.
 * <p>
 * Columns come from pricing each client with the LP's duals: a dynamic program over its stays whose state is
 * the nights served in each month, capped at the month's target. Every pricing round also gives a Lagrangian
 * bound (the duals as multipliers of the capacities), valid whenever the run stops, so a time limit only
 * weakens the bound. Still a relaxation: same-gender rooms (beds are grouped), incompatible clients and a
 * client's own overlapping stays are not modelled, and plans with published stays are bounded with the
 * pinned stays where they are.
 */
public final class EntitlementPatternBound {

    /** The bound (entitlement level ≥ −bound), the LP's value, whether column generation converged, and its size. */
    public record Result(long bound, double lp, boolean converged, int rounds, int columns, double seconds) {

        public String describe() {
            return String.format(Locale.ROOT, "entitlement ≥ −%,d%s (LP %.1f, %d rounds, %,d columns, %.0f s)", bound,
                    converged ? " (column generation converged)" : "", lp, rounds, columns, seconds);
        }
    }

    /** One way to serve a stay: the capacity rows it takes (one per bed and skill per night) and its nights per target month. */
    private record Option(int[] rows, int[] monthNights) {
    }

    /** A stay's options, the cheapest per distinct month vector chosen at pricing; a pinned stay cannot stay unmet. */
    private record StayOptions(List<Option> options, boolean pinned) {
    }

    private record ClientModel(int[] target, long earlier, List<StayOptions> stays, MPConstraint convexity) {

        int states() {
            return Arrays.stream(target).reduce(1, (product, t) -> product * (t + 1));
        }
    }

    /** A priced pattern: its reduced-cost part (penalty plus the price of its rows), its penalty and the rows it takes. */
    private record Pattern(double pricedCost, long penalty, Map<Integer, Integer> rowUse) {
    }

    private final RespitePlan plan;
    private final long weight;
    private final Map<String, Integer> rowByKey = new HashMap<>();
    private final List<Double> capacity = new ArrayList<>();
    private final List<ClientModel> clients = new ArrayList<>();

    public EntitlementPatternBound(RespitePlan plan) {
        this.plan = plan;
        this.weight = RespiteConstraint.ENTITLEMENT_SHORTFALL.weightIn(plan.getConstraintWeightOverrides());
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 300;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("S", "M", "L");
        for (String size : sizes) {
            Result result = new EntitlementPatternBound(BundledDatasets.load(size).orElseThrow()).solve(seconds);
            System.out.println("| " + size + " | " + result.describe() + " |");
        }
    }

    public Result solve(double seconds) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        MPSolver lp = MPSolver.createSolver("GLOP");
        build(lp);
        List<MPConstraint> rows = new ArrayList<>();
        capacity.forEach(cap -> rows.add(lp.makeConstraint(Double.NEGATIVE_INFINITY, cap)));
        MPObjective objective = lp.objective();
        objective.setMinimization();
        int columns = 0;
        double[] noPrices = new double[capacity.size()];
        for (ClientModel client : clients) {
            addColumn(lp, objective, rows, client, price(client, noPrices, true));
            columns++;
        }
        double best = Double.NEGATIVE_INFINITY;
        double value = Double.NaN;
        boolean converged = false;
        int rounds = 0;
        while (System.nanoTime() < deadline) {
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("the master LP has no optimum (pinned stays beyond a capacity?)");
            }
            rounds++;
            value = objective.value();
            double[] prices = new double[rows.size()];
            double lagrangian = 0;
            for (int row = 0; row < rows.size(); row++) {
                prices[row] = Math.max(0, -rows.get(row).dualValue());
                lagrangian -= prices[row] * capacity.get(row);
            }
            double[] clientDuals = clients.stream().mapToDouble(client -> client.convexity().dualValue()).toArray();
            int added = 0;
            for (int c = 0; c < clients.size(); c++) {
                Pattern pattern = price(clients.get(c), prices, false);
                lagrangian += pattern.pricedCost();
                if (pattern.pricedCost() - clientDuals[c] < -1e-7) {
                    addColumn(lp, objective, rows, clients.get(c), pattern);
                    added++;
                }
            }
            best = Math.max(best, lagrangian);
            columns += added;
            if (added == 0) {
                converged = true;
                break;
            }
        }
        long bound = (long) Math.ceil(Math.max(0, best) - 1e-6);
        return new Result(bound, value, converged, rounds, columns, (System.nanoTime() - start) / 1e9);
    }

    private static void addColumn(MPSolver lp, MPObjective objective, List<MPConstraint> rows, ClientModel client, Pattern pattern) {
        MPVariable column = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        objective.setCoefficient(column, pattern.penalty());
        client.convexity().setCoefficient(column, 1);
        pattern.rowUse().forEach((row, use) -> rows.get(row).setCoefficient(column, use));
    }

    /** Clients with a target in some month become models; pinned stays of the others only take capacity. */
    private void build(MPSolver lp) {
        Map<String, List<Bed>> groups = RespiteBound.bedGroups(plan, true);
        Map<Client, List<Stay>> staysByClient = new LinkedHashMap<>();
        plan.getStays().forEach(stay -> staysByClient.computeIfAbsent(stay.getClient(), c -> new ArrayList<>()).add(stay));
        List<Integer> pinnedUse = new ArrayList<>();
        staysByClient.forEach((client, stays) -> {
            Map<YearMonth, Integer> requested = new HashMap<>();
            stays.forEach(stay -> stay.requestedNightsByMonth().forEach((month, nights) -> requested.merge(month, nights, Integer::sum)));
            List<YearMonth> months = requested.keySet().stream().sorted()
                    .filter(month -> client.getMonthlyEntitlement() > 0 && new ClientMonth(client, month).target(requested.get(month)) > 0)
                    .toList();
            List<StayOptions> stayOptions = new ArrayList<>();
            for (Stay stay : stays) {
                List<Option> options = options(stay, groups, months);
                if (months.isEmpty()) {
                    if (stay.isPinned()) {
                        options.forEach(option -> Arrays.stream(option.rows()).forEach(pinnedUse::add));
                    }
                } else {
                    stayOptions.add(new StayOptions(options, stay.isPinned()));
                }
            }
            if (!months.isEmpty()) {
                int[] target = months.stream().mapToInt(month -> new ClientMonth(client, month).target(requested.get(month))).toArray();
                clients.add(new ClientModel(target, client.getEarlierShortfall(), stayOptions, lp.makeConstraint(1, 1)));
            }
        });
        pinnedUse.forEach(row -> capacity.set(row, capacity.get(row) - 1));
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
        List<Integer> rows = new ArrayList<>();
        int[] monthNights = new int[months.size()];
        for (int n = 0; n < stay.getNights(); n++) {
            LocalDate night = arrival.plusDays(n);
            long day = night.toEpochDay();
            rows.add(row("bed|" + bed.getId() + "|" + day, beds.size()));
            for (Skill skill : stay.getClient().getNeeds()) {
                rows.add(row("skill|" + unit.getId() + "|" + skill + "|" + day, unit.capacity(skill, day)));
            }
            int month = months.indexOf(YearMonth.from(night));
            if (month >= 0) {
                monthNights[month]++;
            }
        }
        return new Option(rows.stream().mapToInt(Integer::intValue).toArray(), monthNights);
    }

    private int row(String key, int rowCapacity) {
        return rowByKey.computeIfAbsent(key, k -> {
            capacity.add((double) rowCapacity);
            return capacity.size() - 1;
        });
    }

    /**
     * The client's cheapest pattern at these row prices: a dynamic program over its stays, the state being the
     * nights served per target month (capped at the target). {@code unmetOnly} keeps every unpinned stay unmet
     * (the starting column).
     */
    private Pattern price(ClientModel client, double[] prices, boolean unmetOnly) {
        int[] target = client.target();
        int states = client.states();
        int stayCount = client.stays().size();
        double[] cost = new double[states];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        int[][] from = new int[stayCount][states];
        Option[][] chosen = new Option[stayCount][states];
        for (int s = 0; s < stayCount; s++) {
            StayOptions stay = client.stays().get(s);
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
            if (cost[state] < Double.POSITIVE_INFINITY && cost[state] + penalty(client, state) < bestCost) {
                bestCost = cost[state] + penalty(client, state);
                bestState = state;
            }
        }
        Map<Integer, Integer> rowUse = new HashMap<>();
        for (int s = stayCount - 1, state = bestState; s >= 0; state = from[s][state], s--) {
            if (chosen[s][state] != null) {
                Arrays.stream(chosen[s][state].rows()).forEach(row -> rowUse.merge(row, 1, Integer::sum));
            }
        }
        return new Pattern(bestCost, penalty(client, bestState), rowUse);
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
    private long penalty(ClientModel client, int state) {
        long total = 0;
        long earlier = client.earlier();
        for (int t : client.target()) {
            long shortfall = t - state % (t + 1);
            state /= t + 1;
            total += (earlier + shortfall) * (earlier + shortfall) - earlier * earlier;
        }
        return weight * total;
    }
}
