package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.Replanning;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.change.AddStay;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.ChangeStaffing;
import fi.respiteplanner.respite.change.ChangeStay;
import fi.respiteplanner.respite.change.CloseBed;
import fi.respiteplanner.respite.change.CloseUnit;
import fi.respiteplanner.respite.change.RespiteChange;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * Turns a published plan and the day's change set into tomorrow's problem: started stays fixed, stays
 * in the freeze window pinned, every assigned stay remembering its published place (a promise), and
 * the changes applied. Then it decides per published stay whether a change <em>forces</em> it out: its
 * published placement breaks a hard rule after the changes (bed or unit closed, staffing cut, …), or it
 * is the family's own change. A forced stay carries the reason ({@link Stay#getForced()}), loses its pin
 * and starts unplaced unless it has started; every other published stay is held by the promise level. Solving it and
 * reading {@link PlanDiff} tells the office whom to call and why.
 */
public final class Replanner {

    private final SolutionManager<RespitePlan, BendableLongScore> solutionManager;

    public Replanner(SolutionManager<RespitePlan, BendableLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** The outcome: the problem to solve, or why the change set cannot be used. */
    public record Prepared(RespitePlan plan, List<Violation> violations) {
    }

    /**
     * @param published a copy of the published plan (it is changed in place; discard it if violations come back)
     */
    public Prepared prepare(RespitePlan published, ChangeSet changeSet) {
        List<Violation> violations = validate(published, changeSet);
        if (!violations.isEmpty()) {
            return new Prepared(null, violations);
        }
        LocalDate today = changeSet.today();
        LocalDate freezeEnd = today.plusDays(changeSet.freezeDaysOrDefault());
        for (Stay stay : published.getStays()) {
            stay.withPublished(stay.isAssigned() ? new Published(stay.getBed(), stay.getArrival()) : null).withForced(null);
        }
        List<Replanning.Cancelled> cancelled = new ArrayList<>();
        List<Replanning.Added> added = new ArrayList<>();
        Map<String, Integer> ownChanges = new HashMap<>();
        List<RespiteChange> changes = changeSet.changes() == null ? List.of() : changeSet.changes();
        for (int i = 0; i < changes.size(); i++) {
            RespiteChange change = changes.get(i);
            String path = "changes[" + i + "]";
            List<Violation> wrong = change == null ? List.of(new Violation("", "is null")) : change.validate(published);
            if (!wrong.isEmpty()) {
                return new Prepared(null, wrong.stream().map(v -> new Violation(v.field().isEmpty() ? path : path + "." + v.field(),
                        v.reason())).toList());
            }
            int index = i;
            if (change instanceof CancelStay cancel) {
                published.findStay(cancel.stayId()).filter(Stay::isAssigned).ifPresent(stay -> cancelled.add(new Replanning.Cancelled(
                        stay.getId(), stay.getClient().getId(), stay.unit().getId(), stay.getBed().getId(), stay.getArrival(),
                        stay.getNights(), index)));
            } else if (change instanceof ChangeStay changed) {
                ownChanges.put(changed.stayId(), index);
            } else if (change instanceof AddStay add) {
                added.add(new Replanning.Added(add.stay().id(), index));
            }
            change.applyTo(published);
        }
        for (Stay stay : published.getStays()) {
            if (!stay.isAssigned()) {
                continue;
            }
            if (stay.getArrival().isBefore(today)) {
                stay.withStatus(StayStatus.IN_PROGRESS);
            } else if (stay.getArrival().isBefore(freezeEnd) && stay.getStatus() == StayStatus.REQUESTED) {
                stay.withStatus(StayStatus.CONFIRMED);
            }
        }
        List<String> expired = new ArrayList<>();
        published.getStays().removeIf(stay -> {
            boolean past = !stay.isAssigned() && stay.getLatestArrival().isBefore(today);
            if (past) {
                expired.add(stay.getId());
            }
            return past;
        });
        for (Stay stay : published.getStays()) {
            if (!stay.isPinned()) {
                stay.withWindowFrom(today);
                if (stay.getArrival() == null || stay.getArrival().isBefore(stay.getEarliestArrival())) {
                    stay.assign(null, stay.getEarliestArrival());
                }
            }
        }
        published.link();
        List<String> replannedFrozen = markForced(published, today, changes, ownChanges);
        published.withReplanning(new Replanning(today, changeSet.freezeDaysOrDefault(), replannedFrozen, cancelled, expired, added))
                .withName(published.getName() + " (re-plan " + today + ")");
        published.setScore(null);
        List<Violation> problems = PlanValidator.validate(published);
        return problems.isEmpty() ? new Prepared(published.link(), List.of()) : new Prepared(null, problems);
    }

    private List<Violation> validate(RespitePlan published, ChangeSet changeSet) {
        List<Violation> violations = new ArrayList<>();
        if (changeSet.today() == null) {
            violations.add(new Violation("today", "is required"));
        } else if (changeSet.today().isBefore(published.getHorizon().from()) || changeSet.today().isAfter(published.getHorizon().to())) {
            violations.add(new Violation("today", "is outside the plan's horizon " + published.getHorizon().from() + " … "
                    + published.getHorizon().to()));
        }
        if (changeSet.freezeDaysOrDefault() < 0) {
            violations.add(new Violation("freezeDays", "must be zero or more"));
        }
        if (published.getStays().stream().anyMatch(stay -> stay.getArrival() == null)) {
            violations.add(new Violation("plan", "is not solved: every request needs an arrival before it can be re-planned"));
        }
        return violations;
    }

    /**
     * Marks the published stays a change forced out, with the reason. Unless they have started (a stay in
     * progress keeps its bed and is reported), they lose their pin and start unplaced: the construction
     * heuristic places them again, the nearest equivalent first. A family that changed its own request is forced; a stay its
     * change now collides with is not (the changed request starts unplaced, so it breaks nothing).
     *
     * @return the stays that lost their pin
     */
    private List<String> markForced(RespitePlan plan, LocalDate today, List<RespiteChange> changes, Map<String, Integer> ownChanges) {
        Map<String, SortedSet<String>> broken = BrokenRules.byStay(solutionManager, plan);
        Set<String> unpinned = new HashSet<>();
        for (Stay stay : plan.getStays()) {
            if (stay.getPublished() == null) {
                continue;
            }
            Integer own = ownChanges.get(stay.getId());
            ChangeReason forced = own != null ? ChangeReason.ownChange(own)
                    : broken.containsKey(stay.getId()) ? cause(stay, broken.get(stay.getId()), changes) : null;
            if (forced == null) {
                continue;
            }
            stay.withForced(forced);
            if (stay.getStatus() == StayStatus.IN_PROGRESS) {
                continue;
            }
            if (stay.isPinned()) {
                stay.withStatus(StayStatus.REQUESTED).withWindowFrom(today);
                unpinned.add(stay.getId());
            }
            stay.assign(null, stay.getArrival());
        }
        return unpinned.stream().sorted().toList();
    }

    /** The latest change that explains a rule the stay's published placement breaks; without one, the rule alone. */
    private static ChangeReason cause(Stay stay, SortedSet<String> rules, List<RespiteChange> changes) {
        String closed = RespiteConstraint.BED_OR_UNIT_CLOSED.constraintName();
        String skills = RespiteConstraint.SKILL_CAPACITY_EXCEEDED.constraintName();
        String awake = RespiteConstraint.AWAKE_NIGHT_STAFF_MISSING.constraintName();
        String unitId = stay.unit().getId();
        for (int i = changes.size() - 1; i >= 0; i--) {
            RespiteChange change = changes.get(i);
            if (change instanceof CloseBed bed && rules.contains(closed) && bed.bedId().equals(stay.getBed().getId())
                    && overlaps(bed.nights(), stay)) {
                return ChangeReason.bedClosed(i, closed, unitId, bed.bedId(), bed.nights());
            }
            if (change instanceof CloseUnit unit && rules.contains(closed) && unit.unitId().equals(unitId) && overlaps(unit.nights(), stay)) {
                return ChangeReason.unitClosed(i, closed, unitId, unit.nights());
            }
            if (change instanceof ChangeStaffing staffing && staffing.unitId().equals(unitId) && overlaps(staffing.change().nights(), stay)) {
                Skill skill = staffing.change().skill();
                if (skill != null && rules.contains(skills) && stay.getClient().needs(skill)) {
                    return ChangeReason.staffingCut(i, skills, unitId, skill, staffing.change().nights(), staffing.change().capacity());
                }
                if (Boolean.FALSE.equals(staffing.change().awakeNightStaff()) && rules.contains(awake)
                        && stay.getClient().needs(Skill.AWAKE_NIGHT)) {
                    return ChangeReason.awakeNightStaffCut(i, awake, unitId, staffing.change().nights());
                }
            }
        }
        return ChangeReason.ruleBroken(rules.first());
    }

    private static boolean overlaps(DateRange nights, Stay stay) {
        return !nights.to().isBefore(stay.getArrival()) && !nights.from().isAfter(stay.lastNight());
    }
}
