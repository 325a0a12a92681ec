package fi.respiteplanner.respite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

/** A room of a unit: its beds share the gender policy and the room's features. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = Room.class)
public class Room {

    private String id;
    private GenderPolicy genderPolicy = GenderPolicy.ANY;
    private TreeSet<String> features = new TreeSet<>();
    private List<Bed> beds = new ArrayList<>();

    private transient Unit unit;
    /** This room's place among the plan's rooms, from 0, set by {@link RespitePlan#link()}; −1 before. */
    private transient int number = -1;

    public Room() {
    }

    public Room(String id, GenderPolicy genderPolicy) {
        this.id = id;
        this.genderPolicy = genderPolicy;
    }

    void link(Unit unit, boolean[] unitClosed, long horizonStart) {
        this.unit = unit;
        for (Bed bed : beds) {
            bed.link(this, unitClosed, horizonStart);
        }
    }

    /** A feature of the room itself, of its unit, or {@link Features#SINGLE_ROOM} for one-bed rooms. */
    public boolean hasFeature(String feature) {
        return features.contains(feature) || unit.getFeatures().contains(feature)
                || (beds.size() == 1 && Features.SINGLE_ROOM.equals(feature));
    }

    public String getId() { return id; }
    public GenderPolicy getGenderPolicy() { return genderPolicy; }
    public Set<String> getFeatures() { return features; }
    public List<Bed> getBeds() { return beds; }
    public Unit getUnit() { return unit; }
    public int number() { return number; }
    void number(int number) { this.number = number; }

    public Room withFeatures(Set<String> features) { this.features = new TreeSet<>(features); return this; }
    public Room withBed(Bed bed) { beds.add(bed); return this; }

    @Override
    public String toString() {
        return id;
    }
}
