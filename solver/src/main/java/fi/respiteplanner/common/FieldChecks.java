package fi.respiteplanner.common;

import java.time.LocalDate;

/**
 * The shape of single fields, shared by the plan validators: each check answers why a value is wrong,
 * or null when it is fine. Limits are generous for real data and refuse typing mistakes and abuse.
 */
public final class FieldChecks {

    /** Dates a plan may name: anything else is a typing mistake (year 0, 20270). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** Longest id or code (unit, room, bed, client, stay; segment, provider, team). */
    public static final int ID_LENGTH = 100;
    /** Longest name (a plan, a unit, a person). */
    public static final int NAME_LENGTH = 300;

    private FieldChecks() {
    }

    /** An id or code: present, at most {@link #ID_LENGTH} characters, no control characters. */
    public static String id(String id) {
        if (id == null || id.isBlank()) {
            return "is required";
        }
        return code(id);
    }

    /** An optional code (segment, provider, team): at most {@link #ID_LENGTH} characters, no control characters. */
    public static String code(String code) {
        if (code != null && (code.length() > ID_LENGTH || code.chars().anyMatch(Character::isISOControl))) {
            return "must be at most " + ID_LENGTH + " characters without control characters";
        }
        return null;
    }

    /** An optional name or free text of at most {@link #NAME_LENGTH} characters. */
    public static String name(String name) {
        return name != null && name.length() > NAME_LENGTH ? "is longer than " + NAME_LENGTH + " characters" : null;
    }

    /** An optional place on Earth: latitude −90…90, longitude −180…180 (NaN is neither). */
    public static String point(GeoPoint point) {
        return point != null && !(point.lat() >= -90 && point.lat() <= 90 && point.lon() >= -180 && point.lon() <= 180)
                ? "is not a place on Earth (lat −90…90, lon −180…180)" : null;
    }

    /** An optional date between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static String date(LocalDate date) {
        return date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))
                ? "'" + date + "' is not between " + EARLIEST_DATE + " and " + LATEST_DATE : null;
    }

    /** An optional language: a two-letter ISO 639-1 code such as fi or sv. */
    public static String language(String language) {
        return language != null && !language.matches("[a-z]{2}") ? "must be a two-letter language code such as fi or sv" : null;
    }
}
