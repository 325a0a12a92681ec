package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.Replanning;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.RespiteChange;
import fi.respiteplanner.respite.score.StayJustification;

/**
 * Turns a published plan and the day's change set into tomorrow's problem: started stays fixed, stays
 * in the freeze window pinned unless their place became infeasible (those are reported and re-planned,
 * held by the stability constraints), every assigned stay remembering its published place, and the
 * changes applied. Solving it and reading {@link PlanDiff} tells the office whom to call.
 */
public final class Replanner {

    private final SolutionManager<RespitePlan, HardMediumSoftLongScore> solutionManager;

    public Replanner(SolutionManager<RespitePlan, HardMediumSoftLongScore> solutionManager) {
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
            if (stay.isAssigned()) {
                stay.withPublished(new Published(stay.getBed(), stay.getArrival()));
            }
        }
        List<Replanning.Cancelled> cancelled = new ArrayList<>();
        List<RespiteChange> changes = changeSet.changes() == null ? List.of() : changeSet.changes();
        for (int i = 0; i < changes.size(); i++) {
            RespiteChange change = changes.get(i);
            String path = "changes[" + i + "]";
            List<Violation> wrong = change == null ? List.of(new Violation("", "is null")) : change.validate(published);
            if (!wrong.isEmpty()) {
                return new Prepared(null, wrong.stream().map(v -> new Violation(v.field().isEmpty() ? path : path + "." + v.field(),
                        v.reason())).toList());
            }
            if (change instanceof CancelStay cancel) {
                published.findStay(cancel.stayId()).filter(Stay::isAssigned).ifPresent(stay -> cancelled.add(new Replanning.Cancelled(
                        stay.getId(), stay.getClient().getId(), stay.unit().getId(), stay.getBed().getId(), stay.getArrival(),
                        stay.getNights())));
            }
            change.applyTo(published);
        }
        Set<Stay> frozen = new HashSet<>();
        for (Stay stay : published.getStays()) {
            if (!stay.isAssigned()) {
                continue;
            }
            if (stay.getArrival().isBefore(today)) {
                stay.withStatus(StayStatus.IN_PROGRESS);
            } else if (stay.getArrival().isBefore(freezeEnd) && stay.getStatus() == StayStatus.REQUESTED) {
                stay.withStatus(StayStatus.CONFIRMED);
                frozen.add(stay);
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
        List<String> replannedFrozen = unpinInfeasible(published, frozen);
        published.withReplanning(new Replanning(today, changeSet.freezeDaysOrDefault(), replannedFrozen, cancelled, expired))
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

    /** Frozen stays that a hard constraint now breaks (a closed bed, less staff) lose their pin. */
    private List<String> unpinInfeasible(RespitePlan plan, Set<Stay> frozen) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_ALL);
        Set<String> broken = new HashSet<>();
        analysis.constraintMap().values().stream()
                .filter(constraint -> constraint.score().hardScore() < 0)
                .flatMap(constraint -> constraint.matches().stream())
                .map(match -> match.justification())
                .filter(StayJustification.class::isInstance)
                .forEach(justification -> broken.addAll(((StayJustification) justification).stayIds()));
        List<String> unpinned = new ArrayList<>();
        for (Stay stay : frozen) {
            if (broken.contains(stay.getId())) {
                stay.withStatus(StayStatus.REQUESTED);
                unpinned.add(stay.getId());
            }
        }
        unpinned.sort(String::compareTo);
        return unpinned;
    }
}
