package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * Why each unplaced request is unplaced: the one rule that stopped it, in which unit and on which nights.
 * Every bed and arrival of the request's window is checked rule by rule in the order of {@link Cause}; the
 * place that got furthest names the cause (ties: the family's usual or preferred unit, then fewest blocked
 * nights, then the earliest arrival). The coarse {@link Reason} groups the causes in the three answers a
 * planner gives a family.
 */
public final class UnmetReasons {

    public enum Reason { NO_SUITABLE_BED, SUITABLE_BEDS_FULL, FREE_BED_BREAKS_RULES }

    /**
     * What stopped a place, from the least specific (no unit takes the client at all) to the most (the place
     * was free and broke no rule: longer solving may place it, or in a re-plan it would break a promise). Each names
     * the constraint it stands for.
     */
    public enum Cause {
        NO_BEDS(null, Reason.NO_SUITABLE_BED),
        AGE_OUTSIDE_RANGE(RespiteConstraint.AGE_OUTSIDE_UNIT_RANGE, Reason.NO_SUITABLE_BED),
        TOO_FAR(null, Reason.NO_SUITABLE_BED),
        SKILL_NOT_STAFFED(RespiteConstraint.SKILL_CAPACITY_EXCEEDED, Reason.NO_SUITABLE_BED),
        ROOM_GENDER(RespiteConstraint.ROOM_GENDER_POLICY, Reason.NO_SUITABLE_BED),
        FEATURE_MISSING(RespiteConstraint.REQUIRED_FEATURE_MISSING, Reason.NO_SUITABLE_BED),
        OUTSIDE_HORIZON(null, Reason.SUITABLE_BEDS_FULL),
        UNIT_CLOSED(RespiteConstraint.BED_OR_UNIT_CLOSED, Reason.SUITABLE_BEDS_FULL),
        BED_CLOSED(RespiteConstraint.BED_OR_UNIT_CLOSED, Reason.SUITABLE_BEDS_FULL),
        BEDS_OCCUPIED(RespiteConstraint.BED_DOUBLE_BOOKED, Reason.SUITABLE_BEDS_FULL),
        NO_AWAKE_NIGHT_STAFF(RespiteConstraint.AWAKE_NIGHT_STAFF_MISSING, Reason.FREE_BED_BREAKS_RULES),
        SKILL_FULL(RespiteConstraint.SKILL_CAPACITY_EXCEEDED, Reason.FREE_BED_BREAKS_RULES),
        INCOMPATIBLE_CLIENT(RespiteConstraint.INCOMPATIBLE_CLIENTS_TOGETHER, Reason.FREE_BED_BREAKS_RULES),
        OTHER_GENDER_IN_ROOM(RespiteConstraint.MIXED_GENDERS_IN_SAME_GENDER_ROOM, Reason.FREE_BED_BREAKS_RULES),
        CLIENT_ELSEWHERE(RespiteConstraint.CLIENT_IN_TWO_PLACES, Reason.FREE_BED_BREAKS_RULES),
        PLACE_FREE(null, Reason.FREE_BED_BREAKS_RULES);

        private final RespiteConstraint rule;
        private final Reason reason;

        Cause(RespiteConstraint rule, Reason reason) {
            this.rule = rule;
            this.reason = reason;
        }

        /** The constraint this cause stands for; null for limits that are not a constraint (travel, horizon, none). */
        public RespiteConstraint rule() {
            return rule;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * One unplaced request and what stopped it.
     *
     * @param rule the name of the constraint that stopped it (null for the travel limit, the horizon or a free place)
     * @param unit the unit of the place that got furthest (null when no unit has beds or for the horizon)
     * @param bed that place's bed when the cause is the bed's own (closed, occupied, free)
     * @param detail what the cause concerns: a skill, a feature, the client's age, km, the other client's or stay's id
     * @param firstNight the first blocked night (null for causes of the unit or room as a whole)
     * @param lastNight the last blocked night
     * @param freeBed a free suitable bed when there is one (with {@code freeArrival})
     * @param text the cause in words, when asked for in a language (null otherwise)
     */
    public record Unmet(String stayId, String clientId, Priority priority, LocalDate earliestArrival, LocalDate latestArrival,
            int nights, Reason reason, int suitableBeds, String freeBed, LocalDate freeArrival, Cause cause, String rule, String unit,
            String bed, String detail, LocalDate firstNight, LocalDate lastNight, String text) {

        Unmet withText(String text) {
            return new Unmet(stayId, clientId, priority, earliestArrival, latestArrival, nights, reason, suitableBeds, freeBed,
                    freeArrival, cause, rule, unit, bed, detail, firstNight, lastNight, text);
        }
    }

    private UnmetReasons() {
    }

    /** The unplaced requests by earliest arrival, each with its cause, without words. */
    public static List<Unmet> of(RespitePlan plan) {
        Occupancy occupancy = new Occupancy(plan);
        return plan.getStays().stream().filter(stay -> !stay.isAssigned())
                .sorted(Comparator.comparing(Stay::getEarliestArrival).thenComparing(Stay::getId))
                .map(stay -> explain(plan, stay, occupancy))
                .toList();
    }

    /** The same, each with its cause in words. */
    public static List<Unmet> of(RespitePlan plan, Messages messages, Naming naming) {
        return of(plan).stream().map(unmet -> unmet.withText(text(unmet, plan, messages, naming))).toList();
    }

    /** The cause in words: "U3 Kotikallio: autismiosaamisen paikat täynnä 12.–14.2.2027". */
    public static String text(Unmet unmet, RespitePlan plan, Messages messages, Naming naming) {
        String unit = unmet.unit() == null ? null : plan.findUnit(unmet.unit()).map(naming::unit).orElse(unmet.unit());
        String key = "unmet." + unmet.cause();
        DateRange nights = unmet.firstNight() == null ? null : new DateRange(unmet.firstNight(), unmet.lastNight());
        return switch (unmet.cause()) {
            case NO_BEDS -> messages.text(key);
            case AGE_OUTSIDE_RANGE, TOO_FAR -> messages.text(key, unit, Integer.parseInt(unmet.detail()));
            case SKILL_NOT_STAFFED -> messages.text(key, unit, messages.lowerFirst(messages.text("skill." + unmet.detail())));
            case ROOM_GENDER -> messages.text(key, unit, messages.text("gender." + unmet.detail()));
            case FEATURE_MISSING -> messages.text(key, unit, messages.has("feature." + unmet.detail())
                    ? messages.text("feature." + unmet.detail()) : unmet.detail());
            case OUTSIDE_HORIZON -> messages.text(key, nights);
            case UNIT_CLOSED, NO_AWAKE_NIGHT_STAFF, OTHER_GENDER_IN_ROOM -> messages.text(key, unit, nights);
            case BED_CLOSED, BEDS_OCCUPIED -> messages.text(key, unit, nights, unmet.bed());
            case SKILL_FULL -> messages.text(key, unit, messages.lowerFirst(messages.text("skill." + unmet.detail())), nights);
            case INCOMPATIBLE_CLIENT -> messages.text(key, unit, nights,
                    plan.findClient(unmet.detail()).map(naming::client).orElse(unmet.detail()));
            case CLIENT_ELSEWHERE -> messages.text(key, unit, nights, unmet.detail());
            case PLACE_FREE -> messages.text(key, unit, unmet.bed(), unmet.freeArrival());
        };
    }

    /** One place checked for a request: how far it got, where, and on which nights it was blocked. */
    private record Finding(Cause cause, Unit unit, Bed bed, String detail, LocalDate arrival, List<LocalDate> blocked) {

        static Finding of(Cause cause, Unit unit, Bed bed, String detail, LocalDate arrival, List<LocalDate> blocked) {
            return new Finding(cause, unit, bed, detail, arrival, blocked);
        }
    }

    private static Unmet explain(RespitePlan plan, Stay stay, Occupancy occupancy) {
        Comparator<Finding> better = Comparator.<Finding>comparingInt(f -> f.cause().ordinal())
                .thenComparing(Comparator.<Finding>comparingInt(f -> preference(stay.getClient(), f.unit())).reversed())
                .thenComparing(Comparator.<Finding>comparingInt(f -> f.blocked().size()).reversed())
                .thenComparing(Comparator.comparing((Finding f) -> f.arrival() == null ? LocalDate.MAX : f.arrival()).reversed());
        Finding best = Finding.of(Cause.NO_BEDS, null, null, null, null, List.of());
        for (Unit unit : plan.getUnits()) {
            for (Finding finding : findings(plan, stay, unit, occupancy)) {
                if (better.compare(finding, best) > 0) {
                    best = finding;
                }
            }
        }
        List<Bed> suitable = stay.getCandidateBeds() == null ? List.of() : stay.getCandidateBeds();
        boolean free = best.cause().reason() == Reason.FREE_BED_BREAKS_RULES;
        List<LocalDate> blocked = best.blocked();
        return new Unmet(stay.getId(), stay.getClient().getId(), stay.getPriority(), stay.getEarliestArrival(), stay.getLatestArrival(),
                stay.getNights(), best.cause().reason(), suitable.size(), free ? best.bed().getId() : null, free ? best.arrival() : null,
                best.cause(), best.cause().rule() == null ? null : best.cause().rule().constraintName(),
                best.cause() == Cause.OUTSIDE_HORIZON || best.unit() == null ? null : best.unit().getId(),
                best.bed() == null ? null : best.bed().getId(), best.detail(),
                blocked.isEmpty() ? null : blocked.get(0), blocked.isEmpty() ? null : blocked.get(blocked.size() - 1), null);
    }

    /** 0 for the usual unit, 1 + rank for a preferred one, else after all of them. */
    private static int preference(Client client, Unit unit) {
        if (unit == null) {
            return Integer.MAX_VALUE;
        }
        if (unit == client.getUsualUnit()) {
            return 0;
        }
        int rank = client.preferenceRank(unit);
        return rank < 0 ? Integer.MAX_VALUE - 1 : 1 + rank;
    }

    /** The unit's own limits first (age, travel, skills it never staffs), then each room and each bed and arrival. */
    private static List<Finding> findings(RespitePlan plan, Stay stay, Unit unit, Occupancy occupancy) {
        Client client = stay.getClient();
        int ageFirst = client.ageOn(stay.getEarliestArrival());
        if (!unit.admitsAge(ageFirst) && !unit.admitsAge(client.ageOn(stay.getLatestArrival()))) {
            return List.of(Finding.of(Cause.AGE_OUTSIDE_RANGE, unit, null, String.valueOf(ageFirst), null, List.of()));
        }
        Integer maxKm = plan.getParameters().maxTravelKm();
        if (maxKm != null && client.getHome() != null && unit.getLocation() != null && client.getHome().kmTo(unit.getLocation()) > maxKm) {
            return List.of(Finding.of(Cause.TOO_FAR, unit, null, String.valueOf(Math.round(client.getHome().kmTo(unit.getLocation()))),
                    null, List.of()));
        }
        for (Skill skill : client.getNeeds()) {
            if (!unit.offers(skill)) {
                return List.of(Finding.of(Cause.SKILL_NOT_STAFFED, unit, null, skill.name(), null, List.of()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Room room : unit.getRooms()) {
            if (!room.getGenderPolicy().admits(client.getGender())) {
                findings.add(Finding.of(Cause.ROOM_GENDER, unit, null, room.getGenderPolicy().name(), null, List.of()));
                continue;
            }
            String missing = client.getRequiredFeatures().stream().filter(feature -> !room.hasFeature(feature)).findFirst().orElse(null);
            if (missing != null) {
                findings.add(Finding.of(Cause.FEATURE_MISSING, unit, null, missing, null, List.of()));
                continue;
            }
            for (Bed bed : room.getBeds()) {
                for (LocalDate arrival = stay.getEarliestArrival(); !arrival.isAfter(stay.getLatestArrival()); arrival = arrival.plusDays(1)) {
                    findings.add(place(plan, stay, bed, arrival, occupancy));
                }
            }
        }
        return findings;
    }

    /** One bed from one arrival, night by night: the first rule that blocks some night names the cause. */
    private static Finding place(RespitePlan plan, Stay stay, Bed bed, LocalDate arrival, Occupancy occupancy) {
        Unit unit = bed.getUnit();
        Client client = stay.getClient();
        List<LocalDate> nights = arrival.datesUntil(arrival.plusDays(stay.getNights())).toList();
        List<LocalDate> blocked = blocked(nights, night -> !plan.getHorizon().contains(night));
        if (!blocked.isEmpty()) {
            return Finding.of(Cause.OUTSIDE_HORIZON, unit, null, null, arrival, blocked);
        }
        blocked = blocked(nights, night -> unit.closedNightCount(night.toEpochDay(), 1) > 0);
        if (!blocked.isEmpty()) {
            return Finding.of(Cause.UNIT_CLOSED, unit, null, null, arrival, blocked);
        }
        blocked = blocked(nights, night -> bed.closedNightCount(night.toEpochDay(), 1) > 0);
        if (!blocked.isEmpty()) {
            return Finding.of(Cause.BED_CLOSED, unit, bed, null, arrival, blocked);
        }
        blocked = blocked(nights, night -> occupancy.in(unit, night).stream().anyMatch(other -> other.getBed() == bed));
        if (!blocked.isEmpty()) {
            return Finding.of(Cause.BEDS_OCCUPIED, unit, bed, null, arrival, blocked);
        }
        if (client.needs(Skill.AWAKE_NIGHT)) {
            blocked = blocked(nights, night -> unit.nightsWithoutAwakeStaff(night.toEpochDay(), 1) > 0);
            if (!blocked.isEmpty()) {
                return Finding.of(Cause.NO_AWAKE_NIGHT_STAFF, unit, bed, null, arrival, blocked);
            }
        }
        for (Skill skill : client.getNeeds()) {
            blocked = blocked(nights, night -> occupancy.in(unit, night).stream().filter(other -> other.getClient().needs(skill)).count()
                    >= unit.capacity(skill, night.toEpochDay()));
            if (!blocked.isEmpty()) {
                return Finding.of(Cause.SKILL_FULL, unit, bed, skill.name(), arrival, blocked);
            }
        }
        for (LocalDate night : nights) {
            for (Stay other : occupancy.in(unit, night)) {
                if (client.getIncompatibleWith().contains(other.getClient()) || other.getClient().getIncompatibleWith().contains(client)) {
                    return Finding.of(Cause.INCOMPATIBLE_CLIENT, unit, bed, other.getClient().getId(), arrival,
                            blocked(nights, n -> occupancy.in(unit, n).stream().anyMatch(s -> s.getClient() == other.getClient())));
                }
            }
        }
        if (bed.getRoom().getGenderPolicy() == GenderPolicy.SAME_GENDER) {
            blocked = blocked(nights, night -> occupancy.in(unit, night).stream()
                    .anyMatch(other -> other.getBed().getRoom() == bed.getRoom() && other.getClient().getGender() != client.getGender()));
            if (!blocked.isEmpty()) {
                return Finding.of(Cause.OTHER_GENDER_IN_ROOM, unit, bed, null, arrival, blocked);
            }
        }
        for (Stay other : occupancy.of(client)) {
            blocked = blocked(nights, night -> !night.isBefore(other.getArrival()) && !night.isAfter(other.lastNight()));
            if (!blocked.isEmpty()) {
                return Finding.of(Cause.CLIENT_ELSEWHERE, unit, bed, other.getId(), arrival, blocked);
            }
        }
        return Finding.of(Cause.PLACE_FREE, unit, bed, null, arrival, List.of());
    }

    private static List<LocalDate> blocked(List<LocalDate> nights, Predicate<LocalDate> blocks) {
        return nights.stream().filter(blocks).toList();
    }

    /** The placed stays by unit and night, and by client. */
    private static final class Occupancy {
        private final Map<Unit, Map<LocalDate, List<Stay>>> byUnitNight = new HashMap<>();
        private final Map<Client, List<Stay>> byClient = new HashMap<>();

        Occupancy(RespitePlan plan) {
            for (Stay stay : plan.getStays()) {
                if (stay.isAssigned()) {
                    Map<LocalDate, List<Stay>> nights = byUnitNight.computeIfAbsent(stay.unit(), unit -> new HashMap<>());
                    for (int n = 0; n < stay.getNights(); n++) {
                        nights.computeIfAbsent(stay.getArrival().plusDays(n), night -> new ArrayList<>()).add(stay);
                    }
                    byClient.computeIfAbsent(stay.getClient(), client -> new ArrayList<>()).add(stay);
                }
            }
        }

        List<Stay> in(Unit unit, LocalDate night) {
            return byUnitNight.getOrDefault(unit, Map.of()).getOrDefault(night, List.of());
        }

        List<Stay> of(Client client) {
            return byClient.getOrDefault(client, List.of());
        }
    }
}
