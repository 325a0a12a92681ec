package fi.respiteplanner.benchmarks.bound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.respiteplanner.benchmarks.bound.PatternMaster.Column;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.holiday.score.HolidayConstraint;

/**
 * A lower bound on the holiday plan's medium level (Σ per child of the squared weighted unmet days) that keeps
 * each child's unmet days whole, as {@link EntitlementPatternBound} does for families: a column is one child's
 * summer (which of its weeks are served, in which group), the LP ({@link PatternMaster}) mixes them under the
 * groups' capacities and skill capacities per day. A child is priced by a dynamic program over its weeks whose
 * state is the weighted unmet days so far. The per-day CP-SAT model ({@link HolidayBound}) bounds holiday-M
 * weakly (its LP spreads the squares too) and slowly; the rules it checks per option are the same here.
 */
final class HolidayPatternBound {

    /** One group for one requested week: the capacity rows it takes per day. */
    private record Option(int[] rows) {
    }

    private final HolidayPlan plan;
    private final PatternMaster.Rows rows = new PatternMaster.Rows();

    HolidayPatternBound(HolidayPlan plan) {
        this.plan = plan;
    }

    PatternMaster.Outcome solve(double seconds) {
        Map<Child, List<Placement>> byChild = new LinkedHashMap<>();
        plan.getPlacements().forEach(placement -> byChild.computeIfAbsent(placement.getChild(), c -> new ArrayList<>()).add(placement));
        long weight = HolidayConstraint.UNMET_HOLIDAY_DEMAND.weightIn(plan.getConstraintWeightOverrides());
        List<ChildBlock> children = byChild.values().stream().map(placements -> new ChildBlock(weight,
                placements.stream().mapToInt(Placement::unmetWeight).toArray(),
                placements.stream().map(this::options).toList())).toList();
        return PatternMaster.solve(rows, children, seconds);
    }

    private List<Option> options(Placement placement) {
        List<Option> options = new ArrayList<>();
        for (ActivityGroup group : placement.getWeekGroups()) {
            if (HolidayBound.admissible(placement.getChild(), group)) {
                List<Integer> taken = new ArrayList<>();
                for (LocalDate day : placement.getDays()) {
                    String key = group.getId() + "|" + day;
                    taken.add(rows.row(key, group.getCapacity()));
                    for (Skill skill : placement.getChild().getNeeds()) {
                        taken.add(rows.row(key + "|" + skill, group.skillCapacity(skill)));
                    }
                }
                options.add(new Option(taken.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return options;
    }

    /** A child: each week's weight when unmet and the groups it may go to. */
    private final class ChildBlock implements PatternMaster.Block {

        private final long weight;
        private final int[] unmetWeight;
        private final List<List<Option>> weeks;

        ChildBlock(long weight, int[] unmetWeight, List<List<Option>> weeks) {
            this.weight = weight;
            this.unmetWeight = unmetWeight;
            this.weeks = weeks;
        }

        @Override
        public Column first() {
            int unmet = Arrays.stream(unmetWeight).sum();
            return new Column(weight * unmet * unmet, weight * unmet * unmet, Map.of());
        }

        /** A dynamic program over the weeks, the state being the weighted unmet days so far; a served week takes its cheapest group. */
        @Override
        public Column cheapest(double[] prices) {
            int total = Arrays.stream(unmetWeight).sum();
            double[] cost = new double[total + 1];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            cost[0] = 0;
            int[][] from = new int[weeks.size()][total + 1];
            Option[][] chosen = new Option[weeks.size()][total + 1];
            for (int w = 0; w < weeks.size(); w++) {
                Option best = null;
                double bestPrice = Double.POSITIVE_INFINITY;
                for (Option option : weeks.get(w)) {
                    double price = Arrays.stream(option.rows()).mapToDouble(row -> prices[row]).sum();
                    if (price < bestPrice) {
                        bestPrice = price;
                        best = option;
                    }
                }
                double[] next = new double[total + 1];
                Arrays.fill(next, Double.POSITIVE_INFINITY);
                for (int unmet = 0; unmet <= total; unmet++) {
                    if (cost[unmet] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (best != null && cost[unmet] + bestPrice < next[unmet]) {
                        next[unmet] = cost[unmet] + bestPrice;
                        from[w][unmet] = unmet;
                        chosen[w][unmet] = best;
                    }
                    int skipped = unmet + unmetWeight[w];
                    if (cost[unmet] < next[skipped]) {
                        next[skipped] = cost[unmet];
                        from[w][skipped] = unmet;
                        chosen[w][skipped] = null;
                    }
                }
                cost = next;
            }
            int bestUnmet = 0;
            for (int unmet = 1; unmet <= total; unmet++) {
                if (cost[unmet] + weight * unmet * unmet < cost[bestUnmet] + weight * bestUnmet * bestUnmet) {
                    bestUnmet = unmet;
                }
            }
            Map<Integer, Integer> rowUse = new HashMap<>();
            for (int w = weeks.size() - 1, unmet = bestUnmet; w >= 0; unmet = from[w][unmet], w--) {
                if (chosen[w][unmet] != null) {
                    Arrays.stream(chosen[w][unmet].rows()).forEach(row -> rowUse.merge(row, 1, Integer::sum));
                }
            }
            return new Column(cost[bestUnmet] + weight * bestUnmet * bestUnmet, weight * bestUnmet * bestUnmet, rowUse);
        }
    }
}
