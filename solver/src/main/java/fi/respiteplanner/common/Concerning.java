package fi.respiteplanner.common;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A justification that names the requests and people it concerns (ids only) and says why. */
public interface Concerning extends ConstraintJustification {

    /** Ids of the requests (stays, placements) the match concerns. */
    List<String> requestIds();

    /** Ids of the people (clients, children) the match concerns. */
    List<String> personIds();

    String reason();

    default boolean concerns(String requestId, String personId) {
        return (requestId == null || requestIds().contains(requestId)) && (personId == null || personIds().contains(personId));
    }
}
