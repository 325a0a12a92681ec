package fi.respiteplanner.datasets.respite;

import static fi.respiteplanner.common.Skill.AAC;
import static fi.respiteplanner.common.Skill.AUTISM;
import static fi.respiteplanner.common.Skill.AWAKE_NIGHT;
import static fi.respiteplanner.common.Skill.CHALLENGING_BEHAVIOUR;
import static fi.respiteplanner.common.Skill.EPILEPSY;
import static fi.respiteplanner.common.Skill.MEDICATION;
import static fi.respiteplanner.common.Skill.PHYSICAL_CARE;
import static fi.respiteplanner.common.Skill.TUBE_FEEDING;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Contact;
import fi.respiteplanner.respite.Features;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.PlanParameters;
import fi.respiteplanner.respite.Priority;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/**
 * A seeded generator of quarterly respite plans (Q1 2027). Every number here that is not in a public
 * source is an ASSUMPTION and named as one; {@code datasets/ASSUMPTIONS.md} lists them with reasons.
 * The same size and seed always give the same plan.
 */
public final class RespiteGenerator {

    static final DateRange QUARTER = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));

    // ---- ASSUMPTIONS: prices (euros per occupied bed-night, the area's marginal cost) ----
    /** Own production: staff are paid anyway, so an occupied bed costs food, laundry, extra hours. */
    static final int OWN_WEEKDAY_COST = 95;
    /** Substitute-care multipliers on the staff part: 1.2 Saturday, 2.0 Sunday (public source). */
    static final double SATURDAY_MULTIPLIER = 1.2;
    static final double SUNDAY_MULTIPLIER = 2.0;
    static final int PURCHASED_COST = 290;
    /** Respite vouchers seen at about 120 €/day; an overnight voucher place is priced higher. */
    static final int VOUCHER_COST = 190;
    /** Regional price differences. */
    static final double PRICE_SPREAD = 0.10;

    // ---- ASSUMPTIONS: clients ----
    static final double CHILD_SHARE = 0.45;
    static final double MALE_SHARE = 0.58;
    static final double OTHER_GENDER_SHARE = 0.02;
    static final double SWEDISH_SPEAKING_SHARE = 0.06;
    /** Homes scatter around the city centre with this standard deviation. */
    static final double HOME_SPREAD_KM = 9;
    static final double URGENT_SHARE = 0.03;
    static final double HIGH_PRIORITY_SHARE = 0.15;
    static final double RANKS_UNITS_SHARE = 0.5;
    static final double HAS_USUAL_UNIT_SHARE = 0.35;
    static final double REFUSES_A_UNIT_SHARE = 0.05;
    static final double INCOMPATIBLE_PAIR_SHARE = 0.01;
    /** Children who come with a sibling who uses respite too (joint requests: the carers rest together). */
    static final double SIBLING_SHARE = 0.08;

    /** Need prevalence for children and adults (an epilepsy need always brings a medication need). */
    static final Map<Skill, double[]> NEED_PREVALENCE_CHILD_ADULT = new EnumMap<>(Map.of(
            AUTISM, new double[] { 0.45, 0.25 },
            EPILEPSY, new double[] { 0.20, 0.20 },
            MEDICATION, new double[] { 0.35, 0.60 },
            PHYSICAL_CARE, new double[] { 0.25, 0.35 },
            AWAKE_NIGHT, new double[] { 0.10, 0.12 },
            CHALLENGING_BEHAVIOUR, new double[] { 0.12, 0.08 },
            TUBE_FEEDING, new double[] { 0.04, 0.03 },
            AAC, new double[] { 0.30, 0.15 }));
    /** Clients needing physical care who use a wheelchair, and of those who need a ceiling hoist. */
    static final double WHEELCHAIR_SHARE_OF_PHYSICAL = 0.7;
    static final double HOIST_SHARE_OF_WHEELCHAIR = 0.4;
    static final double PREFERS_SINGLE_ROOM_SHARE = 0.3;
    static final double PREFERS_SENSORY_ROOM_SHARE_OF_AUTISTIC = 0.4;

    // ---- ASSUMPTIONS: decided entitlements (nights a month) ----
    /** A family carer's statutory days off (Omaishoitolaki 937/2005 §4): at least 2 a month. */
    static final int CARERS_DAYS_OFF = 2;
    /** 3 when the care is round-the-clock: night care, tube feeding, physical care. */
    static final int ROUND_THE_CLOCK_DAYS_OFF = 3;
    /** A Disability Services Act (675/2023) decision for the most demanding needs grants more. */
    static final int DEMANDING_ENTITLEMENT = 4;
    /** A client with more than the carers' days off asks for a second weekend in a month this often. */
    static final double SECOND_WEEKEND_CHANCE = 0.5;

    // ---- ASSUMPTIONS: demand patterns (carers' statutory days off: 2-3 a month) ----
    /** Monthly weekend stays (Friday to Sunday); the rest save days up or use weekdays. */
    static final double WEEKEND_PATTERN_SHARE = 0.60;
    static final double SAVED_UP_PATTERN_SHARE = 0.25;
    /** Chance that a weekend-pattern client asks for a weekend in a given month. */
    static final double MONTHLY_WEEKEND_CHANCE = 0.85;
    /** Share of weekend stays that run Friday to Monday. */
    static final double LONG_WEEKEND_SHARE = 0.2;
    /** Children who ask for a stay in their region's winter break week. */
    static final double WINTER_BREAK_CHANCE = 0.5;
    /** Arrival flexibility: fixed, ±1 day, ±3 days. */
    static final double FIXED_ARRIVAL_SHARE = 0.4;
    static final double ONE_DAY_FLEX_SHARE = 0.4;

    private static final List<Region> REGIONS = List.of(
            new Region("HEL", "Helsinki", new GeoPoint(60.1699, 24.9384), 8),
            new Region("TRE", "Tampere", new GeoPoint(61.4978, 23.7610), 9),
            new Region("TKU", "Turku", new GeoPoint(60.4518, 22.2666), 8),
            new Region("OUL", "Oulu", new GeoPoint(65.0121, 25.4651), 10),
            new Region("JKL", "Jyväskylä", new GeoPoint(62.2426, 25.7473), 9),
            new Region("KUO", "Kuopio", new GeoPoint(62.8924, 27.6770), 9),
            new Region("LTI", "Lahti", new GeoPoint(60.9827, 25.6612), 8),
            new Region("POR", "Pori", new GeoPoint(61.4851, 21.7974), 9),
            new Region("JOE", "Joensuu", new GeoPoint(62.6010, 29.7636), 9),
            new Region("VAA", "Vaasa", new GeoPoint(63.0951, 21.6165), 9),
            new Region("SJK", "Seinäjoki", new GeoPoint(62.7903, 22.8403), 9),
            new Region("ROI", "Rovaniemi", new GeoPoint(66.5039, 25.7294), 10));

    private static final String[] FIRST_NAMES = { "Aino", "Eetu", "Helmi", "Onni", "Lilja", "Väinö", "Sofia", "Leo",
            "Ella", "Elias", "Olivia", "Oliver", "Aada", "Eino", "Venla", "Niilo", "Pihla", "Toivo", "Isla", "Emil" };

    record Region(String code, String name, GeoPoint centre, int winterBreakWeek) {
    }

    private final RespiteSize size;
    private final long seed;
    private final Random random;
    private final List<Unit> units = new ArrayList<>();
    private final List<Client> clients = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();
    private int stayCounter;

    private RespiteGenerator(RespiteSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static RespitePlan generate(RespiteSize size, long seed) {
        return new RespiteGenerator(size, seed).generate();
    }

    private RespitePlan generate() {
        for (int r = 0; r < size.regions(); r++) {
            Region region = REGIONS.get(r);
            String prefix = size.regions() == 1 ? "" : region.code() + "-";
            List<Unit> regionUnits = size.isSingleUnitPair() ? smallMunicipalityUnits(region, prefix) : cityUnits(region, prefix);
            units.addAll(regionUnits);
            int quota = size.stayRequests() * (r + 1) / size.regions() - size.stayRequests() * r / size.regions();
            int target = stays.size() + quota;
            while (stays.size() < target) {
                addClientWithRequests(region, regionUnits);
            }
        }
        addIncompatiblePairs();
        return new RespitePlan("Respite Q1 2027, size %s, seed %d".formatted(size, seed), QUARTER, units, clients, stays)
                .withParameters(new PlanParameters(null, size.maxTravelKm(), null, null))
                .link();
    }

    // ---- units ----

    /** A city's respite service: 5 own units, 2 purchased, 1 voucher provider; 80 beds. */
    private List<Unit> cityUnits(Region region, String prefix) {
        double price = 1 + PRICE_SPREAD * (random.nextDouble() * 2 - 1);
        List<Unit> city = new ArrayList<>();
        city.add(adultUnit(prefix + "U1", region, "aikuisten yksikkö A", Producer.OWN, price, 6, 3, true)
                .withSkillCapacity(AUTISM, 3).withSkillCapacity(CHALLENGING_BEHAVIOUR, 1));
        Unit sleepingNights = adultUnit(prefix + "U2", region, "aikuisten yksikkö B", Producer.OWN, price, 6, 3, false)
                .withSkillCapacity(AUTISM, 2).withSkillCapacity(CHALLENGING_BEHAVIOUR, 1);
        if (region == REGIONS.get(0)) {
            sleepingNights.withClosedNights(new DateRange(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 21)));
        }
        city.add(sleepingNights);
        city.add(adultUnit(prefix + "U3", region, "vaativan hoidon yksikkö", Producer.OWN, price, 10, 0, true)
                .withSkillCapacity(AUTISM, 4).withSkillCapacity(CHALLENGING_BEHAVIOUR, 3).withFeatures(
                        Set.of(Features.WHEELCHAIR_ACCESS, Features.CEILING_HOIST, Features.SENSORY_ROOM)));
        city.add(childUnit(prefix + "U4", region, "lasten yksikkö A", Producer.OWN, price, 8, true)
                .withStaffingChange(new StaffingChange(
                        new DateRange(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 24)), AUTISM, 2, null)));
        city.add(childUnit(prefix + "U5", region, "lasten yksikkö B", Producer.OWN, price, 8, false));
        city.add(adultUnit(prefix + "U6", region, "ostopalvelu, aikuiset", Producer.PURCHASED, price, 4, 3, true)
                .withSkillCapacity(AUTISM, 2).withSkillCapacity(CHALLENGING_BEHAVIOUR, 1));
        city.add(childUnit(prefix + "U7", region, "ostopalvelu, lapset", Producer.PURCHASED, price, 8, true));
        city.add(adultUnit(prefix + "U8", region, "palveluseteli, aikuiset", Producer.VOUCHER, price, 6, 3, false)
                .withSkillCapacity(AUTISM, 2));
        return city;
    }

    /** A small municipality: one adults' unit (8 beds) and one children's unit (7 beds). */
    private List<Unit> smallMunicipalityUnits(Region region, String prefix) {
        return List.of(
                adultUnit(prefix + "U1", region, "aikuisten yksikkö", Producer.OWN, 1.0, 4, 2, true)
                        .withSkillCapacity(AUTISM, 2).withSkillCapacity(CHALLENGING_BEHAVIOUR, 1),
                childUnit(prefix + "U2", region, "lasten yksikkö", Producer.OWN, 1.0, 7, true));
    }

    /** Adults' unit with single rooms and same-gender double rooms. */
    private Unit adultUnit(String id, Region region, String kind, Producer producer, double price, int singles, int doubles,
            boolean awakeNights) {
        Unit unit = newUnit(id, region, kind, producer, price, 18, 99, awakeNights)
                .withFeatures(Set.of(Features.WHEELCHAIR_ACCESS));
        int beds = singles + 2 * doubles;
        unit.withSkillCapacity(MEDICATION, Math.max(4, beds * 2 / 3)).withSkillCapacity(EPILEPSY, 3)
                .withSkillCapacity(PHYSICAL_CARE, 4).withSkillCapacity(TUBE_FEEDING, 1).withSkillCapacity(AAC, 3)
                .withSkillCapacity(AWAKE_NIGHT, awakeNights ? 4 : 0);
        for (int s = 1; s <= singles; s++) {
            Room room = new Room(id + "-R" + s, GenderPolicy.ANY).withBed(new Bed(id + "-R" + s + "-B1"));
            if (s <= 2) {
                room.withFeatures(Set.of(Features.CEILING_HOIST));
            }
            unit.withRoom(room);
        }
        for (int d = 1; d <= doubles; d++) {
            String roomId = id + "-R" + (singles + d);
            unit.withRoom(new Room(roomId, d == doubles ? GenderPolicy.FEMALE_ONLY : GenderPolicy.SAME_GENDER)
                    .withBed(new Bed(roomId + "-B1")).withBed(new Bed(roomId + "-B2")));
        }
        return unit;
    }

    /** Children's unit: every child has a room of their own, a sensory room in the house. */
    private Unit childUnit(String id, Region region, String kind, Producer producer, double price, int rooms, boolean awakeNights) {
        Unit unit = newUnit(id, region, kind, producer, price, 4, 17, awakeNights)
                .withFeatures(Set.of(Features.WHEELCHAIR_ACCESS, Features.SENSORY_ROOM))
                .withSkillCapacity(AUTISM, 4).withSkillCapacity(MEDICATION, 6).withSkillCapacity(EPILEPSY, 3)
                .withSkillCapacity(PHYSICAL_CARE, 3).withSkillCapacity(CHALLENGING_BEHAVIOUR, 2).withSkillCapacity(TUBE_FEEDING, 1)
                .withSkillCapacity(AAC, 4).withSkillCapacity(AWAKE_NIGHT, awakeNights ? 3 : 0);
        for (int r = 1; r <= rooms; r++) {
            Room room = new Room(id + "-R" + r, GenderPolicy.ANY).withBed(new Bed(id + "-R" + r + "-B1"));
            if (r == 1) {
                room.withFeatures(Set.of(Features.CEILING_HOIST));
            }
            unit.withRoom(room);
        }
        return unit;
    }

    private Unit newUnit(String id, Region region, String kind, Producer producer, double price, int minAge, int maxAge,
            boolean awakeNights) {
        int weekday = (int) Math.round(price * switch (producer) {
            case OWN -> OWN_WEEKDAY_COST;
            case PURCHASED -> PURCHASED_COST;
            case VOUCHER -> VOUCHER_COST;
        });
        Unit unit = new Unit(id, producer, minAge, maxAge, weekday)
                .withName(region.name() + ", " + kind)
                .withProvider(producer == Producer.OWN ? region.name() + " (oma tuotanto)" : "Provider " + id)
                .withLocation(near(region.centre(), 5))
                .withAwakeNightStaff(awakeNights);
        if (producer == Producer.OWN) {
            unit.withWeekdayCost(DayOfWeek.SATURDAY, (int) Math.round(weekday * SATURDAY_MULTIPLIER))
                    .withWeekdayCost(DayOfWeek.SUNDAY, (int) Math.round(weekday * SUNDAY_MULTIPLIER));
        }
        return unit;
    }

    // ---- clients and their requests ----

    private void addClientWithRequests(Region region, List<Unit> regionUnits) {
        boolean child = random.nextDouble() < CHILD_SHARE;
        Client client = newClient(region, regionUnits, child, null);
        List<Stay> requested = requestsOf(client, region, child);
        if (child && random.nextDouble() < SIBLING_SHARE) {
            String familyId = "F" + client.getId().substring(1);
            client.withFamilyId(familyId);
            Client sibling = newClient(region, regionUnits, true, client).withFamilyId(familyId);
            for (Stay stay : List.copyOf(requested)) {
                requested.add(new Stay(nextStayId(), sibling, stay.getRequestedArrival(), stay.getNights())
                        .withWindow(stay.getEarliestArrival(), stay.getLatestArrival()).withPriority(stay.getPriority()));
            }
        }
        stays.addAll(requested);
    }

    private Client newClient(Region region, List<Unit> regionUnits, boolean child, Client siblingOf) {
        String id = "C%05d".formatted(clients.size() + 1);
        int age = child ? 4 + random.nextInt(14) : 18 + random.nextInt(47);
        LocalDate birthDate = QUARTER.from().minusYears(age).minusDays(random.nextInt(365));
        Set<Skill> needs = EnumSet.noneOf(Skill.class);
        NEED_PREVALENCE_CHILD_ADULT.forEach((skill, prevalence) -> {
            if (random.nextDouble() < prevalence[child ? 0 : 1]) {
                needs.add(skill);
            }
        });
        if (needs.contains(EPILEPSY)) {
            needs.add(MEDICATION);
        }
        Set<String> required = new HashSet<>();
        if (needs.contains(PHYSICAL_CARE) && random.nextDouble() < WHEELCHAIR_SHARE_OF_PHYSICAL) {
            required.add(Features.WHEELCHAIR_ACCESS);
            if (random.nextDouble() < HOIST_SHARE_OF_WHEELCHAIR) {
                required.add(Features.CEILING_HOIST);
            }
        }
        Set<String> preferred = new HashSet<>();
        if (!child && random.nextDouble() < PREFERS_SINGLE_ROOM_SHARE) {
            preferred.add(Features.SINGLE_ROOM);
        }
        if (needs.contains(AUTISM) && random.nextDouble() < PREFERS_SENSORY_ROOM_SHARE_OF_AUTISTIC) {
            preferred.add(Features.SENSORY_ROOM);
        }
        GeoPoint home = siblingOf != null ? siblingOf.getHome() : near(region.centre(), HOME_SPREAD_KM);
        Client client = new Client(id, birthDate, gender())
                .withName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ".")
                .withSegment(segment(child, needs))
                .withLanguage(random.nextDouble() < SWEDISH_SPEAKING_SHARE ? "sv" : "fi")
                .withHome(home)
                .withNeeds(needs)
                .withRequiredFeatures(required)
                .withPreferredFeatures(preferred)
                .withMonthlyEntitlement(entitlement(child, needs));
        client.withContact(syntheticContact(clients.size() + 1, client.getLanguage()));
        addFamilyWishes(client, regionUnits, child);
        clients.add(client);
        return client;
    }

    private void addFamilyWishes(Client client, List<Unit> regionUnits, boolean child) {
        List<Unit> ageGroupUnits = regionUnits.stream().filter(unit -> unit.admitsAge(child ? 10 : 30)).toList();
        List<Unit> own = ageGroupUnits.stream().filter(unit -> unit.getProducer() == Producer.OWN).toList();
        if (random.nextDouble() < RANKS_UNITS_SHARE) {
            List<Unit> byDistance = new ArrayList<>(ageGroupUnits);
            byDistance.sort(Comparator.comparingDouble(unit -> unit.getLocation().kmTo(client.getHome())));
            client.withPreferredUnits(byDistance.subList(0, Math.min(byDistance.size(), 1 + random.nextInt(3))));
        }
        if (random.nextDouble() < HAS_USUAL_UNIT_SHARE) {
            client.withUsualUnit(own.get(random.nextInt(own.size())));
        }
        if (ageGroupUnits.size() > 1 && random.nextDouble() < REFUSES_A_UNIT_SHARE) {
            Unit refused = ageGroupUnits.get(random.nextInt(ageGroupUnits.size()));
            if (!client.getPreferredUnits().contains(refused) && refused != client.getUsualUnit()) {
                client.withRefusedUnits(Set.of(refused));
            }
        }
    }

    /** Nights a month as a decision would grant them: the carer's days off, more for round-the-clock and demanding care. */
    private static int entitlement(boolean child, Set<Skill> needs) {
        if (segment(child, needs).endsWith("DEMANDING")) {
            return DEMANDING_ENTITLEMENT;
        }
        return needs.contains(AWAKE_NIGHT) || needs.contains(TUBE_FEEDING) || needs.contains(PHYSICAL_CARE) ? ROUND_THE_CLOCK_DAYS_OFF
                : CARERS_DAYS_OFF;
    }

    /** The quarter's requests of one client, following one of the demand patterns. */
    private List<Stay> requestsOf(Client client, Region region, boolean child) {
        List<Stay> requested = new ArrayList<>();
        double pattern = random.nextDouble();
        if (pattern < WEEKEND_PATTERN_SHARE) {
            for (int month = 1; month <= 3; month++) {
                if (random.nextDouble() < MONTHLY_WEEKEND_CHANCE) {
                    LocalDate friday = randomFridayOf(month);
                    requested.add(request(client, friday, random.nextDouble() < LONG_WEEKEND_SHARE ? 3 : 2));
                    if (client.getMonthlyEntitlement() > ROUND_THE_CLOCK_DAYS_OFF && random.nextDouble() < SECOND_WEEKEND_CHANCE) {
                        requested.add(request(client, randomFridayOf(month), 2));
                    }
                }
            }
        } else if (pattern < WEEKEND_PATTERN_SHARE + SAVED_UP_PATTERN_SHARE) {
            // Saved-up days off: one longer stay, and a weekend in another month.
            int longMonth = 1 + random.nextInt(3);
            LocalDate start = LocalDate.of(2027, longMonth, 1 + random.nextInt(20));
            requested.add(request(client, start, 4 + random.nextInt(4)));
            requested.add(request(client, randomFridayOf(longMonth % 3 + 1), 2));
        } else {
            // Weekday stays, e.g. a carer's shift work: 2-3 stays of 2-4 nights starting Monday-Wednesday.
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                LocalDate monday = randomFridayOf(1 + i % 3).plusDays(3);
                requested.add(request(client, monday.plusDays(random.nextInt(3)), 2 + random.nextInt(3)));
            }
        }
        if (child && random.nextDouble() < WINTER_BREAK_CHANCE) {
            LocalDate breakMonday = LocalDate.of(2027, 2, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, region.winterBreakWeek())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            requested.add(request(client, breakMonday.plusDays(random.nextInt(2)), 3 + random.nextInt(3)));
        }
        return withoutOverlaps(requested);
    }

    /** A family does not ask for two stays at once: later overlapping requests are dropped. */
    private List<Stay> withoutOverlaps(List<Stay> requested) {
        List<Stay> kept = new ArrayList<>();
        for (Stay stay : requested) {
            boolean overlaps = kept.stream().anyMatch(other -> !stay.getLatestArrival().plusDays(stay.getNights()).isBefore(other.getEarliestArrival())
                    && !other.getLatestArrival().plusDays(other.getNights()).isBefore(stay.getEarliestArrival()));
            if (!overlaps) {
                kept.add(stay);
            }
        }
        return kept;
    }

    private Stay request(Client client, LocalDate arrival, int nights) {
        int flex = random.nextDouble() < FIXED_ARRIVAL_SHARE ? 0 : random.nextDouble() < ONE_DAY_FLEX_SHARE / (1 - FIXED_ARRIVAL_SHARE) ? 1 : 3;
        LocalDate lastPossibleArrival = QUARTER.to().minusDays(nights - 1L);
        LocalDate requestedArrival = arrival.isAfter(lastPossibleArrival) ? lastPossibleArrival : arrival;
        LocalDate earliest = max(QUARTER.from(), requestedArrival.minusDays(flex));
        LocalDate latest = min(lastPossibleArrival, requestedArrival.plusDays(flex));
        double priority = random.nextDouble();
        return new Stay(nextStayId(), client, requestedArrival, nights)
                .withWindow(earliest, latest)
                .withPriority(priority < URGENT_SHARE ? Priority.URGENT : priority < URGENT_SHARE + HIGH_PRIORITY_SHARE ? Priority.HIGH : Priority.NORMAL);
    }

    private String nextStayId() {
        return "S%06d".formatted(++stayCounter);
    }

    /**
     * A contact that is plainly not a real person's: a name from the generator's list, a phone number in
     * the unused 040 000 block, an address at example.com (reserved for examples). Derived from the client's
     * number only, so it draws nothing from the random stream.
     */
    private static Contact syntheticContact(int clientNumber, String language) {
        String guardian = FIRST_NAMES[clientNumber * 7 % FIRST_NAMES.length] + " " + (char) ('A' + clientNumber * 11 % 26) + ".";
        return new Contact(guardian, "040 000 %04d".formatted(clientNumber % 10_000), "huoltaja.c%05d@example.com".formatted(clientNumber),
                language);
    }

    /** Pairs of clients of one age group and region who must not meet, most often with challenging behaviour. */
    private void addIncompatiblePairs() {
        int pairs = (int) Math.round(clients.size() * INCOMPATIBLE_PAIR_SHARE);
        List<Client> behaviour = clients.stream().filter(client -> client.needs(CHALLENGING_BEHAVIOUR)).toList();
        for (int p = 0; p < pairs && behaviour.size() > 1; p++) {
            Client a = behaviour.get(random.nextInt(behaviour.size()));
            Client b = clients.get(random.nextInt(clients.size()));
            boolean sameAgeGroup = (a.ageOn(QUARTER.from()) < 18) == (b.ageOn(QUARTER.from()) < 18);
            if (a != b && sameAgeGroup && a.getHome().kmTo(b.getHome()) < 60) {
                a.mustNotMeet(b);
            }
        }
    }

    private LocalDate randomFridayOf(int month) {
        LocalDate first = LocalDate.of(2027, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        LocalDate friday = first.plusWeeks(random.nextInt(4));
        return friday.getMonthValue() == month ? friday : first;
    }

    private Gender gender() {
        double g = random.nextDouble();
        return g < OTHER_GENDER_SHARE ? Gender.OTHER : g < OTHER_GENDER_SHARE + MALE_SHARE ? Gender.MALE : Gender.FEMALE;
    }

    private static String segment(boolean child, Set<Skill> needs) {
        String age = child ? "CHILD_" : "ADULT_";
        if (needs.contains(CHALLENGING_BEHAVIOUR) || needs.contains(AWAKE_NIGHT) || needs.contains(TUBE_FEEDING)) {
            return age + "DEMANDING";
        }
        if (needs.contains(AUTISM)) {
            return age + "AUTISM";
        }
        return needs.contains(PHYSICAL_CARE) ? age + "PHYSICAL" : age + "INTELLECTUAL";
    }

    /** A point scattered around {@code centre} with {@code spreadKm} standard deviation. */
    private GeoPoint near(GeoPoint centre, double spreadKm) {
        double kmPerDegreeLat = 111.0;
        double kmPerDegreeLon = 111.0 * Math.cos(Math.toRadians(centre.lat()));
        double lat = centre.lat() + random.nextGaussian() * spreadKm / kmPerDegreeLat;
        double lon = centre.lon() + random.nextGaussian() * spreadKm / kmPerDegreeLon;
        return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
