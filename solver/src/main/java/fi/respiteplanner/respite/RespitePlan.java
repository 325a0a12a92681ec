package fi.respiteplanner.respite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * A respite plan for one horizon (usually a quarter): the units, the clients, their stay requests and,
 * once solved, each stay's bed and arrival. This class is also the JSON format of a plan.
 */
@PlanningSolution
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonPropertyOrder({ "name", "horizon", "parameters", "constraintWeights", "replanning", "score", "units", "clients", "ledger", "stays" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RespitePlan {

    private String name;
    /** The nights planned, first and last included. */
    private DateRange horizon;
    private PlanParameters parameters = PlanParameters.DEFAULTS;
    /** Constraint name → weight at the constraint's own level; constraints not named keep their default. */
    private Map<String, Long> constraintWeights = new LinkedHashMap<>();
    /** Set when this plan re-plans a published one. */
    private Replanning replanning;
    /** Earlier periods' nights per client and month (see {@link Ledger}); empty for a first plan. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<LedgerEntry> ledger = new ArrayList<>();
    private List<Unit> units = new ArrayList<>();
    private List<Client> clients = new ArrayList<>();
    private List<Stay> stays = new ArrayList<>();
    @PlanningScore(bendableHardLevelsSize = RespiteLevel.HARD_LEVELS, bendableSoftLevelsSize = RespiteLevel.SOFT_LEVELS)
    private BendableLongScore score;

    @JsonIgnore
    private ConstraintWeightOverrides<BendableLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();
    /** The rooms numbered by {@link #link()}. */
    private transient int roomCount;

    public RespitePlan() {
    }

    public RespitePlan(String name, DateRange horizon, List<Unit> units, List<Client> clients, List<Stay> stays) {
        this.name = name;
        this.horizon = horizon;
        this.units = units;
        this.clients = clients;
        this.stays = stays;
    }

    /**
     * Completes a plan after it was read or built: back references, per-night arrays, weight overrides,
     * each client's earlier shortfall from the ledger, and each stay's candidate beds. Candidates are the beds that pass the structural hard constraints
     * (age range, required features, single-gender rooms, skills the unit staffs at all, travel limit), so
     * the search never wastes moves on them; the constraints still score any such assignment given as input.
     * Call again after changing units, clients or parameters.
     */
    public RespitePlan link() {
        roomCount = 0;
        for (Unit unit : units) {
            unit.link(horizon);
            for (Room room : unit.getRooms()) {
                room.number(roomCount++);
            }
        }
        Map<String, Integer> earlierShortfall = Ledger.earlierShortfall(this);
        clients.forEach(client -> client.setEarlierShortfall(earlierShortfall.getOrDefault(client.getId(), 0)));
        constraintWeightOverrides = RespiteConstraint.overrides(constraintWeights);
        Map<Client, List<Bed>> candidatesByClient = new HashMap<>();
        for (Stay stay : stays) {
            linkStay(stay, candidatesByClient.computeIfAbsent(stay.getClient(), client -> candidateBeds(client, stay)));
        }
        return this;
    }

    /** Links one stay (e.g. a request added while solving) to this already linked plan. */
    public void linkStay(Stay stay) {
        linkStay(stay, candidateBeds(stay.getClient(), stay));
    }

    /** A stay keeps its given bed among its candidates (pinned, or from an earlier solution) even if no longer admissible. */
    private void linkStay(Stay stay, List<Bed> candidates) {
        if (stay.getBed() != null && !candidates.contains(stay.getBed())) {
            candidates = new ArrayList<>(candidates);
            candidates.add(stay.getBed());
        }
        boolean displacesPromises = replanning != null && parameters.urgentMayDisplace() && stay.getPriority() == Priority.URGENT
                && stay.getPublished() == null;
        stay.link(stay.getNights() * parameters.priorityWeight(stay.getPriority()), candidates, displacesPromises, roomCount);
    }

    private List<Bed> candidateBeds(Client client, Stay stay) {
        List<Bed> candidates = new ArrayList<>();
        for (Unit unit : units) {
            boolean ageFits = unit.admitsAge(client.ageOn(stay.getEarliestArrival()))
                    || unit.admitsAge(client.ageOn(stay.getLatestArrival()));
            boolean skillsOffered = client.getNeeds().stream().allMatch(unit::offers);
            boolean nearEnough = parameters.maxTravelKm() == null || client.getHome() == null || unit.getLocation() == null
                    || client.getHome().kmTo(unit.getLocation()) <= parameters.maxTravelKm();
            if (!ageFits || !skillsOffered || !nearEnough) {
                continue;
            }
            for (Room room : unit.getRooms()) {
                if (room.getGenderPolicy().admits(client.getGender())
                        && client.getRequiredFeatures().stream().allMatch(room::hasFeature)) {
                    candidates.addAll(room.getBeds());
                }
            }
        }
        return candidates;
    }

    public Optional<Unit> findUnit(String id) {
        return units.stream().filter(unit -> unit.getId().equals(id)).findFirst();
    }

    public Optional<Bed> findBed(String id) {
        return units.stream().flatMap(unit -> unit.getRooms().stream()).flatMap(room -> room.getBeds().stream())
                .filter(bed -> bed.getId().equals(id)).findFirst();
    }

    public Optional<Client> findClient(String id) {
        return clients.stream().filter(client -> client.getId().equals(id)).findFirst();
    }

    public Optional<Stay> findStay(String id) {
        return stays.stream().filter(stay -> stay.getId().equals(id)).findFirst();
    }

    @ProblemFactCollectionProperty
    public List<Unit> getUnits() {
        return units;
    }

    @ProblemFactCollectionProperty
    public List<Client> getClients() {
        return clients;
    }

    /** Every bed of every unit, in unit and room order. */
    @ProblemFactCollectionProperty
    public List<Bed> getBeds() {
        return units.stream().flatMap(unit -> unit.getRooms().stream()).flatMap(room -> room.getBeds().stream()).toList();
    }

    @PlanningEntityCollectionProperty
    public List<Stay> getStays() {
        return stays;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    public ConstraintWeightOverrides<BendableLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<BendableLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public String getName() { return name; }
    public DateRange getHorizon() { return horizon; }
    public PlanParameters getParameters() { return parameters; }
    public Map<String, Long> getConstraintWeights() { return constraintWeights; }

    public Replanning getReplanning() { return replanning; }
    public List<LedgerEntry> getLedger() { return ledger; }

    public RespitePlan withName(String name) { this.name = name; return this; }
    public RespitePlan withReplanning(Replanning replanning) { this.replanning = replanning; return this; }
    public RespitePlan withParameters(PlanParameters parameters) { this.parameters = parameters; return this; }
    public RespitePlan withConstraintWeight(String constraintName, long weight) { constraintWeights.put(constraintName, weight); return this; }
}
