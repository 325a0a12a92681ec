package fi.respiteplanner.respite;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIdentityReference;

/** Where the published plan put a stay: what the family may have been told. */
public record Published(@JsonIdentityReference(alwaysAsId = true) Bed bed, LocalDate arrival) {
}
