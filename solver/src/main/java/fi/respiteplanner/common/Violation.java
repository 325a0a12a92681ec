package fi.respiteplanner.common;

/** One reason why submitted input is invalid: the JSON path of the field and what is wrong with it. */
public record Violation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
