package fi.respiteplanner.datasets.json;

import java.util.List;

import fi.respiteplanner.common.Violation;

/** A submitted plan that cannot be used, with every reason found. */
public class InvalidPlanException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidPlanException(List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).toString()
                : violations.size() + " problems, first: " + violations.get(0));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
