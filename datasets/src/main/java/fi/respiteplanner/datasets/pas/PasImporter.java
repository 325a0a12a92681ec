package fi.respiteplanner.datasets.pas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * Imports a PAS instance into the respite model: departments become units (age limits), rooms keep
 * their gender policy and properties (as features), beds stay beds, each patient becomes a client
 * with one fixed stay (no arrival flexibility). Required properties become required features; the
 * soft parts of OptaPlanner's PAS score (preferred properties 20, room capacity above the preferred
 * maximum 8, department without the specialism 10, room without it 20, room specialism priority
 * p &gt; 1: 10 × (p − 1), all per night) become each stay's per-night placement costs, so that the
 * respite score's soft level is the PAS soft score. Patients with no night inside the horizon are
 * dropped and stays are cut at its end, as OptaPlanner's importer does.
 */
public final class PasImporter {

    /** Night 0 of every instance (a Monday; the date itself carries no meaning). */
    public static final LocalDate FIRST_NIGHT = LocalDate.of(2027, 1, 4);

    static final int PREFERRED_PROPERTY_MISSING = 20;
    static final int ROOM_CAPACITY_ABOVE_PREFERRED = 8;
    static final int DEPARTMENT_LACKS_SPECIALISM = 10;
    static final int ROOM_LACKS_SPECIALISM = 20;
    static final int ROOM_SPECIALISM_PRIORITY_STEP = 10;

    /**
     * The constraints of the respite model that PAS data can break: OptaPlanner's PAS score. The others (staff
     * skills, promises, entitlements, preferences, travel, ...) are given weight 0, so the solver does not
     * evaluate them; some would otherwise count the imported data's blanks (features preferred, travel).
     */
    private static final Set<RespiteConstraint> IN_PAS = EnumSet.of(RespiteConstraint.BED_DOUBLE_BOOKED,
            RespiteConstraint.AGE_OUTSIDE_UNIT_RANGE, RespiteConstraint.REQUIRED_FEATURE_MISSING, RespiteConstraint.ROOM_GENDER_POLICY,
            RespiteConstraint.MIXED_GENDERS_IN_SAME_GENDER_ROOM, RespiteConstraint.UNMET_DEMAND, RespiteConstraint.PLACEMENT_COST);

    private PasImporter() {
    }

    public static RespitePlan toPlan(PasInstance pas) {
        Map<Integer, Unit> units = new LinkedHashMap<>();
        pas.departments().values().forEach(department -> units.put(department.id(), new Unit("D" + department.id(), Producer.OWN,
                department.minAge(), department.maxAge() == 0 ? 150 : department.maxAge(), 0).withName(department.name())));
        Map<Integer, Room> rooms = new HashMap<>();
        for (PasInstance.Room pasRoom : pas.rooms().values()) {
            Room room = new Room("R" + pasRoom.id(), policy(pasRoom.genderPolicy())).withFeatures(properties(pas, pasRoom.properties()));
            rooms.put(pasRoom.id(), room);
            units.get(pasRoom.departmentId()).withRoom(room);
        }
        pas.bedRooms().forEach((bed, room) -> rooms.get(room).withBed(new Bed("B" + bed)));

        List<Client> clients = new ArrayList<>();
        List<Stay> stays = new ArrayList<>();
        for (PasInstance.Patient patient : pas.patients()) {
            int last = Math.min(patient.discharge(), pas.horizon());
            if (last <= patient.admission() || patient.admission() >= pas.horizon()) {
                continue;
            }
            Client client = new Client("P" + patient.id(), FIRST_NIGHT.minusYears(patient.age()).minusDays(1),
                    patient.gender() == 'M' ? Gender.MALE : Gender.FEMALE)
                    .withRequiredFeatures(properties(pas, patient.required()));
            clients.add(client);
            stays.add(new Stay("A" + patient.id(), client, FIRST_NIGHT.plusDays(patient.admission()), last - patient.admission())
                    .withPlacementCosts(placementCosts(pas, patient)));
        }
        RespitePlan plan = new RespitePlan(pas.name(), new DateRange(FIRST_NIGHT, FIRST_NIGHT.plusDays(pas.horizon() - 1L)),
                new ArrayList<>(units.values()), clients, stays);
        for (RespiteConstraint constraint : RespiteConstraint.values()) {
            if (!IN_PAS.contains(constraint)) {
                plan.withConstraintWeight(constraint.constraintName(), 0);
            }
        }
        return plan.link();
    }

    /** OptaPlanner's PAS soft penalties of this patient per night, by room id (only rooms that cost something). */
    static Map<String, Integer> placementCosts(PasInstance pas, PasInstance.Patient patient) {
        Map<String, Integer> costs = new LinkedHashMap<>();
        for (PasInstance.Room room : pas.rooms().values()) {
            int cost = 0;
            if (patient.preferredMaxRoomCapacity() > 0 && room.capacity() > patient.preferredMaxRoomCapacity()) {
                cost += ROOM_CAPACITY_ABOVE_PREFERRED;
            }
            if (!pas.departments().get(room.departmentId()).priorityBySpecialism().containsKey(patient.specialism())) {
                cost += DEPARTMENT_LACKS_SPECIALISM;
            }
            Integer priority = room.priorityBySpecialism().get(patient.specialism());
            if (priority == null) {
                cost += ROOM_LACKS_SPECIALISM;
            } else if (priority > 1) {
                cost += ROOM_SPECIALISM_PRIORITY_STEP * (priority - 1);
            }
            for (int p = 0; p < patient.preferred().length; p++) {
                if (patient.preferred()[p] && !patient.required()[p] && !room.properties()[p]) {
                    cost += PREFERRED_PROPERTY_MISSING;
                }
            }
            if (cost > 0) {
                costs.put("R" + room.id(), cost);
            }
        }
        return costs;
    }

    private static GenderPolicy policy(char code) {
        return switch (code) {
            case 'M' -> GenderPolicy.MALE_ONLY;
            case 'F' -> GenderPolicy.FEMALE_ONLY;
            case 'D' -> GenderPolicy.SAME_GENDER;
            default -> GenderPolicy.ANY;
        };
    }

    private static Set<String> properties(PasInstance pas, boolean[] flags) {
        Set<String> names = new TreeSet<>();
        List<String> all = List.copyOf(pas.properties().values());
        for (int i = 0; i < flags.length && i < all.size(); i++) {
            if (flags[i]) {
                names.add(all.get(i));
            }
        }
        return names;
    }
}
