package fi.respiteplanner.holiday.score;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fi.respiteplanner.common.Concerning;
import fi.respiteplanner.holiday.HolidayNaming;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.i18n.Messages;

/**
 * Why a holiday constraint matched: the requests, children, group and week (ids) and a sentence. The sentence is
 * the bundle's {@code explain.<CONSTRAINT>} with its arguments; {@link #in} says it in a reader's language with
 * children, groups and weeks named for that reader. Built with ids only (English): explanations leave the service.
 */
public record PlacementJustification(List<String> placementIds, List<String> childIds, String groupId, String weekId, String reason,
        @JsonIgnore String key, @JsonIgnore List<Object> args) implements Concerning {

    private static final Messages ENGLISH = Messages.of("en");

    /** An argument said in words: a child, group or week (named for the reader) or a code with words in the bundles. */
    public record Named(Kind kind, String id) {

        public enum Kind { CHILD, GROUP, WEEK, SKILL, LANGUAGE }
    }

    @Override
    public List<String> requestIds() {
        return placementIds;
    }

    @Override
    public List<String> personIds() {
        return childIds;
    }

    /** The sentence in the messages' language, children, groups and weeks named by {@code names}. */
    public PlacementJustification in(Messages messages, HolidayNaming names) {
        return new PlacementJustification(placementIds, childIds, groupId, weekId, sentence(key, args, messages, names), key, args);
    }

    static Named child(Placement placement) {
        return new Named(Named.Kind.CHILD, placement.getChild().getId());
    }

    static Named group(Placement placement) {
        return new Named(Named.Kind.GROUP, placement.getGroup().getId());
    }

    static Named named(Named.Kind kind, Object id) {
        return new Named(kind, String.valueOf(id));
    }

    private static String sentence(String key, List<Object> args, Messages messages, HolidayNaming names) {
        return messages.text(key, args.stream().map(arg -> word(arg, messages, names)).toArray());
    }

    private static Object word(Object arg, Messages messages, HolidayNaming names) {
        if (arg instanceof Named named) {
            return switch (named.kind()) {
                case CHILD -> names.child(named.id());
                case GROUP -> names.group(named.id(), messages);
                case WEEK -> names.week(named.id());
                case SKILL -> messages.lowerFirst(messages.text("skill." + named.id()));
                case LANGUAGE -> messages.has("language." + named.id()) ? messages.text("language." + named.id()) : named.id();
            };
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(word(item, messages, names))).collect(Collectors.joining(", "));
        }
        return arg;
    }

    static PlacementJustification of(List<String> placementIds, List<String> childIds, String groupId, String weekId, String key,
            Object... args) {
        List<Object> arguments = Arrays.asList(args);
        return new PlacementJustification(placementIds, childIds, groupId, weekId, sentence(key, arguments, ENGLISH, HolidayNaming.IDS),
                key, arguments);
    }

    static PlacementJustification of(Placement placement, String key, Object... args) {
        return of(List.of(placement.getId()), List.of(placement.getChild().getId()),
                placement.getGroup() == null ? null : placement.getGroup().getId(), placement.getWeek().getId(), key, args);
    }

    static PlacementJustification ofPair(Placement a, Placement b, String key, Object... args) {
        return of(List.of(a.getId(), b.getId()), List.of(a.getChild().getId(), b.getChild().getId()), a.getGroup().getId(),
                a.getWeek().getId(), key, args);
    }

    static PlacementJustification ofAll(List<Placement> placements, String groupId, String weekId, String key, Object... args) {
        return of(placements.stream().map(Placement::getId).sorted().toList(),
                placements.stream().map(p -> p.getChild().getId()).distinct().sorted().toList(), groupId, weekId, key, args);
    }
}
