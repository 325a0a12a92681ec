package fi.respiteplanner.holiday;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.respiteplanner.common.FieldChecks;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.holiday.score.HolidayConstraint;

/** Checks a submitted holiday plan: every problem with its JSON path and reason, nothing corrected. */
public final class HolidayValidator {

    private final List<Violation> violations = new ArrayList<>();

    private HolidayValidator() {
    }

    public static List<Violation> validate(HolidayPlan plan) {
        HolidayValidator validator = new HolidayValidator();
        validator.check(plan);
        return validator.violations;
    }

    private void check(HolidayPlan plan) {
        check(FieldChecks.name(plan.getName()), "name");
        if (plan.getWeeks() == null || plan.getGroups() == null || plan.getChildren() == null || plan.getPlacements() == null
                || plan.getConstraintWeights() == null) {
            fail("$", "weeks, groups, children and placements must be lists, constraintWeights an object (they may be empty)");
            return;
        }
        if (plan.getWeeks().isEmpty()) {
            fail("weeks", "must list at least one holiday week");
        }
        Set<String> ids = new HashSet<>();
        for (int w = 0; w < plan.getWeeks().size(); w++) {
            HolidayWeek week = plan.getWeeks().get(w);
            id(week.getId(), "weeks[" + w + "]", ids);
            check(FieldChecks.name(week.getName()), "weeks[" + w + "].name");
            if (week.getDays() == null || week.getDays().isEmpty()) {
                fail("weeks[" + w + "].days", "must list at least one day");
            } else {
                String days = "weeks[" + w + "].days";
                week.getDays().forEach(day -> check(FieldChecks.date(day), days));
            }
        }
        ids.clear();
        for (int g = 0; g < plan.getGroups().size(); g++) {
            ActivityGroup group = plan.getGroups().get(g);
            String path = "groups[" + g + "]";
            id(group.getId(), path, ids);
            if (group.getWeek() == null) {
                fail(path + ".week", "is required");
            }
            if (group.getTeam() == null || group.getTeam().isBlank()) {
                fail(path + ".team", "is required");
            }
            check(FieldChecks.code(group.getTeam()), path + ".team");
            check(FieldChecks.code(group.getProvider()), path + ".provider");
            check(FieldChecks.point(group.getLocation()), path + ".location");
            if (group.getLanguage() == null) {
                fail(path + ".language", "is required");
            }
            check(FieldChecks.language(group.getLanguage()), path + ".language");
            if (group.getSkillCapacity() == null) {
                fail(path + ".skillCapacity", "must be an object (it may be empty)");
                continue;
            }
            if (group.getCapacity() < 0) {
                fail(path + ".capacity", "must be zero or more");
            }
            if (group.getMinGrade() < 1 || group.getMaxGrade() > 9 || group.getMaxGrade() < group.getMinGrade()) {
                fail(path + ".maxGrade", "grades run from 1 to 9, minGrade ≤ maxGrade");
            }
            if (group.getCostPerChildDay() < 0) {
                fail(path + ".costPerChildDay", "must be zero or more");
            }
            group.getSkillCapacity().forEach((skill, capacity) -> {
                if (capacity == null || capacity < 0) {
                    fail(path + ".skillCapacity." + skill, "must be zero or more");
                }
            });
        }
        ids.clear();
        for (int c = 0; c < plan.getChildren().size(); c++) {
            Child child = plan.getChildren().get(c);
            id(child.getId(), "children[" + c + "]", ids);
            check(FieldChecks.name(child.getName()), "children[" + c + "].name");
            check(FieldChecks.point(child.getHome()), "children[" + c + "].home");
            if (child.getLanguage() == null) {
                fail("children[" + c + "].language", "is required");
            }
            check(FieldChecks.language(child.getLanguage()), "children[" + c + "].language");
            check(FieldChecks.code(child.getFamilyId()), "children[" + c + "].familyId");
            if (child.getNeeds() == null || child.getFriends() == null || child.getPreferredProviders() == null) {
                fail("children[" + c + "]", "needs, friends and preferredProviders must be lists (they may be empty)");
            } else {
                String providers = "children[" + c + "].preferredProviders";
                child.getPreferredProviders().forEach(provider -> check(FieldChecks.code(provider), providers));
            }
            if (child.getGrade() < 1 || child.getGrade() > 9) {
                fail("children[" + c + "].grade", "must be 1 to 9");
            }
        }
        ids.clear();
        for (int p = 0; p < plan.getPlacements().size(); p++) {
            Placement placement = plan.getPlacements().get(p);
            String path = "placements[" + p + "]";
            id(placement.getId(), path, ids);
            if (placement.getChild() == null) {
                fail(path + ".child", "is required");
            }
            if (placement.getWeek() == null) {
                fail(path + ".week", "is required");
                continue;
            }
            if (placement.getDays() == null || placement.getDays().isEmpty()) {
                fail(path + ".days", "must list at least one day");
                continue;
            }
            if (placement.getWeek().getDays() == null) {
                continue;
            }
            placement.getDays().stream().filter(day -> !placement.getWeek().getDays().contains(day)).findFirst()
                    .ifPresent(day -> fail(path + ".days", day + " is not a day of week " + placement.getWeek().getId()));
            if (placement.getGroup() != null && placement.getGroup().getWeek() != placement.getWeek()) {
                fail(path + ".group", "group " + placement.getGroup().getId() + " is not in week " + placement.getWeek().getId());
            }
        }
        plan.getConstraintWeights().forEach((name, weight) -> {
            if (HolidayConstraint.byName(name) == null) {
                fail("constraintWeights." + name, "is not a constraint name");
            } else if (weight == null || weight < 0) {
                fail("constraintWeights." + name, "must be zero or more");
            }
        });
    }

    private void id(String id, String path, Set<String> seen) {
        String wrong = FieldChecks.id(id);
        if (wrong != null) {
            fail(path + ".id", wrong);
        } else if (!seen.add(id)) {
            fail(path + ".id", "duplicates id '" + id + "'");
        }
    }

    private void check(String reason, String path) {
        if (reason != null) {
            fail(path, reason);
        }
    }

    private void fail(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
