package fi.respiteplanner.api.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.respiteplanner.common.Csv;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ContactList;
import fi.respiteplanner.replan.PlanDiff;
import fi.respiteplanner.replan.ReasonText;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Unit;

/**
 * The diff of who must be told, each row also in words of the caller's language: the old and new place
 * (unit name, dates {@code d.M.yyyy}) and the reason.
 */
public record OfficeDiff(int familiesAffected, String language, List<DiffRow> changes) {

    /**
     * A {@link PlanDiff.Entry} with {@code before}, {@code after} and {@code reasonText} in words;
     * {@code breaksRule} is the name of the hard constraint the stay's place breaks, {@code breaksRuleText} that rule in words.
     */
    public record DiffRow(String stayId, String clientId, PlanDiff.Change change, String oldUnit, String oldBed, LocalDate oldArrival,
            LocalDate oldDeparture, String newUnit, String newBed, LocalDate newArrival, LocalDate newDeparture, boolean forced,
            ChangeReason reason, String breaksRule, String before, String after, String reasonText, String breaksRuleText) {
    }

    public static OfficeDiff of(RespitePlan plan, PlanDiff diff, Messages words) {
        List<DiffRow> rows = diff.changes().stream().map(e -> new DiffRow(e.stayId(), e.clientId(), e.change(), e.oldUnit(), e.oldBed(),
                e.oldArrival(), e.oldDeparture(), e.newUnit(), e.newBed(), e.newArrival(), e.newDeparture(), e.forced(), e.reason(),
                e.breaksRule(), ContactList.place(plan, words, e.oldUnit(), e.oldArrival(), e.oldDeparture()),
                ContactList.place(plan, words, e.newUnit(), e.newArrival(), e.newDeparture()),
                ReasonText.of(e.reason(), words, unitId -> plan.findUnit(unitId).map(Unit::getName).orElse(unitId)),
                ReasonText.rule(e.breaksRule(), words))).toList();
        return new OfficeDiff(diff.familiesAffected(), words.language(), rows);
    }

    /**
     * One row per change in the reader's language, places and reasons in words, clients' names for readers who
     * see them; says first that it holds personal data.
     */
    public String toCsv(RespitePlan plan, Messages words, Naming naming) {
        boolean names = naming.clientNames();
        Csv csv = Csv.of(words).personalData(names ? "csv.holds.names" : "csv.holds.ids");
        List<String> columns = new ArrayList<>(List.of("stayId", "clientId"));
        if (names) {
            columns.add("clientName");
        }
        columns.addAll(List.of("change", "before", "after", "forced", "reason", "breaksRule", "oldBed", "newBed"));
        csv.header(columns.toArray(String[]::new));
        for (DiffRow row : changes) {
            List<Object> cells = new ArrayList<>(List.of(row.stayId(), row.clientId()));
            if (names) {
                cells.add(plan.findClient(row.clientId()).map(Client::getName).orElse(null));
            }
            cells.addAll(Arrays.asList(words.text("change." + row.change()), row.before(), row.after(), row.forced(), row.reasonText(),
                    row.breaksRuleText(), row.oldBed(), row.newBed()));
            csv.row(cells.toArray());
        }
        return csv.toString();
    }
}
