package fi.respiteplanner.datasets.holiday;

import static fi.respiteplanner.common.Skill.AUTISM;
import static fi.respiteplanner.common.Skill.EPILEPSY;
import static fi.respiteplanner.common.Skill.MEDICATION;
import static fi.respiteplanner.common.Skill.PHYSICAL_CARE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayWeek;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.respite.Priority;

/**
 * A seeded generator of a city's school-holiday year (autumn break 2026, Christmas, winter break and
 * eight summer weeks 2027) for disabled school children. Every assumed number is a named constant.
 */
public final class HolidayGenerator {

    /** Sizes: S is one small municipality (2 teams, 4 weeks, ~40 children), M a large city (5 teams, 11 weeks). */
    public enum Size {
        S(2, 40, 4),
        M(5, 420, 11);

        final int teams;
        final int children;
        final int weeks;

        Size(int teams, int children, int weeks) {
            this.teams = teams;
            this.children = children;
            this.weeks = weeks;
        }
    }

    // ---- ASSUMPTIONS ----
    static final int OWN_COST_PER_CHILD_DAY = 95;
    static final int PURCHASED_COST_PER_CHILD_DAY = 135;
    static final double SWEDISH_SPEAKING_SHARE = 0.12;
    static final double AUTISM_SHARE = 0.40;
    static final double EPILEPSY_SHARE = 0.15;
    static final double MEDICATION_SHARE = 0.25;
    static final double PHYSICAL_CARE_SHARE = 0.20;
    static final double WHEELCHAIR_SHARE_OF_PHYSICAL = 0.6;
    static final double SIBLING_SHARE = 0.08;
    static final double FRIEND_PAIR_SHARE = 0.10;
    static final double PREFERS_PROVIDERS_SHARE = 0.3;
    /** Chance a child asks for the autumn, Christmas and winter weeks; summer is asked in blocks of weeks. */
    static final double SCHOOL_BREAK_CHANCE = 0.5;
    static final double SUMMER_CHANCE = 0.7;
    static final double PART_WEEK_SHARE = 0.2;
    static final double URGENT_SHARE = 0.03;
    static final double HIGH_PRIORITY_SHARE = 0.12;

    private static final String[] TEAMS = { "Kaupunki / Kallio", "Kaupunki / Malmi", "Provider A / Espoonlahti",
            "Provider B / Munkkiniemi", "Provider C / Vuosaari" };
    private static final GeoPoint CITY = new GeoPoint(60.1699, 24.9384);
    private static final String[] FIRST_NAMES = { "Aino", "Eetu", "Helmi", "Onni", "Lilja", "Väinö", "Sofia", "Leo", "Ella", "Elias" };

    private final Size size;
    private final Random random;
    private final List<HolidayWeek> weeks = new ArrayList<>();
    private final List<ActivityGroup> groups = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();

    private HolidayGenerator(Size size, long seed) {
        this.size = size;
        this.random = new Random(seed);
    }

    public static HolidayPlan generate(Size size, long seed) {
        return new HolidayGenerator(size, seed).generate(seed);
    }

    private HolidayPlan generate(long seed) {
        holidayYear();
        List<GeoPoint> places = new ArrayList<>();
        for (int t = 0; t < size.teams; t++) {
            places.add(near(CITY, 6));
        }
        for (HolidayWeek week : weeks) {
            for (int t = 0; t < size.teams; t++) {
                boolean summer = week.getSequence() > 3;
                if (!summer && t >= 3) {
                    continue; // school breaks: only the city's own teams and provider A
                }
                addGroups(week, t, places.get(t));
            }
        }
        for (int c = 0; c < size.children; c++) {
            addChild();
        }
        for (int f = 0; f < Math.round(children.size() * FRIEND_PAIR_SHARE); f++) {
            Child a = children.get(random.nextInt(children.size()));
            Child b = children.get(random.nextInt(children.size()));
            if (a != b && Math.abs(a.getGrade() - b.getGrade()) <= 2 && a.getLanguage().equals(b.getLanguage())) {
                a.befriend(b);
            }
        }
        return new HolidayPlan("Holiday activities 2026-2027, size %s, seed %d".formatted(size, seed), weeks, groups, children, placements)
                .link();
    }

    private void holidayYear() {
        List<HolidayWeek> all = List.of(
                week("2026-W42", "Autumn break", 1, LocalDate.of(2026, 10, 12), 5),
                new HolidayWeek("2026-XMAS", "Christmas", 2, List.of(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22),
                        LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30))),
                week("2027-W09", "Winter break", 3, LocalDate.of(2027, 3, 1), 5));
        List<HolidayWeek> summer = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            summer.add(week("2027-W" + (23 + w), "Summer week " + (w + 1), 4 + w, LocalDate.of(2027, 6, 7).plusWeeks(w), 5));
        }
        if (size == Size.S) {
            weeks.add(all.get(0));
            weeks.add(all.get(2));
            weeks.addAll(summer.subList(0, 2));
        } else {
            weeks.addAll(all);
            weeks.addAll(summer);
        }
    }

    private static HolidayWeek week(String id, String name, int sequence, LocalDate monday, int days) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            dates.add(monday.plusDays(d));
        }
        return new HolidayWeek(id, name, sequence, dates);
    }

    /** A team's groups in one week: grades 1-4 and 5-9; the Swedish-speaking provider B works in Swedish. */
    private void addGroups(HolidayWeek week, int team, GeoPoint place) {
        boolean own = team < 2;
        for (int[] grades : new int[][] { { 1, 4 }, { 5, 9 } }) {
            String id = week.getId() + "-T" + (team + 1) + "-G" + grades[0];
            ActivityGroup group = new ActivityGroup(id, TEAMS[team], week, 8 + random.nextInt(5), grades[0], grades[1])
                    .withProvider(TEAMS[team].substring(0, TEAMS[team].indexOf(" /")), own ? Producer.OWN : Producer.PURCHASED)
                    .withLocation(place).withLanguage(team == 3 ? "sv" : "fi").withAccessible(team != 4)
                    .withCostPerChildDay(own ? OWN_COST_PER_CHILD_DAY : PURCHASED_COST_PER_CHILD_DAY)
                    .withSkillCapacity(AUTISM, 2 + random.nextInt(3)).withSkillCapacity(MEDICATION, 4)
                    .withSkillCapacity(EPILEPSY, 2).withSkillCapacity(PHYSICAL_CARE, 2);
            groups.add(group);
        }
    }

    private void addChild() {
        String id = "H%04d".formatted(children.size() + 1);
        Set<Skill> needs = EnumSet.noneOf(Skill.class);
        if (random.nextDouble() < AUTISM_SHARE) {
            needs.add(AUTISM);
        }
        if (random.nextDouble() < EPILEPSY_SHARE) {
            needs.add(EPILEPSY);
            needs.add(MEDICATION);
        }
        if (random.nextDouble() < MEDICATION_SHARE) {
            needs.add(MEDICATION);
        }
        boolean physical = random.nextDouble() < PHYSICAL_CARE_SHARE;
        if (physical) {
            needs.add(PHYSICAL_CARE);
        }
        Child child = new Child(id, 1 + random.nextInt(9))
                .withName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ".")
                .withLanguage(random.nextDouble() < SWEDISH_SPEAKING_SHARE ? "sv" : "fi")
                .withHome(near(CITY, 8)).withNeeds(needs)
                .withWheelchair(physical && random.nextDouble() < WHEELCHAIR_SHARE_OF_PHYSICAL);
        if (random.nextDouble() < PREFERS_PROVIDERS_SHARE) {
            child.withPreferredProviders(List.of(groups.get(random.nextInt(groups.size())).getProvider()));
        }
        children.add(child);
        List<HolidayWeek> asked = new ArrayList<>();
        for (HolidayWeek week : weeks) {
            if (week.getSequence() <= 3 && random.nextDouble() < SCHOOL_BREAK_CHANCE) {
                asked.add(week);
            }
        }
        List<HolidayWeek> summer = weeks.stream().filter(week -> week.getSequence() > 3).toList();
        if (!summer.isEmpty() && random.nextDouble() < SUMMER_CHANCE) {
            int first = random.nextInt(summer.size());
            int length = 1 + random.nextInt(Math.min(4, summer.size() - first));
            asked.addAll(summer.subList(first, first + length));
        }
        Priority priority = priority();
        for (HolidayWeek week : asked) {
            addRequest(child, week, priority);
        }
        if (child.getGrade() < 9 && random.nextDouble() < SIBLING_SHARE) {
            String family = "F" + id.substring(1);
            child.withFamilyId(family);
            Child sibling = new Child(id + "S", Math.min(9, child.getGrade() + 1 + random.nextInt(2))).withName(child.getName())
                    .withLanguage(child.getLanguage()).withHome(child.getHome()).withFamilyId(family);
            children.add(sibling);
            asked.forEach(week -> addRequest(sibling, week, priority));
        }
    }

    private void addRequest(Child child, HolidayWeek week, Priority priority) {
        List<LocalDate> days = new ArrayList<>(week.getDays());
        if (random.nextDouble() < PART_WEEK_SHARE && days.size() > 2) {
            days.removeIf(day -> day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.MONDAY);
        }
        placements.add(new Placement("R%05d".formatted(placements.size() + 1), child, week, days).withPriority(priority));
    }

    private Priority priority() {
        double p = random.nextDouble();
        return p < URGENT_SHARE ? Priority.URGENT : p < URGENT_SHARE + HIGH_PRIORITY_SHARE ? Priority.HIGH : Priority.NORMAL;
    }

    private GeoPoint near(GeoPoint centre, double spreadKm) {
        double lat = centre.lat() + random.nextGaussian() * spreadKm / 111.0;
        double lon = centre.lon() + random.nextGaussian() * spreadKm / (111.0 * Math.cos(Math.toRadians(centre.lat())));
        return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
    }
}
