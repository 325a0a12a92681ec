package fi.respiteplanner.api.plans;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import fi.respiteplanner.api.security.AuditLog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The endpoints every kind of plan shares (submit, list, read, solution, stop, resume, delete, change
 * log); a kind's controller extends this with its own path and adds what is particular to it.
 */
public abstract class PlanEndpoints<S> {

    protected final PlanJobs<S> jobs;

    protected PlanEndpoints(PlanJobs<S> jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Submit a plan for solving", description = "Answers 202 at once; solving runs in the background.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PlanSummary> submit(@RequestBody String plan,
            @Parameter(description = "solving time in seconds (default and maximum are service settings)")
            @RequestParam(required = false) Long timeLimitSeconds,
            @Parameter(description = "stop after this many local search steps instead (reproducible)")
            @RequestParam(required = false) Long stepCountLimit,
            @Parameter(description = "the organisation unit the plan belongs to (needed if you belong to several)")
            @RequestParam(required = false) String orgUnit) {
        PlanRecord record = jobs.submit(plan, new SolveLimits(timeLimitSeconds, stepCountLimit), PlanJobs.orgUnitForNewPlan(orgUnit));
        AuditLog.detail("submitted plan '" + record.name() + "' for " + record.orgUnit());
        return ResponseEntity.accepted().location(location(record.id())).body(PlanSummary.of(record));
    }

    @Operation(summary = "List plans with status and score")
    @GetMapping
    public List<PlanSummary> list() {
        return jobs.list().stream().map(jobs::summary).toList();
    }

    @Operation(summary = "Read a plan's status and score")
    @GetMapping("/{id}")
    public PlanSummary get(@PathVariable String id) {
        return jobs.summary(jobs.record(id));
    }

    @Operation(summary = "The best solution so far, in the plan JSON format")
    @GetMapping(value = "/{id}/solution", produces = MediaType.APPLICATION_JSON_VALUE)
    public String solution(@PathVariable String id) {
        return jobs.kind().write(jobs.current(id));
    }

    @Operation(summary = "The best solution so far as CSV: one row per request, placed or not (contains personal data: ids)")
    @GetMapping(value = "/{id}/plan.csv", produces = "text/csv")
    public ResponseEntity<String> tableCsv(@PathVariable String id) {
        return csv(id + "-plan.csv", jobs.kind().tableCsv(jobs.current(id)));
    }

    @Operation(summary = "KPIs of the best solution so far as CSV: one row per KPI (path in the KPI JSON, value)")
    @GetMapping(value = "/{id}/kpis.csv", produces = "text/csv")
    public ResponseEntity<String> kpisCsv(@PathVariable String id) {
        return csv(id + "-kpis.csv", KpiTable.csv(jobs.kind().kpis(jobs.current(id))));
    }

    @Operation(summary = "Stop solving early and keep the best solution")
    @PostMapping("/{id}/stop")
    public PlanSummary stop(@PathVariable String id) {
        AuditLog.detail("stop solving");
        return PlanSummary.of(jobs.stop(id));
    }

    @Operation(summary = "Solve again from the best solution (after stop, finish, failure or a restart)")
    @PostMapping("/{id}/solve")
    public ResponseEntity<PlanSummary> resume(@PathVariable String id, @RequestParam(required = false) Long timeLimitSeconds,
            @RequestParam(required = false) Long stepCountLimit) {
        AuditLog.detail("solve again");
        return ResponseEntity.accepted().location(location(id))
                .body(PlanSummary.of(jobs.resume(id, new SolveLimits(timeLimitSeconds, stepCountLimit))));
    }

    @Operation(summary = "Delete a plan (stops it first if it is solving)")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        AuditLog.detail("deleted plan '" + jobs.record(id).name() + "'");
        jobs.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The changes sent to a plan, oldest first (one line each, ids only)")
    @GetMapping("/{id}/changes")
    public List<String> changes(@PathVariable String id) {
        return jobs.changes(id);
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
