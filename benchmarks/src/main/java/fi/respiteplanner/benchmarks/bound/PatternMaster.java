package fi.respiteplanner.benchmarks.bound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Column generation for a bound where a convex penalty per person (a family's entitlement shortfall, a child's
 * unmet days) makes the per-night LP weak: each person (a block) takes one pattern — a whole plan of their own,
 * costed exactly — and a linear program (GLOP) mixes patterns under shared capacity rows. Each round prices every
 * block at the LP's duals; the round's Lagrangian value (duals as multipliers of the capacities) is a valid lower
 * bound whenever the run stops, and equals the LP's value once no block has a pattern of negative reduced cost.
 */
final class PatternMaster {

    /** One person's patterns: the cheapest at given row prices, and a first one that serves nothing it may leave unserved. */
    interface Block {

        Column cheapest(double[] prices);

        Column first();
    }

    /** A pattern: its cost plus the price of its rows at pricing, its cost alone, and the capacity rows it takes. */
    record Column(double pricedCost, long cost, Map<Integer, Integer> rowUse) {
    }

    /** The bound (level ≥ −bound), the LP's value, whether column generation converged, and its size. */
    record Outcome(long bound, double lp, boolean converged, int rounds, int columns, double seconds) {

        String describe(String level) {
            return String.format(Locale.ROOT, "%s ≥ −%,d%s (LP %.1f, %d rounds, %,d columns, %.0f s)", level, bound,
                    converged ? ", column generation converged" : "", lp, rounds, columns, seconds);
        }
    }

    /** Capacity rows by key, made as options name them. */
    static final class Rows {

        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<Double> capacity = new ArrayList<>();

        int row(String key, int rowCapacity) {
            return byKey.computeIfAbsent(key, k -> {
                capacity.add((double) rowCapacity);
                return capacity.size() - 1;
            });
        }

        int size() {
            return capacity.size();
        }

        /** Capacity that fixed assignments already take. */
        void take(int row) {
            capacity.set(row, capacity.get(row) - 1);
        }
    }

    private PatternMaster() {
    }

    static Outcome solve(Rows rowsByKey, List<? extends Block> blocks, double seconds) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        MPSolver lp = MPSolver.createSolver("GLOP");
        List<Double> capacity = rowsByKey.capacity;
        List<MPConstraint> rows = capacity.stream().map(cap -> lp.makeConstraint(Double.NEGATIVE_INFINITY, cap)).toList();
        List<MPConstraint> convexity = blocks.stream().map(block -> lp.makeConstraint(1, 1)).toList();
        MPObjective objective = lp.objective();
        objective.setMinimization();
        for (int b = 0; b < blocks.size(); b++) {
            addColumn(lp, rows, convexity.get(b), blocks.get(b).first());
        }
        int columns = blocks.size();
        double best = Double.NEGATIVE_INFINITY;
        double value = Double.NaN;
        boolean converged = false;
        int rounds = 0;
        while (System.nanoTime() < deadline) {
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("the master LP has no optimum (fixed assignments beyond a capacity?)");
            }
            rounds++;
            value = objective.value();
            double[] prices = new double[rows.size()];
            double lagrangian = 0;
            for (int row = 0; row < rows.size(); row++) {
                prices[row] = Math.max(0, -rows.get(row).dualValue());
                lagrangian -= prices[row] * capacity.get(row);
            }
            double[] blockDuals = convexity.stream().mapToDouble(MPConstraint::dualValue).toArray();
            int added = 0;
            for (int b = 0; b < blocks.size(); b++) {
                Column column = blocks.get(b).cheapest(prices);
                lagrangian += column.pricedCost();
                if (column.pricedCost() - blockDuals[b] < -1e-7) {
                    addColumn(lp, rows, convexity.get(b), column);
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
        return new Outcome((long) Math.ceil(Math.max(0, best) - 1e-6), value, converged, rounds, columns, (System.nanoTime() - start) / 1e9);
    }

    private static void addColumn(MPSolver lp, List<MPConstraint> rows, MPConstraint convexity, Column column) {
        MPVariable variable = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        lp.objective().setCoefficient(variable, column.cost());
        convexity.setCoefficient(variable, 1);
        column.rowUse().forEach((row, use) -> rows.get(row).setCoefficient(variable, use));
    }
}
