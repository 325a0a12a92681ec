/**
 * Local search moves of the respite solver beyond Timefold's generic ones: swaps whose partners come from
 * an index of admissible partners instead of filtering, swaps of what two beds hold over a stretch of
 * nights, making room for a stay by moving the stays in its way (one link of an ejection chain), and
 * ruin-and-recreate of one unit over a few weeks. Each move is a {@link fi.respiteplanner.respite.search.StayAssignmentMove}; the score decides.
 */
package fi.respiteplanner.respite.search;
