package fi.respiteplanner.respite;

/** Where a request is in its life; confirmed and in-progress stays are pinned. */
public enum StayStatus {
    REQUESTED,
    /** The family has been told: the stay keeps its bed and dates. */
    CONFIRMED,
    IN_PROGRESS;

    public boolean isFixed() {
        return this != REQUESTED;
    }
}
