package fi.respiteplanner.api.replan;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.office.OfficeDiff;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanSummary;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.api.replan.Replanning.PendingChange;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.api.web.Language;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.api.web.Texts;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ChangeSet;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.change.RespiteChange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Nightly re-planning: change sets, changes pending for the night, and the diff of who must be told. */
@RestController
@RequestMapping("/api/respite")
@Tag(name = "Re-planning")
public class ReplanController {

    private final Replanning replanning;
    private final PlanJobs<RespitePlan> plans;

    ReplanController(Replanning replanning, PlanJobs<RespitePlan> plans) {
        this.replanning = replanning;
        this.plans = plans;
    }

    @Operation(summary = "Re-plan now: this plan's best solution as the published plan, with a change set and today",
            description = "Creates and queues a new plan; its diff tells which families must be told.")
    @PostMapping("/plans/{id}/replan")
    public ResponseEntity<PlanSummary> replan(Caller caller, AuditNote audit, @PathVariable String id, @RequestBody ChangeSet changeSet,
            @RequestParam(required = false) Long timeLimitSeconds, @RequestParam(required = false) Long stepCountLimit) {
        PlanRecord created = replanning.replan(caller, id, changeSet, new SolveLimits(timeLimitSeconds, stepCountLimit));
        audit.note(id, null, "re-plan for " + changeSet.today() + " with "
                + (changeSet.changes() == null ? 0 : changeSet.changes().size()) + " changes into plan " + created.id());
        return ResponseEntity.accepted().location(URI.create("/api/respite/plans/" + created.id())).body(plans.summary(created));
    }

    @Operation(summary = "Keep a change for tonight's re-plan (checked against the plan after the changes already pending)",
            description = "Answers the pending list with the new change last, each described in the caller's language "
                    + "(Accept-Language: fi, sv, en; Finnish by default).")
    @PostMapping("/plans/{id}/pending-changes")
    public ResponseEntity<List<PendingChange>> addPending(Caller caller, AuditNote audit, @PathVariable String id,
            @RequestBody RespiteChange change, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        if (change != null) {
            audit.note(id, null, "pending: " + change.summary());
        }
        replanning.addPending(caller, id, change);
        return ResponseEntity.accepted().body(pending(caller, id, acceptLanguage));
    }

    @Operation(summary = "Changes waiting for tonight's re-plan: what tonight's batch will include, in order",
            description = "Each described in the caller's language (Accept-Language: fi, sv, en; Finnish by default).")
    @GetMapping("/plans/{id}/pending-changes")
    public List<PendingChange> pending(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        return replanning.pending(caller, id, Texts.messages(Language.of(acceptLanguage)), Texts.naming(caller));
    }

    @Operation(summary = "Replace a change waiting for tonight's re-plan (checked like a new one in its place)")
    @PutMapping("/plans/{id}/pending-changes/{changeId}")
    public List<PendingChange> editPending(Caller caller, AuditNote audit, @PathVariable String id, @PathVariable long changeId,
            @RequestBody RespiteChange change, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        if (change != null) {
            audit.note(id, null, "pending " + changeId + " now: " + change.summary());
        }
        replanning.editPending(caller, id, changeId, change);
        return pending(caller, id, acceptLanguage);
    }

    @Operation(summary = "Remove a change from tonight's re-plan")
    @DeleteMapping("/plans/{id}/pending-changes/{changeId}")
    public List<PendingChange> removePending(Caller caller, AuditNote audit, @PathVariable String id, @PathVariable long changeId,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        audit.note(id, null, "pending " + changeId + " removed");
        replanning.removePending(caller, id, changeId);
        return pending(caller, id, acceptLanguage);
    }

    @Operation(summary = "Re-plan now with exactly the pending changes, which the new plan takes (as tonight's run would)",
            description = "For today, or the given day; the pending list is empty afterwards. Creates and queues a new plan.")
    @PostMapping("/plans/{id}/pending-changes/replan")
    public ResponseEntity<PlanSummary> replanPendingNow(Caller caller, AuditNote audit, @PathVariable String id,
            @RequestParam(required = false) LocalDate today, @RequestParam(required = false) Long timeLimitSeconds,
            @RequestParam(required = false) Long stepCountLimit) {
        LocalDate day = today == null ? LocalDate.now() : today;
        PlanRecord created = replanning.replanPendingNow(caller, id, day, new SolveLimits(timeLimitSeconds, stepCountLimit));
        audit.note(id, null, "re-plan of the pending changes now, for " + day + ", into plan " + created.id());
        return ResponseEntity.accepted().location(URI.create("/api/respite/plans/" + created.id())).body(plans.summary(created));
    }

    @Operation(summary = "Run the nightly re-plan now for every plan of yours with pending changes (for today, or the given day)",
            description = "Answers the ids of the new plans.")
    @PostMapping("/nightly-replan")
    public List<String> nightlyNow(Caller caller, AuditNote audit, @RequestParam(required = false) LocalDate today) {
        List<String> created = replanning.replanAllPending(caller, today == null ? LocalDate.now() : today);
        audit.note(null, null, "nightly re-plan now: new plans " + created);
        return created;
    }

    @Operation(summary = "What changed for whom against the published plan, and why (JSON)",
            description = "Places and reasons also in words of the caller's language (Accept-Language: fi, sv, en; Finnish by default).")
    @GetMapping("/plans/{id}/diff")
    public OfficeDiff diff(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        RespitePlan plan = plans.solution(caller, id);
        return OfficeDiff.of(plan, PlanDiff.of(plan), Messages.of(Language.of(acceptLanguage)));
    }

    @Operation(summary = "What changed for whom and why, as CSV for the office (personal data: client ids; names for planners)",
            description = PlanEndpoints.CSV_DIALECT)
    @GetMapping(value = "/plans/{id}/diff.csv", produces = "text/csv")
    public ResponseEntity<String> diffCsv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        RespitePlan plan = plans.solution(caller, id);
        Messages words = Messages.of(Language.of(acceptLanguage));
        return PlanEndpoints.csv(id + "-diff.csv", OfficeDiff.of(plan, PlanDiff.of(plan), words).toCsv(plan, words, Texts.naming(caller)));
    }
}
