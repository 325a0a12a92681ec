package fi.respiteplanner.holiday.score;

import java.util.List;

import fi.respiteplanner.common.Concerning;
import fi.respiteplanner.holiday.Placement;

/** Why a holiday constraint matched: the requests, children, group and week (ids only) and a sentence. */
public record PlacementJustification(List<String> placementIds, List<String> childIds, String groupId, String weekId, String reason)
        implements Concerning {

    static PlacementJustification of(Placement placement, String reason) {
        return new PlacementJustification(List.of(placement.getId()), List.of(placement.getChild().getId()),
                placement.getGroup() == null ? null : placement.getGroup().getId(), placement.getWeek().getId(), reason);
    }

    static PlacementJustification ofPair(Placement a, Placement b, String reason) {
        return new PlacementJustification(List.of(a.getId(), b.getId()), List.of(a.getChild().getId(), b.getChild().getId()),
                a.getGroup().getId(), a.getWeek().getId(), reason);
    }

    static PlacementJustification ofAll(List<Placement> placements, String groupId, String weekId, String reason) {
        return new PlacementJustification(placements.stream().map(Placement::getId).sorted().toList(),
                placements.stream().map(p -> p.getChild().getId()).distinct().sorted().toList(), groupId, weekId, reason);
    }

    @Override
    public List<String> requestIds() {
        return placementIds;
    }

    @Override
    public List<String> personIds() {
        return childIds;
    }
}
