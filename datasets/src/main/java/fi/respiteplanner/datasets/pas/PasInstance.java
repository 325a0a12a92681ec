package fi.respiteplanner.datasets.pas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Patient Admission Scheduling instance (Demeester et al. 2010) in its original KU Leuven text format,
 * parsed as it stands. See {@code shared/pas/README.md} for the format.
 */
public record PasInstance(String name, int horizon, Map<Integer, Department> departments, Map<Integer, String> properties,
        Map<Integer, Room> rooms, Map<Integer, Integer> bedRooms, List<Patient> patients) {

    /** (priority, specialism) pairs; 0 age limits mean none. */
    public record Department(int id, String name, int minAge, int maxAge, Map<Integer, Integer> priorityBySpecialism) {
    }

    /** genderPolicy: N any, M male only, F female only, D same gender. */
    public record Room(int id, String name, int capacity, int departmentId, char genderPolicy,
            Map<Integer, Integer> priorityBySpecialism, boolean[] properties) {
    }

    /** Nights admission … discharge − 1; preferredMaxRoomCapacity 0 = none. */
    public record Patient(int id, String name, int age, char gender, int admission, int discharge, int specialism,
            int preferredMaxRoomCapacity, boolean[] required, boolean[] preferred) {

        public int nights() {
            return discharge - admission;
        }
    }

    public static PasInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::trim).toList();
        int horizon = header(lines, "Planning horizon:");
        Map<Integer, Department> departments = new LinkedHashMap<>();
        Map<Integer, String> properties = new LinkedHashMap<>();
        Map<Integer, Room> rooms = new LinkedHashMap<>();
        Map<Integer, Integer> beds = new LinkedHashMap<>();
        List<Patient> patients = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("END")) {
                continue;
            }
            if (line.endsWith(":") && line.equals(line.toUpperCase())) {
                section = line;
                continue;
            }
            String[] parts = line.split("\\|");
            String[] head = parts[0].trim().split("\\s+");
            switch (section) {
                case "DEPARTMENTS:" -> departments.put(Integer.parseInt(head[0]), new Department(Integer.parseInt(head[0]), head[1],
                        Integer.parseInt(head[2]), Integer.parseInt(head[3]), pairs(parts.length > 1 ? parts[1] : "")));
                case "ROOMPROPERTIES:" -> properties.put(Integer.parseInt(head[0]), head[1]);
                case "ROOMS:" -> rooms.put(Integer.parseInt(head[0]), new Room(Integer.parseInt(head[0]), head[1],
                        Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()), parts[3].trim().charAt(0), pairs(parts[4]),
                        flags(parts[5])));
                case "BEDS:" -> beds.put(Integer.parseInt(head[0]), Integer.parseInt(head[1]));
                case "PATIENTS:" -> {
                    String[] stay = parts[1].trim().split("\\s+");
                    String[] part = parts[2].trim().split("\\s+");
                    patients.add(new Patient(Integer.parseInt(head[0]), head[1], Integer.parseInt(head[2]), head[3].charAt(0),
                            Integer.parseInt(stay[0]), Integer.parseInt(stay[1]), Integer.parseInt(part[1]),
                            Integer.parseInt(parts[3].trim()), flags(parts[4]), flags(parts[5])));
                }
                default -> {
                    // the header and SPECIALISMS: names only
                }
            }
        }
        return new PasInstance(file.getFileName().toString().replace(".txt", ""), horizon, departments, properties, rooms, beds,
                patients);
    }

    private static int header(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key)).map(line -> Integer.parseInt(line.substring(key.length()).trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no '" + key + "' line"));
    }

    /** "1 1 2 2 2 3" → {1: 1, 2: 2, 3: 2} (specialism → priority). */
    private static Map<Integer, Integer> pairs(String text) {
        Map<Integer, Integer> bySpecialism = new LinkedHashMap<>();
        String[] numbers = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            bySpecialism.putIfAbsent(Integer.parseInt(numbers[i + 1]), Integer.parseInt(numbers[i]));
        }
        return bySpecialism;
    }

    private static boolean[] flags(String text) {
        String[] numbers = text.trim().split("\\s+");
        boolean[] flags = new boolean[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            flags[i] = numbers[i].equals("1");
        }
        return flags;
    }

    @Override
    public String toString() {
        return name + " (" + rooms.size() + " rooms, " + bedRooms.size() + " beds, " + patients.size() + " patients, "
                + horizon + " nights, properties " + Arrays.toString(properties.values().toArray()) + ")";
    }
}
