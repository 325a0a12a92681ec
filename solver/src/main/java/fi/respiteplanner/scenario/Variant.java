package fi.respiteplanner.scenario;

import java.util.ArrayList;
import java.util.List;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.RespitePlan;

/** A named what-if: the base plan with these changes. */
public record Variant(String name, List<ScenarioChange> changes) {

    /** Problems with this variant (paths relative to it: {@code changes[2].unitId}). */
    public List<Violation> validate(RespitePlan base) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        }
        List<ScenarioChange> all = changes == null ? List.of() : changes;
        for (int i = 0; i < all.size(); i++) {
            String path = "changes[" + i + "]";
            if (all.get(i) == null) {
                violations.add(new Violation(path, "is null"));
                continue;
            }
            all.get(i).validate(base).forEach(v -> violations.add(new Violation(path + "." + v.field(), v.reason())));
        }
        return violations;
    }

    /** Applies the changes to a copy of the base (given by the caller) and links it. */
    public RespitePlan applyTo(RespitePlan copyOfBase) {
        if (changes != null) {
            changes.forEach(change -> change.apply(copyOfBase));
        }
        return copyOfBase.link();
    }
}
