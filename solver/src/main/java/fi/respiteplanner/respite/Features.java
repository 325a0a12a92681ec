package fi.respiteplanner.respite;

/**
 * The feature names the generator and the documentation use. Features are free text so that imported
 * data (e.g. hospital room properties) can bring its own; these are the common ones.
 */
public final class Features {

    public static final String WHEELCHAIR_ACCESS = "WHEELCHAIR_ACCESS";
    public static final String CEILING_HOIST = "CEILING_HOIST";
    public static final String SENSORY_ROOM = "SENSORY_ROOM";
    public static final String ADJUSTABLE_BED = "ADJUSTABLE_BED";
    /** Every room with one bed has it; no need to list it in data. */
    public static final String SINGLE_ROOM = "SINGLE_ROOM";

    private Features() {
    }
}
