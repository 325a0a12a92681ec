package fi.respiteplanner.respite.score;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fi.respiteplanner.common.Concerning;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.replan.ReasonText;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.ClientMonth;
import fi.respiteplanner.respite.Stay;

/**
 * Why a constraint matched, in the terms a planner tells a family: the stays and clients, the unit,
 * the nights and a sentence. The sentence is the bundle's {@code explain.<CONSTRAINT>} with its arguments;
 * {@link #in} says it in a reader's language with units and clients named for that reader. Built with ids
 * only (English, codes): explanations leave the service.
 */
public record StayJustification(List<String> stayIds, List<String> clientIds, String unitId,
        LocalDate firstNight, LocalDate lastNight, String reason, @JsonIgnore String key, @JsonIgnore List<Object> args)
        implements Concerning {

    private static final Messages ENGLISH = Messages.of("en");

    /** An argument that is said in words: a unit or client (named for the reader) or a code with words in the bundles. */
    public record Named(Kind kind, String id) {

        public enum Kind { UNIT, CLIENT, SKILL, FEATURE, PRODUCER, ROOM_POLICY }
    }

    @Override
    public List<String> requestIds() {
        return stayIds;
    }

    @Override
    public List<String> personIds() {
        return clientIds;
    }

    /**
     * The sentence in the messages' language.
     *
     * @param names how to name a unit or client ({@link Named.Kind#UNIT}, {@link Named.Kind#CLIENT}) for the reader
     */
    public StayJustification in(Messages messages, Function<Named, String> names) {
        return new StayJustification(stayIds, clientIds, unitId, firstNight, lastNight, sentence(key, args, messages, names), key, args);
    }

    static Named unit(String id) {
        return new Named(Named.Kind.UNIT, id);
    }

    static Named client(String id) {
        return new Named(Named.Kind.CLIENT, id);
    }

    static Named code(Named.Kind kind, Object code) {
        return new Named(kind, String.valueOf(code));
    }

    private static String sentence(String key, List<Object> args, Messages messages, Function<Named, String> names) {
        return messages.text(key, args.stream().map(arg -> word(arg, messages, names)).toArray());
    }

    private static Object word(Object arg, Messages messages, Function<Named, String> names) {
        if (arg instanceof Named named) {
            return switch (named.kind()) {
                case UNIT, CLIENT -> names.apply(named);
                case SKILL -> messages.lowerFirst(messages.text("skill." + named.id()));
                case FEATURE -> messages.has("feature." + named.id()) ? messages.text("feature." + named.id()) : named.id();
                case PRODUCER -> messages.text("producer." + named.id());
                case ROOM_POLICY -> messages.text("gender." + named.id());
            };
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(word(item, messages, names))).collect(Collectors.joining(", "));
        }
        if (arg instanceof ChangeReason reason) {
            return ReasonText.of(reason, messages, id -> names.apply(unit(id)));
        }
        if (arg instanceof YearMonth month) {
            return month.getMonthValue() + "/" + month.getYear();
        }
        return arg;
    }

    private static StayJustification of(List<String> stayIds, List<String> clientIds, String unitId, LocalDate first, LocalDate last,
            String key, Object... args) {
        List<Object> arguments = Arrays.asList(args);
        return new StayJustification(stayIds, clientIds, unitId, first, last, sentence(key, arguments, ENGLISH, Named::id), key,
                arguments);
    }

    static StayJustification of(Stay stay, String key, Object... args) {
        boolean assigned = stay.isAssigned();
        return of(List.of(stay.getId()), List.of(stay.getClient().getId()),
                assigned ? stay.unit().getId() : null,
                assigned ? stay.getArrival() : stay.getRequestedArrival(),
                assigned ? stay.lastNight() : stay.getRequestedArrival().plusDays(stay.getNights() - 1L),
                key, args);
    }

    /** Two stays that meet on their common nights. */
    static StayJustification ofPair(Stay a, Stay b, String key, Object... args) {
        LocalDate first = a.getArrival().isAfter(b.getArrival()) ? a.getArrival() : b.getArrival();
        LocalDate last = a.lastNight().isBefore(b.lastNight()) ? a.lastNight() : b.lastNight();
        return of(List.of(a.getId(), b.getId()), List.of(a.getClient().getId(), b.getClient().getId()), a.unit().getId(), first, last,
                key, args);
    }

    /** Two siblings' stays: the first one's nights, no unit. */
    static StayJustification ofSiblings(Stay a, Stay b, String key, Object... args) {
        return of(List.of(a.getId(), b.getId()), List.of(a.getClient().getId(), b.getClient().getId()), null, a.getArrival(),
                a.lastNight(), key, args);
    }

    /** A client's unmet requests, from the first requested night to the last. */
    static StayJustification ofUnmet(Client client, List<Stay> stays, String key, Object... args) {
        LocalDate first = stays.stream().map(Stay::getRequestedArrival).min(LocalDate::compareTo).orElse(null);
        LocalDate last = stays.stream().map(stay -> stay.getRequestedArrival().plusDays(stay.getNights() - 1L))
                .max(LocalDate::compareTo).orElse(null);
        return of(stays.stream().map(Stay::getId).sorted().toList(), List.of(client.getId()), null, first, last, key, args);
    }

    /** A client's calendar month (the entitlement) and the client's stays asked for or placed in it. */
    static StayJustification ofMonth(ClientMonth month, List<Stay> stays, String key, Object... args) {
        return of(stays.stream().map(Stay::getId).distinct().sorted().toList(), List.of(month.client().getId()), null,
                month.month().atDay(1), month.month().atEndOfMonth(), key, args);
    }

    static StayJustification ofStays(List<Stay> stays, String unitId, LocalDate night, String key, Object... args) {
        return of(stays.stream().map(Stay::getId).sorted().toList(),
                stays.stream().map(stay -> stay.getClient().getId()).sorted().distinct().toList(), unitId, night, night, key, args);
    }
}
