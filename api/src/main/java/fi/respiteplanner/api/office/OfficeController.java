package fi.respiteplanner.api.office;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.office.ContactMarks.Contacted;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.api.web.Language;
import fi.respiteplanner.api.web.PlanEndpoints;
import fi.respiteplanner.common.Csv;
import fi.respiteplanner.datasets.workbook.TableWorkbook;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ContactList;
import fi.respiteplanner.replan.FreedPlace;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.respite.Contact;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.change.CancelStay;
import fi.respiteplanner.respite.change.PlaceStay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The office's day after a re-plan: the families to contact (personal data, planners and up) with the
 * draft messages and the contacted marks (also as CSV and a workbook), and who should get a place a cancellation frees.
 */
@RestController
@RequestMapping("/api/respite/plans")
@Tag(name = "Office")
public class OfficeController {

    private static final int MAX_OPTIONS = 50;
    private static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Helsinki");
    /** The contact list's columns, the same in the CSV and the workbook. */
    private static final List<String> CONTACT_COLUMNS = List.of("clientId", "clientName", "guardian", "phone", "email", "language",
            "stayId", "change", "before", "after", "reason", "forced", "contactedBy", "contactedAt", "draft");

    private final PlanJobs<RespitePlan> plans;
    private final ContactMarks marks;

    OfficeController(PlanJobs<RespitePlan> plans, ContactMarks marks) {
        this.plans = plans;
        this.marks = marks;
    }

    /** A family to contact, with the office's mark (null until someone has reached them). */
    public record FamilyToContact(String clientId, String clientName, Contact contact, String language, List<ContactList.Row> changes,
            ContactList.Draft draft, Contacted contacted) {
    }

    /** The contact list: every family with a change, how many are marked contacted. */
    public record Contacts(String language, int contacted, List<FamilyToContact> families) {
    }

    @Operation(summary = "The families to contact about this plan's changes (personal data: planners and up)",
            description = "Per family: contact details, each change in words of the caller's language (Accept-Language: fi, sv, en; "
                    + "Finnish by default), the reason, a draft message in the family's own language and the contacted mark.")
    @GetMapping("/{id}/contacts")
    public Contacts contacts(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        plans.record(caller, id, Action.CONTACT);
        Messages words = Messages.of(Language.of(acceptLanguage));
        RespitePlan plan = plans.solution(caller, id);
        Map<String, Contacted> marked = marks.of(id);
        List<FamilyToContact> families = ContactList.of(plan, PlanDiff.of(plan), words).families().stream()
                .map(f -> new FamilyToContact(f.clientId(), f.clientName(), f.contact(), f.language(), f.changes(), f.draft(),
                        marked.get(f.clientId())))
                .toList();
        return new Contacts(words.language(), (int) families.stream().filter(f -> f.contacted() != null).count(), families);
    }

    @Operation(summary = "The contact list as CSV for the office (personal data: names, phone numbers, e-mail addresses)",
            description = PlanEndpoints.CSV_DIALECT)
    @GetMapping(value = "/{id}/contacts.csv", produces = "text/csv")
    public ResponseEntity<String> contactsCsv(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        Messages words = Messages.of(Language.of(acceptLanguage));
        Csv csv = Csv.of(words).personalData("csv.holds.contacts").header(CONTACT_COLUMNS.toArray(String[]::new));
        contactRows(contacts(caller, id, acceptLanguage), words).forEach(row -> csv.row(row.toArray()));
        return PlanEndpoints.csv(id + "-contacts.csv", csv.toString());
    }

    @Operation(summary = "The contact list as a workbook for the office (personal data: names, phone numbers, e-mail addresses)",
            description = "The rows of contacts.csv on one sheet: headers in the caller's language (Accept-Language: fi, sv, en; "
                    + "Finnish by default), phone numbers as text.")
    @GetMapping(value = "/{id}/contacts.xlsx", produces = PlanEndpoints.XLSX)
    public ResponseEntity<byte[]> contactsWorkbook(Caller caller, @PathVariable String id,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        Messages words = Messages.of(Language.of(acceptLanguage));
        List<List<Object>> rows = contactRows(contacts(caller, id, acceptLanguage), words);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(words.text("csv.sheet.contacts"), CONTACT_COLUMNS.stream().map(c -> words.text("csv.column." + c)).toList(),
                rows, out);
        return PlanEndpoints.xlsx(id + "-contacts.xlsx", out.toByteArray());
    }

    /** One row per changed stay of each family, the same for the CSV and the workbook; yes/no and the change in words. */
    private static List<List<Object>> contactRows(Contacts contacts, Messages words) {
        List<List<Object>> rows = new ArrayList<>();
        for (FamilyToContact family : contacts.families()) {
            Contact contact = family.contact() == null ? new Contact(null, null, null, null) : family.contact();
            for (ContactList.Row row : family.changes()) {
                rows.add(Arrays.asList(family.clientId(), family.clientName(), contact.guardian(), contact.phone(), contact.email(),
                        family.language(), row.stayId(), words.text("change." + row.change()), row.before(), row.after(), row.reasonText(),
                        words.text(row.forced() ? "csv.yes" : "csv.no"), family.contacted() == null ? null : family.contacted().by(),
                        family.contacted() == null ? null : moment(family.contacted(), words), family.draft().text()));
            }
        }
        return rows;
    }

    @Operation(summary = "Mark a family contacted (who and when are stored and audited)")
    @PostMapping("/{id}/contacts/{clientId}/contacted")
    public Contacted markContacted(Caller caller, AuditNote audit, @PathVariable String id, @PathVariable String clientId) {
        knownClient(caller, id, clientId);
        audit.note(id, null, "family of client " + clientId + " contacted");
        return marks.mark(id, clientId, caller.name());
    }

    @Operation(summary = "Take back a family's contacted mark (audited)")
    @DeleteMapping("/{id}/contacts/{clientId}/contacted")
    public ResponseEntity<Void> unmarkContacted(Caller caller, AuditNote audit, @PathVariable String id, @PathVariable String clientId) {
        knownClient(caller, id, clientId);
        audit.note(id, null, "family of client " + clientId + " not contacted after all");
        marks.unmark(id, clientId);
        return ResponseEntity.noContent().build();
    }

    private void knownClient(Caller caller, String id, String clientId) {
        plans.record(caller, id, Action.CONTACT);
        if (plans.solution(caller, id).findClient(clientId).isEmpty()) {
            throw Refusal.invalid("clientId", "no client '" + clientId + "' in the plan");
        }
    }

    /** A waiting request that could take the freed place; {@code reason} is the score level it improves most. */
    public record FreedPlaceOption(String stayId, String clientId, String clientName, Priority priority, String unitId, String unitName,
            String bedId, LocalDate arrival, int nights, String scoreChange, String reason, FreedPlace.Fairness fairness, PlaceStay place) {
    }

    /** The freed bed and nights, the cancellation to send first, then one option's {@code place}: both to {@code …/changes}. */
    public record FreedPlaceRanking(String cancelledStayId, String bedId, LocalDate firstNight, LocalDate lastNight, CancelStay cancel,
            List<FreedPlaceOption> options) {
    }

    @Operation(summary = "Who should get the place if this stay is cancelled: the waiting requests that fit it, best first",
            description = "Changes nothing. Apply by sending the ranking's cancel, then the chosen option's place, to …/changes.")
    @GetMapping("/{id}/stays/{stayId}/freed-place")
    public FreedPlaceRanking freedPlace(Caller caller, @PathVariable String id, @PathVariable String stayId,
            @RequestParam(defaultValue = "5") int limit) {
        plans.record(caller, id, Action.PLAN);
        if (limit < 1 || limit > MAX_OPTIONS) {
            throw Refusal.invalid("limit", "must be between 1 and " + MAX_OPTIONS);
        }
        RespitePlan plan = plans.solution(caller, id);
        FreedPlace.Result result = FreedPlace.rank(RespiteSolver.scoringFactory(), plan, stayId, limit);
        if (!result.violations().isEmpty()) {
            throw Refusal.invalid(result.violations());
        }
        FreedPlace.Ranking ranking = result.ranking();
        List<FreedPlaceOption> options = ranking.options().stream().map(o -> new FreedPlaceOption(o.stayId(), o.clientId(),
                plan.findClient(o.clientId()).map(c -> c.getName()).orElse(null), o.priority(), o.unitId(),
                plan.findUnit(o.unitId()).map(u -> u.getName()).orElse(o.unitId()), o.bedId(), o.arrival(), o.nights(),
                o.scoreChange().toString(), o.reason(), o.fairness(), o.place())).toList();
        return new FreedPlaceRanking(ranking.cancelledStayId(), ranking.bedId(), ranking.firstNight(), ranking.lastNight(), ranking.cancel(),
                options);
    }

    /** 30.11.2026 9.15 for Finnish and Swedish readers, 2026-11-30 09:15 for English ones; office time. */
    private static String moment(Contacted contacted, Messages words) {
        ZonedDateTime at = contacted.at().atZone(OFFICE_TIME);
        return words.language().equals("en") ? at.toLocalDate() + " " + String.format("%02d:%02d", at.getHour(), at.getMinute())
                : Messages.date(at.toLocalDate()) + " " + at.getHour() + "." + String.format("%02d", at.getMinute());
    }
}
