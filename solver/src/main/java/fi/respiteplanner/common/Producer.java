package fi.respiteplanner.common;

/** Who produces a place: the area's own unit, a contracted provider, or a voucher provider the family chose. */
public enum Producer {
    OWN,
    PURCHASED,
    VOUCHER
}
