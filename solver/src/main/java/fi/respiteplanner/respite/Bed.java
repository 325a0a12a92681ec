package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import fi.respiteplanner.common.DateRange;

/** A bed: the value a stay is assigned to. Closed when it or its unit is closed. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = Bed.class)
public class Bed {

    @PlanningId
    private String id;
    private List<DateRange> closedNights = new ArrayList<>();

    private transient Room room;
    private transient long horizonStart;
    private transient int[] closedPrefix;

    public Bed() {
    }

    public Bed(String id) {
        this.id = id;
    }

    void link(Room room, boolean[] unitClosed, long horizonStart) {
        this.room = room;
        this.horizonStart = horizonStart;
        boolean[] closed = new boolean[unitClosed.length];
        for (int i = 0; i < closed.length; i++) {
            LocalDate night = LocalDate.ofEpochDay(horizonStart + i);
            closed[i] = unitClosed[i] || closedNights.stream().anyMatch(range -> range.contains(night));
        }
        closedPrefix = Unit.prefixCount(closed, true);
    }

    /** Nights of [startDay, startDay + nights) on which this bed or its unit is closed (or outside the horizon). */
    public int closedNightCount(long startDay, int nights) {
        return Unit.countInRange(closedPrefix, horizonStart, startDay, nights, true);
    }

    /** Open nights of the horizon: the bed-nights this bed offers. */
    public int openNightCount() {
        return closedPrefix.length - 1 - closedPrefix[closedPrefix.length - 1];
    }

    public String getId() { return id; }
    public List<DateRange> getClosedNights() { return closedNights; }
    public Room getRoom() { return room; }
    public Unit getUnit() { return room.getUnit(); }

    public Bed withClosedNights(DateRange nights) { closedNights.add(nights); return this; }

    @Override
    public String toString() {
        return id;
    }
}
