package fi.respiteplanner.common;

/** A staff skill a client needs and a unit staffs for, per night. */
public enum Skill {
    AUTISM,
    MEDICATION,
    EPILEPSY,
    CHALLENGING_BEHAVIOUR,
    PHYSICAL_CARE,
    AWAKE_NIGHT,
    TUBE_FEEDING,
    AAC
}
