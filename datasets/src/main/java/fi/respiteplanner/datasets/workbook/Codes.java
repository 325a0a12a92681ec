package fi.respiteplanner.datasets.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import fi.respiteplanner.respite.Features;

/**
 * Value names: each code (an enum constant, a known feature, yes/no) has a name in every language
 * ({@code code.<Enum>.<CONSTANT>}); import accepts any language's name, the code itself, and the code with
 * spaces for underscores, ignoring case.
 */
final class Codes {

    /** Yes and no, for BOOLEAN columns. */
    enum YesNo { YES, NO }

    /** The features the generator and the documentation name; features are free text, these get translated names. */
    enum Feature { WHEELCHAIR_ACCESS, CEILING_HOIST, SENSORY_ROOM, ADJUSTABLE_BED, SINGLE_ROOM }

    private static final Map<Class<?>, Map<String, Enum<?>>> BY_NAME = new ConcurrentHashMap<>();
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0_]+");

    static {
        if (!Feature.SINGLE_ROOM.name().equals(Features.SINGLE_ROOM)) {
            throw new IllegalStateException("feature names drifted from " + Features.class.getName());
        }
    }

    private Codes() {
    }

    static String name(Messages messages, Enum<?> code) {
        return messages.text("code." + code.getDeclaringClass().getSimpleName() + "." + code.name());
    }

    /** The names of all constants in the given language, in declaration order. */
    static List<String> names(Messages messages, Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(name(messages, constant));
        }
        return names;
    }

    /** The constant a cell's text names, or null. */
    static Enum<?> parse(Class<? extends Enum<?>> type, String text) {
        return BY_NAME.computeIfAbsent(type, Codes::index).get(normalize(text));
    }

    private static Map<String, Enum<?>> index(Class<?> type) {
        Map<String, Enum<?>> index = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> code = (Enum<?>) constant;
            index.put(normalize(code.name()), code);
            for (Locale language : Messages.LANGUAGES) {
                index.put(normalize(name(Messages.of(language), code)), code);
            }
        }
        return index;
    }

    static String normalize(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A feature's name in the language, or the free text as it is. */
    static String featureName(Messages messages, String feature) {
        for (Feature known : Feature.values()) {
            if (known.name().equals(feature)) {
                return name(messages, known);
            }
        }
        return feature;
    }

    /** The feature a cell names: a known one's code, or the text as it is. */
    static String parseFeature(String text) {
        Enum<?> known = parse(Feature.class, text);
        return known == null ? text.strip() : known.name();
    }
}
