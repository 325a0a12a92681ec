package fi.respiteplanner.common;

import java.time.LocalDate;

/** Nights {@code from} … {@code to}, both included (a night is named by the date of its evening). */
public record DateRange(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate night) {
        return !night.isBefore(from) && !night.isAfter(to);
    }
}
