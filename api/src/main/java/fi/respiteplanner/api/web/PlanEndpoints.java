package fi.respiteplanner.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanSummary;
import fi.respiteplanner.api.plans.SolveLimits;
import fi.respiteplanner.datasets.workbook.Messages;
import fi.respiteplanner.datasets.workbook.WorkbookImport;
import fi.respiteplanner.datasets.workbook.WorkbookLimits;
import fi.respiteplanner.datasets.workbook.WorkbookRefusedException;
import fi.respiteplanner.datasets.workbook.WorkbookRefusedException.Reason;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The endpoints every kind of plan shares (submit as JSON or a workbook, list, read, solution as JSON,
 * CSV or a workbook, stop, resume, delete, change log, and the plan's life: publish, archive, rename); a kind's controller extends this with its own path and adds what is particular to it. Each
 * handler passes the caller to the engine, which decides access.
 */
public abstract class PlanEndpoints<S> {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** How every CSV download is written; say it on each. */
    public static final String CSV_DIALECT = "In the caller's language (Accept-Language: fi, sv, en; Finnish by default): Finnish and "
            + "Swedish as their Excel opens it (semicolons, decimal comma, dates d.M.yyyy), English with commas, decimal points and ISO "
            + "dates; UTF-8 with a byte order mark.";
    private static final String LANGUAGE = "the workbook's and its problems' language: fi, sv or en (Finnish when none of them is asked for)";

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

    /** A plan created from a workbook, with the warnings that did not stop it, in the caller's language. */
    public record WorkbookSubmission(PlanSummary plan, List<WorkbookIssue> warnings) {
    }

    @Operation(summary = "Submit a plan as a filled workbook (.xlsx, the raw body)",
            description = "Answers 202 with the plan and the workbook's warnings; an invalid workbook gets 400 with every problem "
                    + "at its sheet, row and column, in the language of Accept-Language (fi, sv, en); 413 for a file too large.")
    @PostMapping(value = "/workbook", consumes = XLSX)
    public ResponseEntity<WorkbookSubmission> submitWorkbook(Caller caller, AuditNote audit,
            @Parameter(description = LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language, InputStream body,
            @RequestParam(required = false) Long timeLimitSeconds, @RequestParam(required = false) Long stepCountLimit,
            @RequestParam(required = false) String orgUnit) {
        return workbook(caller, audit, Language.of(language), body, new SolveLimits(timeLimitSeconds, stepCountLimit), orgUnit);
    }

    @Operation(summary = "Submit a plan as a filled workbook (.xlsx), uploaded as the form part 'file'",
            description = "As the raw upload: 202 with the plan and warnings, 400 with every problem, 413 for a file too large.")
    @PostMapping(value = "/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<WorkbookSubmission> submitWorkbookForm(Caller caller, AuditNote audit,
            @Parameter(description = LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) Long timeLimitSeconds,
            @RequestParam(required = false) Long stepCountLimit, @RequestParam(required = false) String orgUnit) {
        try (InputStream in = file.getInputStream()) {
            return workbook(caller, audit, Language.of(language), in, new SolveLimits(timeLimitSeconds, stepCountLimit), orgUnit);
        } catch (IOException e) {
            throw new WorkbookRefusedException(Reason.NOT_A_WORKBOOK, e);
        }
    }

    private ResponseEntity<WorkbookSubmission> workbook(Caller caller, AuditNote audit, Locale language, InputStream in, SolveLimits limits,
            String orgUnit) {
        String unit = AccessGate.unitForNew(caller, orgUnit, Action.PLAN);
        WorkbookImport<S> read = jobs.kind().readWorkbook(in, WorkbookLimits.DEFAULT);
        PlanRecord record = jobs.submitAll(List.of(jobs.prepare(caller, read.plan(), limits, unit)), ids -> { }).get(0);
        audit.note(record.id(), record.orgUnit(), "submitted plan '" + record.name() + "' as a workbook");
        return ResponseEntity.accepted().location(location(record.id())).body(new WorkbookSubmission(jobs.summary(record),
                read.warnings().stream().map(warning -> WorkbookIssue.of(warning, language)).toList()));
    }

    @Operation(summary = "An empty workbook to fill in (.xlsx): sheets, headers, drop-down lists and instructions",
            description = "In the language of Accept-Language (fi, sv, en; Finnish by default).")
    @GetMapping(value = "/template.xlsx", produces = XLSX)
    public ResponseEntity<byte[]> template(Caller caller,
            @Parameter(description = LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        AccessGate.checkRole(caller, Action.READ);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jobs.kind().workbookTemplate(Language.of(language), out);
        return xlsx(Messages.of(Language.of(language)).text("file.template." + jobs.kind().name()) + ".xlsx", out.toByteArray());
    }

    @Operation(summary = "The best solution so far as a workbook (.xlsx) to edit and upload again (contains personal data)",
            description = "The plan's sheets, and for a solved plan also stays per bed and per client, unmet requests and KPIs.")
    @GetMapping(value = "/{id}/plan.xlsx", produces = XLSX)
    public ResponseEntity<byte[]> workbook(Caller caller, @PathVariable String id,
            @Parameter(description = LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        S plan = jobs.solution(caller, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jobs.kind().writeWorkbook(plan, Language.of(language), out);
        return xlsx(id + "-plan.xlsx", out.toByteArray());
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

    @Operation(summary = "The best solution so far as CSV: one row per request, placed or not (personal data: ids; names for planners)",
            description = CSV_DIALECT)
    @GetMapping(value = "/{id}/plan.csv", produces = "text/csv")
    public ResponseEntity<String> tableCsv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        return csv(id + "-plan.csv", jobs.kind().tableCsv(jobs.solution(caller, id), words(acceptLanguage),
                Texts.naming(caller)));
    }

    @Operation(summary = "KPIs of the best solution so far as CSV: one row per KPI (its name in words, value)", description = CSV_DIALECT)
    @GetMapping(value = "/{id}/kpis.csv", produces = "text/csv")
    public ResponseEntity<String> kpisCsv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        return csv(id + "-kpis.csv", KpiTable.csv(jobs.kind().kpis(jobs.solution(caller, id)), words(acceptLanguage)));
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

    private static fi.respiteplanner.i18n.Messages words(String acceptLanguage) {
        return fi.respiteplanner.i18n.Messages.of(Language.of(acceptLanguage));
    }

    /** A CSV download: a spreadsheet opens it as is, a browser saves it under the given name. */
    public static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** A workbook download, saved under the given name. */
    public static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    protected URI location(String id) {
        return URI.create("/api/" + jobs.kind().name() + "/plans/" + id);
    }
}
