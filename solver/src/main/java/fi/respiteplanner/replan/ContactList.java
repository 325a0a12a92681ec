package fi.respiteplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Contact;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Unit;

/**
 * The office's call list after a re-plan: one family per client with a change, how to reach them,
 * each change with the old and new place and dates and the reason in the office's words, and a draft
 * message in the family's own language (fi or sv) ready to send. Holds personal data.
 */
public record ContactList(List<Family> families) {

    /** One family to contact; {@code contact} may be null when the plan has none. */
    public record Family(String clientId, String clientName, Contact contact, String language, List<Row> changes, Draft draft) {
    }

    /** One changed stay in the office's words, units by name ({@code before}/{@code after} empty when there was or is no place). */
    public record Row(String stayId, PlanDiff.Change change, String before, String after, boolean forced, ChangeReason reason,
            String reasonText) {
    }

    /** A message to the family, in its language. */
    public record Draft(String language, String subject, String text) {
    }

    /** @param office the language of the office's rows (the page's language) */
    public static ContactList of(RespitePlan plan, PlanDiff diff, Messages office) {
        Map<String, List<PlanDiff.Entry>> byClient = new LinkedHashMap<>();
        diff.changes().forEach(entry -> byClient.computeIfAbsent(entry.clientId(), id -> new ArrayList<>()).add(entry));
        List<Family> families = new ArrayList<>();
        UnaryOperator<String> unitName = unitId -> plan.findUnit(unitId).map(Unit::getName).orElse(unitId);
        byClient.forEach((clientId, entries) -> {
            Client client = plan.findClient(clientId).orElse(null);
            Messages familyWords = Messages.of(client == null ? "fi" : client.familyLanguage());
            List<Row> rows = entries.stream().map(entry -> new Row(entry.stayId(), entry.change(),
                    place(plan, office, entry.oldUnit(), entry.oldArrival(), entry.oldDeparture()),
                    place(plan, office, entry.newUnit(), entry.newArrival(), entry.newDeparture()),
                    entry.forced(), entry.reason(), ReasonText.of(entry.reason(), office, unitName))).toList();
            families.add(new Family(clientId, client == null ? null : client.getName(), client == null ? null : client.getContact(),
                    familyWords.language(), rows, draft(plan, client, clientId, entries, familyWords)));
        });
        return new ContactList(families);
    }

    /** The message a family gets: greeting, one line per changed stay with its reason, closing. */
    public static Draft draft(RespitePlan plan, Client client, String clientId, List<PlanDiff.Entry> entries, Messages words) {
        Contact contact = client == null ? null : client.getContact();
        StringBuilder text = new StringBuilder();
        text.append(contact != null && contact.guardian() != null ? words.text("draft.greeting", contact.guardian())
                : words.text("draft.greetingNoName")).append("\n\n");
        text.append(words.text("draft.intro", client == null || client.getName() == null ? clientId : client.getName())).append('\n');
        UnaryOperator<String> unitName = unitId -> plan.findUnit(unitId).map(Unit::getName).orElse(unitId);
        for (PlanDiff.Entry entry : entries) {
            String before = place(plan, words, entry.oldUnit(), entry.oldArrival(), entry.oldDeparture());
            String after = place(plan, words, entry.newUnit(), entry.newArrival(), entry.newDeparture());
            String reason = ReasonText.of(entry.reason(), words, unitName);
            text.append(switch (entry.change()) {
                case UNIT_CHANGED, BED_CHANGED, DATES_CHANGED -> words.text("draft.line.moved", before, after, reason);
                case DROPPED -> words.text("draft.line.dropped", before, reason);
                case NEWLY_PLACED -> words.text("draft.line.placed", after, reason);
                case CANCELLED -> words.text("draft.line.cancelled", before, reason);
                case BREAKS_RULE -> words.text("draft.line.breaksRule", before, reason);
            }).append('\n');
        }
        text.append('\n').append(words.text("draft.closing"));
        return new Draft(words.language(), words.text("draft.subject"), text.toString());
    }

    /** A place in words: the unit's name and the dates from arrival to departure; empty without a unit. */
    public static String place(RespitePlan plan, Messages words, String unitId, LocalDate arrival, LocalDate departure) {
        if (unitId == null) {
            return "";
        }
        String unit = plan.findUnit(unitId).map(Unit::getName).orElse(unitId);
        return words.text("draft.place", unit, Messages.range(arrival, departure));
    }
}
