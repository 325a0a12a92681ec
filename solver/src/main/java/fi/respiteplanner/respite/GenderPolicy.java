package fi.respiteplanner.respite;

import fi.respiteplanner.common.Gender;

/** Who may share a room. */
public enum GenderPolicy {
    ANY,
    /** All clients in the room on a night have the same gender. */
    SAME_GENDER,
    FEMALE_ONLY,
    MALE_ONLY;

    /** Whether one client of this gender may be in such a room at all (pairs are checked separately). */
    public boolean admits(Gender gender) {
        return switch (this) {
            case ANY, SAME_GENDER -> true;
            case FEMALE_ONLY -> gender == Gender.FEMALE;
            case MALE_ONLY -> gender == Gender.MALE;
        };
    }
}
