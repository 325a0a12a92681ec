package fi.respiteplanner.benchmarks.pas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.respiteplanner.datasets.pas.PasInstance;

/**
 * OptaPlanner's PAS example score, computed from the original instance and a bed per patient, with no
 * code shared with the respite constraints (README of shared/pas: each weight × nights in that bed).
 * Patients are read with OptaPlanner's importer rules: nights outside the horizon are cut, patients
 * without a night inside it are left out.
 */
public final class PasEvaluator {

    /** Hard, medium and soft as OptaPlanner's PAS example would report them. */
    public record PasScore(long hard, long medium, long soft) {
        @Override
        public String toString() {
            return hard + "hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private record Placed(PasInstance.Patient patient, int first, int end, PasInstance.Room room, int bed) {
        int overlap(Placed other) {
            return Math.max(0, Math.min(end, other.end) - Math.max(first, other.first));
        }
    }

    private PasEvaluator() {
    }

    /** @param bedOfPatient patient id → bed id (absent: no bed) */
    public static PasScore score(PasInstance pas, Map<Integer, Integer> bedOfPatient) {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        List<Placed> placed = new ArrayList<>();
        for (PasInstance.Patient patient : pas.patients()) {
            int end = Math.min(patient.discharge(), pas.horizon());
            if (end <= patient.admission() || patient.admission() >= pas.horizon()) {
                continue;
            }
            int nights = end - patient.admission();
            Integer bed = bedOfPatient.get(patient.id());
            if (bed == null) {
                medium -= nights;
                continue;
            }
            PasInstance.Room room = pas.rooms().get(pas.bedRooms().get(bed));
            PasInstance.Department department = pas.departments().get(room.departmentId());
            placed.add(new Placed(patient, patient.admission(), end, room, bed));
            if ((room.genderPolicy() == 'F' && patient.gender() == 'M') || (room.genderPolicy() == 'M' && patient.gender() == 'F')) {
                hard -= 50L * nights;
            }
            if ((department.minAge() > 0 && patient.age() < department.minAge())
                    || (department.maxAge() > 0 && patient.age() > department.maxAge())) {
                hard -= 100L * nights;
            }
            for (int p = 0; p < patient.required().length; p++) {
                if (patient.required()[p] && !room.properties()[p]) {
                    hard -= 50L * nights;
                }
                if (patient.preferred()[p] && !patient.required()[p] && !room.properties()[p]) {
                    soft -= 20L * nights;
                }
            }
            if (patient.preferredMaxRoomCapacity() > 0 && room.capacity() > patient.preferredMaxRoomCapacity()) {
                soft -= 8L * nights;
            }
            if (!department.priorityBySpecialism().containsKey(patient.specialism())) {
                soft -= 10L * nights;
            }
            Integer priority = room.priorityBySpecialism().get(patient.specialism());
            if (priority == null) {
                soft -= 20L * nights;
            } else if (priority > 1) {
                soft -= 10L * (priority - 1) * nights;
            }
        }
        Map<Integer, List<Placed>> byRoom = new HashMap<>();
        placed.forEach(p -> byRoom.computeIfAbsent(p.room().id(), id -> new ArrayList<>()).add(p));
        for (List<Placed> inRoom : byRoom.values()) {
            for (int i = 0; i < inRoom.size(); i++) {
                for (int j = i + 1; j < inRoom.size(); j++) {
                    Placed a = inRoom.get(i);
                    Placed b = inRoom.get(j);
                    int overlap = a.overlap(b);
                    if (a.bed() == b.bed()) {
                        hard -= 1000L * overlap;
                    }
                    if (a.room().genderPolicy() == 'D' && a.patient().gender() != b.patient().gender()) {
                        hard -= 1000L * overlap;
                    }
                }
            }
        }
        return new PasScore(hard, medium, soft);
    }
}
