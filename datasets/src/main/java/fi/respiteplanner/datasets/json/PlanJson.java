package fi.respiteplanner.datasets.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.UnresolvedForwardReference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import ai.timefold.solver.jackson.api.TimefoldJacksonModule;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;

/**
 * The plan JSON format: reading (with validation and linking) and writing. Dates are ISO strings,
 * references are ids; unknown properties, duplicate keys, trailing content and fractions where whole
 * numbers belong are errors.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private PlanJson() {
    }

    /** Applies the plan format's settings to a mapper (the service's mapper uses the same). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        // A null inside a list or as a map's value is always a mistake: refused, never skipped.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(TimefoldJacksonModule.createModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads, validates and links a plan; throws {@link InvalidPlanException} naming every bad field. */
    public static RespitePlan read(InputStream json) {
        RespitePlan plan;
        try {
            plan = MAPPER.readValue(json, RespitePlan.class);
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException(List.of(violationOf(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return validated(plan);
    }

    public static RespitePlan read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Validates and links a plan that arrived by other means (e.g. a web framework's body mapping). */
    public static RespitePlan validated(RespitePlan plan) {
        if (plan == null) {
            throw new InvalidPlanException(List.of(new Violation("$", "the body is empty")));
        }
        List<Violation> violations = PlanValidator.validate(plan);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        return plan.link();
    }

    /** The number of stays in a plan document, read without building the plan (0 when it has none). */
    public static int stayCount(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("stays")) {
                    int count = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        count++;
                    }
                    return count;
                }
                parser.skipChildren();
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(RespitePlan plan, OutputStream out) {
        try {
            MAPPER.writeValue(out, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(RespitePlan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns a Jackson failure into the field path and a reason without Jackson's internals. */
    public static Violation violationOf(JsonProcessingException e) {
        if (e instanceof UnresolvedForwardReference unresolved) {
            String ids = unresolved.getUnresolvedIds().stream()
                    .map(id -> "'%s' (a %s, line %d)".formatted(id.getId(), id.getType().getSimpleName().toLowerCase(),
                            id.getLocation() == null ? -1 : id.getLocation().getLineNr()))
                    .collect(Collectors.joining(", "));
            return new Violation("$", "references to unknown ids: " + ids);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(path(e), "is not a field of this format (known: " + unknown.getKnownPropertyIds() + ")");
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> type = invalid.getTargetType();
            String expected = type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                    : type == LocalDate.class ? "a date (YYYY-MM-DD)" : "a " + type.getSimpleName();
            return new Violation(path(e), "'" + invalid.getValue() + "' is not " + expected);
        }
        String reason = e.getOriginalMessage();
        int hint = reason.indexOf(" (set DeserializationConfig");
        if (hint > 0) {
            reason = reason.substring(0, hint);
        }
        reason = reason.replace("Cannot map `null` into type `boolean`", "is required (true or false)")
                .replace("Cannot map `null` into type `int`", "is required (a whole number)");
        int detail = reason.indexOf(" (for ");
        if (reason.startsWith("Already had POJO for id")) {
            reason = "duplicates an id already used: " + reason.substring(reason.indexOf('[') , reason.indexOf(']') + 1);
        } else if (detail > 0) {
            reason = reason.substring(0, detail);
        }
        // Type names without their packages: the caller needs "RespitePlan", not our class layout.
        return new Violation(path(e), reason.replaceAll("(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)", "$1"));
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
