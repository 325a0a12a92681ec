package fi.respiteplanner.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A holiday week (autumn break, Christmas, winter break, a summer week) and its activity days.
 * {@code sequence} orders the weeks; weeks whose sequences differ by one are consecutive (the
 * continuity goal spans them).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = HolidayWeek.class)
public class HolidayWeek {

    @PlanningId
    private String id;
    private String name;
    private int sequence;
    private List<LocalDate> days = new ArrayList<>();

    public HolidayWeek() {
    }

    public HolidayWeek(String id, String name, int sequence, List<LocalDate> days) {
        this.id = id;
        this.name = name;
        this.sequence = sequence;
        this.days = new ArrayList<>(days);
    }

    public boolean isRightBefore(HolidayWeek other) {
        return other.sequence == sequence + 1;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public int getSequence() { return sequence; }
    public List<LocalDate> getDays() { return days; }

    @Override
    public String toString() {
        return id;
    }
}
