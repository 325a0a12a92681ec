package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.FieldChecks;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.score.RespiteConstraint;

/**
 * Checks a submitted plan before anything is solved: every problem is reported with the JSON path of
 * the field and the reason, all at once, and nothing is silently corrected.
 */
public final class PlanValidator {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]*[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> FAMILY_LANGUAGES = Set.of("fi", "sv");

    /** Longest horizon accepted: a year and a bit. */
    public static final int MAX_HORIZON_NIGHTS = 400;

    private final List<Violation> violations = new ArrayList<>();

    private PlanValidator() {
    }

    public static List<Violation> validate(RespitePlan plan) {
        PlanValidator validator = new PlanValidator();
        validator.check(plan);
        return validator.violations;
    }

    private void check(RespitePlan plan) {
        DateRange horizon = plan.getHorizon();
        if (horizon == null || horizon.from() == null || horizon.to() == null) {
            fail("horizon", "is required, with from and to (the first and last night)");
            return;
        }
        if (!checkDate(horizon.from(), "horizon.from") | !checkDate(horizon.to(), "horizon.to")) {
            return;
        }
        if (horizon.to().isBefore(horizon.from())) {
            fail("horizon.to", "is before horizon.from");
            return;
        }
        check(FieldChecks.name(plan.getName()), "name");
        if (plan.getClients() == null) {
            fail("clients", "must be a list (it may be empty)");
        }
        if (plan.getStays() == null) {
            fail("stays", "must be a list (it may be empty)");
        }
        if (plan.getConstraintWeights() == null) {
            fail("constraintWeights", "must be an object (it may be empty)");
        }
        if (plan.getParameters() == null) {
            fail("parameters", "must be an object (it may be empty)");
        }
        if (plan.getClients() == null || plan.getStays() == null || plan.getConstraintWeights() == null || plan.getParameters() == null) {
            return;
        }
        if (horizon.to().toEpochDay() - horizon.from().toEpochDay() + 1 > MAX_HORIZON_NIGHTS) {
            fail("horizon", "is longer than " + MAX_HORIZON_NIGHTS + " nights");
        }
        checkParameters(plan);
        checkUnits(plan.getUnits());
        checkClients(plan.getClients(), horizon);
        checkLedger(plan.getLedger(), plan.getClients(), horizon);
        checkStays(plan.getStays(), horizon, placeIds(plan));
    }

    /** Ids of units and rooms: what a stay's placement costs may name. */
    private static Set<String> placeIds(RespitePlan plan) {
        Set<String> ids = new HashSet<>();
        for (Unit unit : plan.getUnits() == null ? List.<Unit> of() : plan.getUnits()) {
            if (unit != null) {
                ids.add(unit.getId());
                nonNull(unit.getRooms()).forEach(room -> ids.add(room.getId()));
            }
        }
        return ids;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private void checkParameters(RespitePlan plan) {
        PlanParameters parameters = plan.getParameters();
        if (parameters != null && parameters.priorityWeights() != null) {
            parameters.priorityWeights().forEach((priority, weight) -> {
                if (weight == null || weight < 1) {
                    fail("parameters.priorityWeights." + priority, "must be at least 1");
                }
            });
        }
        if (parameters != null && parameters.maxTravelKm() != null && parameters.maxTravelKm() <= 0) {
            fail("parameters.maxTravelKm", "must be positive");
        }
        if (parameters != null && parameters.defaultFlexibilityDays() != null
                && (parameters.defaultFlexibilityDays() < 0 || parameters.defaultFlexibilityDays() > PlanParameters.MAX_FLEXIBILITY_DAYS)) {
            fail("parameters.defaultFlexibilityDays", "must be between 0 and " + PlanParameters.MAX_FLEXIBILITY_DAYS + " days");
        }
        plan.getConstraintWeights().forEach((name, weight) -> {
            if (RespiteConstraint.byName(name) == null) {
                fail("constraintWeights." + name, "is not a constraint name");
            } else if (weight == null || weight < 0) {
                fail("constraintWeights." + name, "must be zero or more");
            }
        });
    }

    private void checkUnits(List<Unit> units) {
        if (units == null || units.isEmpty()) {
            fail("units", "must list at least one unit");
            return;
        }
        Set<String> unitIds = new HashSet<>();
        Set<String> roomIds = new HashSet<>();
        Set<String> bedIds = new HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            String path = "units[" + u + "]";
            if (unit == null) {
                fail(path, "is null");
                continue;
            }
            checkId(unit.getId(), path, unitIds);
            check(FieldChecks.name(unit.getName()), path + ".name");
            check(FieldChecks.code(unit.getProvider()), path + ".provider");
            check(FieldChecks.point(unit.getLocation()), path + ".location");
            if (unit.getRooms() == null || unit.getClosedNights() == null || unit.getStaffingChanges() == null
                    || unit.getWeekdayCosts() == null || unit.getSkillCapacity() == null || unit.getFeatures() == null) {
                fail(path, "rooms, closedNights, staffingChanges, weekdayCosts, skillCapacity and features must not be null");
                continue;
            }
            if (unit.getProducer() == null) {
                fail(path + ".producer", "is required (OWN, PURCHASED or VOUCHER)");
            }
            if (unit.getMinAge() < 0) {
                fail(path + ".minAge", "must be zero or more");
            }
            if (unit.getMaxAge() < unit.getMinAge()) {
                fail(path + ".maxAge", "is below minAge");
            }
            if (unit.getCostPerNight() < 0) {
                fail(path + ".costPerNight", "must be zero or more");
            }
            unit.getWeekdayCosts().forEach((day, cost) -> {
                if (cost == null || cost < 0) {
                    fail(path + ".weekdayCosts." + day, "must be zero or more");
                }
            });
            unit.getSkillCapacity().forEach((skill, capacity) -> {
                if (capacity == null || capacity < 0) {
                    fail(path + ".skillCapacity." + skill, "must be zero or more");
                }
            });
            checkRanges(unit.getClosedNights(), path + ".closedNights");
            for (int c = 0; c < unit.getStaffingChanges().size(); c++) {
                if (unit.getStaffingChanges().get(c) == null) {
                    fail(path + ".staffingChanges[" + c + "]", "is null");
                } else {
                    checkStaffingChange(unit.getStaffingChanges().get(c), path + ".staffingChanges[" + c + "]");
                }
            }
            if (unit.getRooms().isEmpty()) {
                fail(path + ".rooms", "must list at least one room");
            }
            for (int r = 0; r < unit.getRooms().size(); r++) {
                Room room = unit.getRooms().get(r);
                String roomPath = path + ".rooms[" + r + "]";
                if (room == null || room.getBeds() == null || room.getFeatures() == null) {
                    fail(roomPath, room == null ? "is null" : "beds and features must not be null");
                    continue;
                }
                checkId(room.getId(), roomPath, roomIds);
                if (room.getGenderPolicy() == null) {
                    fail(roomPath + ".genderPolicy", "is required (ANY, SAME_GENDER, FEMALE_ONLY or MALE_ONLY)");
                }
                if (room.getBeds().isEmpty()) {
                    fail(roomPath + ".beds", "must list at least one bed");
                }
                for (int b = 0; b < room.getBeds().size(); b++) {
                    Bed bed = room.getBeds().get(b);
                    String bedPath = roomPath + ".beds[" + b + "]";
                    if (bed == null || bed.getClosedNights() == null) {
                        fail(bedPath, bed == null ? "is null" : "closedNights must not be null");
                        continue;
                    }
                    checkId(bed.getId(), bedPath, bedIds);
                    checkRanges(bed.getClosedNights(), bedPath + ".closedNights");
                }
            }
        }
    }

    /** Checks a staffing change (in a unit or sent as a live change). */
    public static List<Violation> validateStaffingChange(StaffingChange change, String path) {
        PlanValidator validator = new PlanValidator();
        validator.checkStaffingChange(change, path);
        return validator.violations;
    }

    /** Checks a range of nights (from and to present, in order). */
    public static List<Violation> validateRange(DateRange range, String path) {
        PlanValidator validator = new PlanValidator();
        if (range == null) {
            validator.fail(path, "needs from and to");
        } else {
            validator.checkRange(range, path);
        }
        return validator.violations;
    }

    /** Checks a range of nights that a change applies to the plan: it must touch the plan's horizon. */
    public static List<Violation> validateRange(DateRange range, String path, DateRange horizon) {
        List<Violation> violations = new ArrayList<>(validateRange(range, path));
        if (violations.isEmpty() && (range.to().isBefore(horizon.from()) || range.from().isAfter(horizon.to()))) {
            violations.add(new Violation(path, "lies outside the plan's horizon " + horizon.from() + " … " + horizon.to()));
        }
        return violations;
    }

    private void checkStaffingChange(StaffingChange change, String path) {
        if (change.nights() == null) {
            fail(path + ".nights", "is required");
        } else {
            checkRange(change.nights(), path + ".nights");
        }
        if ((change.skill() == null) != (change.capacity() == null)) {
            fail(path, "needs both skill and capacity, or neither");
        }
        if (change.capacity() != null && change.capacity() < 0) {
            fail(path + ".capacity", "must be zero or more");
        }
        if (change.skill() == null && change.awakeNightStaff() == null) {
            fail(path, "changes nothing: give skill and capacity, or awakeNightStaff");
        }
    }

    private void checkClients(List<Client> clients, DateRange horizon) {
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            String path = "clients[" + c + "]";
            if (client == null) {
                fail(path, "is null");
                continue;
            }
            if (client.getNeeds() == null || client.getRequiredFeatures() == null || client.getPreferredFeatures() == null
                    || client.getPreferredUnits() == null || client.getRefusedUnits() == null || client.getIncompatibleWith() == null) {
                fail(path, "needs, features, preferred and refused units and incompatibleWith must not be null");
                continue;
            }
            checkId(client.getId(), path, ids);
            checkClient(client, path, horizon);
        }
    }

    /**
     * Checks a client added to or changed in an existing, valid plan (from the page): the same rules as a client
     * in a submitted plan.
     *
     * @param replaced the client of the plan it replaces (its id is the same), or null for a new client
     * @param path where the client's fields are in the change, e.g. "client"
     * @param idPath where its id is in the change
     */
    public static List<Violation> validateClient(RespitePlan plan, Client client, Client replaced, String path, String idPath) {
        PlanValidator validator = new PlanValidator();
        Set<String> ids = new HashSet<>();
        plan.getClients().stream().filter(other -> other != replaced).forEach(other -> ids.add(other.getId()));
        String wrongId = FieldChecks.id(client.getId());
        if (wrongId != null) {
            validator.fail(idPath, wrongId);
        } else if (ids.contains(client.getId())) {
            validator.fail(idPath, "duplicates id '" + client.getId() + "'");
        }
        validator.checkClient(client, path, plan.getHorizon());
        return validator.violations;
    }

    private void checkClient(Client client, String path, DateRange horizon) {
        check(FieldChecks.name(client.getName()), path + ".name");
        check(FieldChecks.point(client.getHome()), path + ".home");
        check(FieldChecks.code(client.getSegment()), path + ".segment");
        check(FieldChecks.language(client.getLanguage()), path + ".language");
        check(FieldChecks.code(client.getFamilyId()), path + ".familyId");
        if (client.getPreferredUnits().contains(null) || client.getRefusedUnits().contains(null)
                || client.getIncompatibleWith().contains(null)) {
            fail(path, "a list of units or clients holds null");
        }
        if (client.getBirthDate() == null) {
            fail(path + ".birthDate", "is required");
        } else if (client.getBirthDate().isBefore(FieldChecks.EARLIEST_DATE)) {
            fail(path + ".birthDate", "is before " + FieldChecks.EARLIEST_DATE);
        } else if (client.getBirthDate().isAfter(horizon.to())) {
            fail(path + ".birthDate", "is after the horizon");
        }
        if (client.getGender() == null) {
            fail(path + ".gender", "is required (FEMALE, MALE or OTHER)");
        }
        if (client.getMonthlyEntitlement() < 0) {
            fail(path + ".monthlyEntitlement", "must be zero or more");
        }
        if (client.getIncompatibleWith().contains(client)) {
            fail(path + ".incompatibleWith", "names the client itself");
        }
        if (client.getContact() != null) {
            checkContact(client.getContact(), path + ".contact");
        }
    }

    /** The ledger holds earlier months of the plan's clients, once each, in whole nights. */
    private void checkLedger(List<LedgerEntry> ledger, List<Client> clients, DateRange horizon) {
        if (ledger == null) {
            fail("ledger", "must be a list (or left out)");
            return;
        }
        Set<String> clientIds = new HashSet<>();
        clients.forEach(client -> clientIds.add(client.getId()));
        YearMonth firstPlanned = YearMonth.from(horizon.from());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ledger.size(); i++) {
            LedgerEntry entry = ledger.get(i);
            String path = "ledger[" + i + "]";
            if (entry == null) {
                fail(path, "is null");
                continue;
            }
            if (entry.client() == null || !clientIds.contains(entry.client())) {
                fail(path + ".client", "no client '" + entry.client() + "' in the plan");
            }
            if (entry.month() == null) {
                fail(path + ".month", "is required (YYYY-MM)");
            } else if (!entry.month().isBefore(firstPlanned)) {
                fail(path + ".month", entry.month() + " is not before the horizon: the ledger holds earlier months");
            } else if (!seen.add(entry.client() + "|" + entry.month())) {
                fail(path + ".month", "client " + entry.client() + " has " + entry.month() + " twice");
            }
            if (entry.requested() < 0 || entry.served() < 0 || entry.entitled() < 0) {
                fail(path, "requested, served and entitled nights must be zero or more");
            }
        }
    }

    /** Phone: digits with optional +, spaces and hyphens, 6 to 15 digits; email: one @ and a dotted domain. */
    private void checkContact(Contact contact, String path) {
        if (contact.guardian() != null && contact.guardian().isBlank()) {
            fail(path + ".guardian", "is blank: leave it out when there is no name");
        }
        check(FieldChecks.name(contact.guardian()), path + ".guardian");
        if (contact.phone() != null) {
            long digits = contact.phone().chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(contact.phone()).matches() || digits < 6 || digits > 15) {
                fail(path + ".phone", "'" + contact.phone() + "' is not a phone number (digits, spaces, hyphens, an optional leading +)");
            }
        }
        if (contact.email() != null && !EMAIL.matcher(contact.email()).matches()) {
            fail(path + ".email", "'" + contact.email() + "' is not an email address");
        }
        if (contact.language() != null && !FAMILY_LANGUAGES.contains(contact.language())) {
            fail(path + ".language", "'" + contact.language() + "' is not fi or sv");
        }
    }

    private void checkStays(List<Stay> stays, DateRange horizon, Set<String> placeIds) {
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < stays.size(); s++) {
            Stay stay = stays.get(s);
            String path = "stays[" + s + "]";
            if (stay == null) {
                fail(path, "is null");
                continue;
            }
            checkId(stay.getId(), path, ids);
            checkStay(stay, path, horizon);
            if (stay.getPlacementCosts() != null) {
                stay.getPlacementCosts().forEach((place, cost) -> {
                    if (!placeIds.contains(place)) {
                        fail(path + ".placementCosts." + place, "is not a unit or room of the plan");
                    } else if (cost == null || cost < 0) {
                        fail(path + ".placementCosts." + place, "must be zero or more");
                    }
                });
            }
        }
    }

    /** Checks a stay request added to an existing, valid plan (a live change or a recommendation). */
    public static List<Violation> validateNewStay(RespitePlan plan, Stay stay, String path) {
        PlanValidator validator = new PlanValidator();
        Set<String> ids = new HashSet<>();
        plan.getStays().forEach(other -> ids.add(other.getId()));
        validator.checkId(stay.getId(), path, ids);
        validator.checkStay(stay, path, plan.getHorizon());
        return validator.violations;
    }

    private void checkStay(Stay stay, String path, DateRange horizon) {
        if (stay.getClient() == null) {
            fail(path + ".client", "is required");
        }
        if (stay.getNights() < 1 || stay.getNights() > MAX_HORIZON_NIGHTS) {
            fail(path + ".nights", "must be between 1 and " + MAX_HORIZON_NIGHTS);
            return;
        }
        if (stay.getPriority() == null) {
            fail(path + ".priority", "is required (URGENT, HIGH or NORMAL)");
        }
        if (stay.getStatus() == null) {
            fail(path + ".status", "is required (REQUESTED, CONFIRMED or IN_PROGRESS)");
            return;
        }
        if (stay.getRequestedArrival() == null) {
            fail(path + ".requestedArrival", "is required");
            return;
        }
        LocalDate earliest = stay.getEarliestArrival();
        LocalDate latest = stay.getLatestArrival();
        if (!checkDate(stay.getRequestedArrival(), path + ".requestedArrival") | !checkDate(earliest, path + ".earliestArrival")
                | !checkDate(latest, path + ".latestArrival")) {
            return;
        }
        if (latest.isBefore(earliest)) {
            fail(path + ".latestArrival", "is before earliestArrival: the arrival window is empty");
        } else if (stay.getRequestedArrival().isBefore(earliest) || stay.getRequestedArrival().isAfter(latest)) {
            fail(path + ".requestedArrival", "is outside the arrival window " + earliest + " … " + latest);
        }
        if (earliest.isBefore(horizon.from())) {
            fail(path + ".earliestArrival", "is before the horizon (" + horizon.from() + ")");
        }
        if (stay.getNights() >= 1 && latest.plusDays(stay.getNights() - 1L).isAfter(horizon.to())) {
            fail(path + ".latestArrival", "lets the stay run past the horizon's last night (" + horizon.to() + ")");
        }
        if (stay.getArrival() != null && (stay.getArrival().isBefore(earliest) || stay.getArrival().isAfter(latest))) {
            fail(path + ".arrival", "is outside the arrival window " + earliest + " … " + latest);
        }
        if (stay.getStatus().isFixed() && (stay.getBed() == null || stay.getArrival() == null)) {
            fail(path + ".bed", "is required with arrival: a " + stay.getStatus() + " stay keeps its bed and dates");
        }
        if (stay.getPublished() != null && (stay.getPublished().bed() == null || stay.getPublished().arrival() == null)) {
            fail(path + ".published", "needs both bed and arrival");
        }
        if (stay.getForced() != null && stay.getPublished() == null) {
            fail(path + ".forced", "is only for a published stay (give published)");
        } else if (stay.getForced() != null && !stay.getForced().forces()) {
            fail(path + ".forced", "code " + stay.getForced().code() + " does not force a stay out of its place");
        }
    }

    private void checkId(String id, String path, Set<String> seen) {
        String wrong = FieldChecks.id(id);
        if (wrong != null) {
            fail(path + ".id", wrong);
        } else if (!seen.add(id)) {
            fail(path + ".id", "duplicates id '" + id + "'");
        }
    }

    /** @return whether the date is absent or within the years a plan may name */
    private boolean checkDate(LocalDate date, String path) {
        return check(FieldChecks.date(date), path);
    }

    /** @return whether the check passed (a null reason) */
    private boolean check(String reason, String path) {
        if (reason != null) {
            fail(path, reason);
        }
        return reason == null;
    }

    private void checkRanges(List<DateRange> ranges, String path) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i) == null) {
                fail(path + "[" + i + "]", "is null");
            } else {
                checkRange(ranges.get(i), path + "[" + i + "]");
            }
        }
    }

    private void checkRange(DateRange range, String path) {
        if (range.from() == null || range.to() == null) {
            fail(path, "needs from and to");
        } else if (checkDate(range.from(), path + ".from") & checkDate(range.to(), path + ".to") && range.to().isBefore(range.from())) {
            fail(path + ".to", "is before from");
        }
    }

    private void fail(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
