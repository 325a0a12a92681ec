package fi.respiteplanner.common;

public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
