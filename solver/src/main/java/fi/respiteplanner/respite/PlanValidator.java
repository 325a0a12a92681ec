package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fi.respiteplanner.common.DateRange;
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
        if (horizon.to().isBefore(horizon.from())) {
            fail("horizon.to", "is before horizon.from");
            return;
        }
        if (horizon.to().toEpochDay() - horizon.from().toEpochDay() + 1 > MAX_HORIZON_NIGHTS) {
            fail("horizon", "is longer than " + MAX_HORIZON_NIGHTS + " nights");
        }
        checkParameters(plan);
        checkUnits(plan.getUnits());
        checkClients(plan.getClients(), horizon);
        checkLedger(plan.getLedger(), plan.getClients(), horizon);
        checkStays(plan.getStays(), horizon);
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
                checkStaffingChange(unit.getStaffingChanges().get(c), path + ".staffingChanges[" + c + "]");
            }
            if (unit.getRooms().isEmpty()) {
                fail(path + ".rooms", "must list at least one room");
            }
            for (int r = 0; r < unit.getRooms().size(); r++) {
                Room room = unit.getRooms().get(r);
                String roomPath = path + ".rooms[" + r + "]";
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
            checkId(client.getId(), path, ids);
            if (client.getBirthDate() == null) {
                fail(path + ".birthDate", "is required");
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

    private void checkStays(List<Stay> stays, DateRange horizon) {
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < stays.size(); s++) {
            Stay stay = stays.get(s);
            String path = "stays[" + s + "]";
            checkId(stay.getId(), path, ids);
            checkStay(stay, path, horizon);
        }
    }

    /** Checks a stay request added to an existing, valid plan (a live change or a recommendation). */
    public static List<Violation> validateNewStay(RespitePlan plan, Stay stay, String path) {
        PlanValidator validator = new PlanValidator();
        if (stay.getId() == null || stay.getId().isBlank()) {
            validator.fail(path + ".id", "is required");
        } else if (plan.getStays().stream().anyMatch(other -> other.getId().equals(stay.getId()))) {
            validator.fail(path + ".id", "duplicates id '" + stay.getId() + "'");
        }
        validator.checkStay(stay, path, plan.getHorizon());
        return validator.violations;
    }

    private void checkStay(Stay stay, String path, DateRange horizon) {
        if (stay.getClient() == null) {
            fail(path + ".client", "is required");
        }
        if (stay.getNights() < 1) {
            fail(path + ".nights", "must be at least 1");
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
        if (id == null || id.isBlank()) {
            fail(path + ".id", "is required");
        } else if (!seen.add(id)) {
            fail(path + ".id", "duplicates id '" + id + "'");
        }
    }

    private void checkRanges(List<DateRange> ranges, String path) {
        for (int i = 0; i < ranges.size(); i++) {
            checkRange(ranges.get(i), path + "[" + i + "]");
        }
    }

    private void checkRange(DateRange range, String path) {
        if (range.from() == null || range.to() == null) {
            fail(path, "needs from and to");
        } else if (range.to().isBefore(range.from())) {
            fail(path + ".to", "is before from");
        }
    }

    private void fail(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
