package fi.respiteplanner.api.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanSummary;
import fi.respiteplanner.api.plans.SolveLimits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The endpoints every kind of plan shares (submit, list, read, solution, stop, resume, delete, change
 * log, and the plan's life: publish, archive, rename); a kind's controller extends this with its own path and adds what is particular to it. Each
 * handler passes the caller to the engine, which decides access.
 */
public abstract class PlanEndpoints<S> {

    protected final PlanJobs<S> jobs;

    protected PlanEndpoints(PlanJobs<S> jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Submit a plan for solving", description = "Answers 202 once the plan is stored; solving runs in the background.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PlanSummary> submit(Caller caller, AuditNote audit, @RequestBody String plan,
            @Parameter(description = "solving time in seconds (default and maximum are service settings)")
            @RequestParam(required = false) Long timeLimitSeconds,
            @Parameter(description = "stop after this many local search steps instead (reproducible)")
            @RequestParam(required = false) Long stepCountLimit,
            @Parameter(description = "the organisation unit the plan belongs to (needed if you belong to several)")
            @RequestParam(required = false) String orgUnit) {
        String unit = AccessGate.unitForNew(caller, orgUnit, Action.PLAN);
        PlanRecord record = jobs.submit(caller, plan, new SolveLimits(timeLimitSeconds, stepCountLimit), unit);
        audit.note(record.id(), record.orgUnit(), "submitted plan '" + record.name() + "'");
        return ResponseEntity.accepted().location(location(record.id())).body(jobs.summary(record));
    }

    @Operation(summary = "List plans with status and score")
    @GetMapping
    public List<PlanSummary> list(Caller caller) {
        return jobs.list(caller);
    }

    @Operation(summary = "Read a plan's status and score")
    @GetMapping("/{id}")
    public PlanSummary get(Caller caller, @PathVariable String id) {
        return jobs.summary(caller, id);
    }

    @Operation(summary = "The best solution so far, in the plan JSON format (contains personal data)")
    @GetMapping(value = "/{id}/solution", produces = MediaType.APPLICATION_JSON_VALUE)
    public String solution(Caller caller, @PathVariable String id) {
        return jobs.solutionJson(caller, id);
    }

    @Operation(summary = "The best solution so far as CSV: one row per request, placed or not (contains personal data: ids)")
    @GetMapping(value = "/{id}/plan.csv", produces = "text/csv")
    public ResponseEntity<String> tableCsv(Caller caller, @PathVariable String id) {
        return csv(id + "-plan.csv", jobs.kind().tableCsv(jobs.solution(caller, id)));
    }

    @Operation(summary = "KPIs of the best solution so far as CSV: one row per KPI (path in the KPI JSON, value)")
    @GetMapping(value = "/{id}/kpis.csv", produces = "text/csv")
    public ResponseEntity<String> kpisCsv(Caller caller, @PathVariable String id) {
        return csv(id + "-kpis.csv", KpiTable.csv(jobs.kind().kpis(jobs.solution(caller, id))));
    }

    @Operation(summary = "Stop solving early and keep the best solution")
    @PostMapping("/{id}/stop")
    public PlanSummary stop(Caller caller, AuditNote audit, @PathVariable String id) {
        audit.note(id, null, "stop solving");
        return jobs.stop(caller, id);
    }

    @Operation(summary = "Solve again from the best solution (after stop, finish or failure)")
    @PostMapping("/{id}/solve")
    public ResponseEntity<PlanSummary> resume(Caller caller, AuditNote audit, @PathVariable String id,
            @RequestParam(required = false) Long timeLimitSeconds, @RequestParam(required = false) Long stepCountLimit) {
        audit.note(id, null, "solve again");
        return ResponseEntity.accepted().location(location(id)).body(jobs.resume(caller, id, new SolveLimits(timeLimitSeconds, stepCountLimit)));
    }

    @Operation(summary = "Delete a plan (stops it first if it is solving)",
            description = "A draft needs the PLANNER role; a published or archived plan (what families were told) the ADMIN role.")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(Caller caller, AuditNote audit, @PathVariable String id) {
        PlanRecord record = jobs.delete(caller, id);
        audit.note(id, record.orgUnit(), "deleted " + record.stage().name().toLowerCase(Locale.ROOT) + " plan '" + record.name() + "'");
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Publish a finished plan that keeps every rule: the unit's plan that families are told and re-plans start from",
            description = "The unit's previously published plan of this kind is archived. Refused (409) while the plan solves, when it "
                    + "breaks a hard rule, or for a what-if variant.")
    @PostMapping("/{id}/publish")
    public PlanSummary publish(Caller caller, AuditNote audit, @PathVariable String id) {
        audit.note(id, null, "publish");
        PlanJobs.Published published = jobs.publish(caller, id);
        audit.note(id, published.plan().orgUnit(), published.archivedPlanId() == null ? "published"
                : "published; archived plan " + published.archivedPlanId());
        return published.plan();
    }

    @Operation(summary = "Archive a plan (a draft or the published one): kept for the record")
    @PostMapping("/{id}/archive")
    public PlanSummary archive(Caller caller, AuditNote audit, @PathVariable String id) {
        audit.note(id, null, "archive");
        return jobs.archive(caller, id);
    }

    /** A plan's new name. */
    public record Rename(String name) {
    }

    @Operation(summary = "Rename a plan (at most 300 characters, not blank)")
    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PlanSummary rename(Caller caller, AuditNote audit, @PathVariable String id, @RequestBody Rename rename) {
        jobs.record(caller, id, Action.PLAN);
        if (rename == null) {
            throw Refusal.invalid("$", "the body is empty");
        }
        audit.note(id, null, "rename");
        return jobs.rename(caller, id, rename.name());
    }

    @Operation(summary = "The changes sent to a plan, oldest first (one line each, ids only)")
    @GetMapping("/{id}/changes")
    public List<String> changes(Caller caller, @PathVariable String id) {
        return jobs.changes(caller, id);
    }

    /** A CSV download: a spreadsheet opens it as is, a browser saves it under the given name. */
    public static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    protected URI location(String id) {
        return URI.create("/api/" + jobs.kind().name() + "/plans/" + id);
    }
}
