package fi.respiteplanner.api.respite;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanStatus;
import fi.respiteplanner.api.plans.PlanSummary;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.respite.Ledger;
import fi.respiteplanner.respite.RespitePlan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Fairness over the year: a plan takes the served nights of a previous plan of the same organisation unit. */
@RestController
@RequestMapping("/api/respite/plans")
@Tag(name = "Respite plans")
public class LedgerController {

    private final PlanJobs<RespitePlan> plans;

    LedgerController(PlanJobs<RespitePlan> plans) {
        this.plans = plans;
    }

    /** The new plan, and what the merge took: months added or replacing older ones, and those left out. */
    public record LedgerTaken(PlanSummary plan, int added, int replaced, int unknownClients, int insideHorizon) {
    }

    @Operation(summary = "Solve this plan again with the ledger of a finished earlier plan of the same unit",
            description = "Creates and queues a new plan: this plan's best solution with the earlier plan's served nights by client and "
                    + "month merged into its ledger (months inside this plan's horizon and clients it lacks are left out), so that a "
                    + "family short last period comes first. The earlier plan must be finished.")
    @PostMapping("/{id}/ledger")
    public ResponseEntity<LedgerTaken> takeLedger(Caller caller, AuditNote audit, @PathVariable String id, @RequestParam String from,
            @RequestParam(required = false) Long timeLimitSeconds, @RequestParam(required = false) Long stepCountLimit) {
        PlanRecord target = plans.record(caller, id, Action.PLAN);
        PlanRecord earlier = plans.record(caller, from, Action.READ);
        if (!earlier.orgUnit().equals(target.orgUnit())) {
            throw Refusal.notFound("Plan " + from);
        }
        if (from.equals(id)) {
            throw Refusal.invalid("from", "is this plan itself: take the ledger of an earlier plan");
        }
        PlanStatus status = plans.summary(earlier).status();
        if (status == PlanStatus.QUEUED || status == PlanStatus.SOLVING) {
            throw Refusal.conflict("Plan " + from + " is " + status + ": take its ledger once it has finished");
        }
        RespitePlan plan = plans.solution(caller, id);
        Ledger.Merged merged = Ledger.merge(plan, Ledger.of(plans.solution(caller, from)));
        plan.link();
        PlanJobs.NewPlan prepared = plans.prepare(caller, plan, new SolveLimits(timeLimitSeconds, stepCountLimit), target.orgUnit());
        PlanRecord created = plans.submitAll(List.of(prepared), ids -> { }).get(0);
        audit.note(id, target.orgUnit(), "ledger of plan " + from + " (" + (merged.added() + merged.replaced()) + " months) into new plan "
                + created.id());
        return ResponseEntity.accepted().location(URI.create("/api/respite/plans/" + created.id()))
                .body(new LedgerTaken(plans.summary(created), merged.added(), merged.replaced(), merged.unknownClients(),
                        merged.insideHorizon()));
    }
}
