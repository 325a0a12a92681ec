package fi.respiteplanner.respite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;

/** A person with a disability who uses respite stays, with their needs and their family's wishes. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id", scope = Client.class)
public class Client {

    @PlanningId
    private String id;
    private String name;
    private LocalDate birthDate;
    private Gender gender;
    /** Client segment (asiakkuussegmentti), e.g. CHILD_AUTISM. Used for KPIs. */
    private String segment;
    private String language = "fi";
    private GeoPoint home;
    private EnumSet<Skill> needs = EnumSet.noneOf(Skill.class);
    private TreeSet<String> requiredFeatures = new TreeSet<>();
    private TreeSet<String> preferredFeatures = new TreeSet<>();
    /** Units in the family's order of preference, first choice first. */
    @JsonIdentityReference(alwaysAsId = true)
    private List<Unit> preferredUnits = new ArrayList<>();
    @JsonIdentityReference(alwaysAsId = true)
    private LinkedHashSet<Unit> refusedUnits = new LinkedHashSet<>();
    @JsonIdentityReference(alwaysAsId = true)
    private Unit usualUnit;
    /** Clients this one must never stay with in the same unit on the same night. */
    @JsonIdentityReference(alwaysAsId = true)
    private LinkedHashSet<Client> incompatibleWith = new LinkedHashSet<>();
    /** Siblings share a family id. */
    private String familyId;
    /** Nights per month the service decision grants. */
    private int monthlyEntitlement;
    /** Whom the office calls or writes to about changes (personal data). */
    private Contact contact;

    private transient int earlierShortfall;

    public Client() {
    }

    public Client(String id, LocalDate birthDate, Gender gender) {
        this.id = id;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /** Completed years on the given date. */
    public int ageOn(LocalDate date) {
        int age = date.getYear() - birthDate.getYear();
        if (date.getMonthValue() < birthDate.getMonthValue()
                || (date.getMonthValue() == birthDate.getMonthValue() && date.getDayOfMonth() < birthDate.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    public boolean needs(Skill skill) {
        return needs.contains(skill);
    }

    /** 0 for the first choice, 1 for the second, …; -1 when the family ranked no units or not this one. */
    public int preferenceRank(Unit unit) {
        return preferredUnits.indexOf(unit);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public LocalDate getBirthDate() { return birthDate; }
    public Gender getGender() { return gender; }
    public String getSegment() { return segment; }
    public String getLanguage() { return language; }
    public GeoPoint getHome() { return home; }
    public Set<Skill> getNeeds() { return needs; }
    public Set<String> getRequiredFeatures() { return requiredFeatures; }
    public Set<String> getPreferredFeatures() { return preferredFeatures; }
    public List<Unit> getPreferredUnits() { return preferredUnits; }
    public Set<Unit> getRefusedUnits() { return refusedUnits; }
    public Unit getUsualUnit() { return usualUnit; }
    public Set<Client> getIncompatibleWith() { return incompatibleWith; }
    public String getFamilyId() { return familyId; }
    public int getMonthlyEntitlement() { return monthlyEntitlement; }
    public Contact getContact() { return contact; }

    /** Entitled nights not served in the plan's earlier months (its ledger, the year before the horizon). */
    public int getEarlierShortfall() { return earlierShortfall; }

    void setEarlierShortfall(int nights) { this.earlierShortfall = nights; }

    /** The language to write to the family in: the contact's, else the client's, if fi or sv; else fi. */
    public String familyLanguage() {
        String chosen = contact != null && contact.language() != null ? contact.language() : language;
        return "sv".equals(chosen) ? "sv" : "fi";
    }

    public Client withName(String name) { this.name = name; return this; }
    public Client withBirthDate(LocalDate birthDate) { this.birthDate = birthDate; return this; }
    public Client withGender(Gender gender) { this.gender = gender; return this; }
    public Client withSegment(String segment) { this.segment = segment; return this; }
    public Client withLanguage(String language) { this.language = language; return this; }
    public Client withHome(GeoPoint home) { this.home = home; return this; }
    public Client withNeeds(Set<Skill> needs) { this.needs = needs.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(needs); return this; }
    public Client withRequiredFeatures(Set<String> features) { this.requiredFeatures = new TreeSet<>(features); return this; }
    public Client withPreferredFeatures(Set<String> features) { this.preferredFeatures = new TreeSet<>(features); return this; }
    public Client withPreferredUnits(List<Unit> units) { this.preferredUnits = new ArrayList<>(units); return this; }
    public Client withRefusedUnits(Set<Unit> units) { this.refusedUnits = new LinkedHashSet<>(units); return this; }
    public Client withUsualUnit(Unit unit) { this.usualUnit = unit; return this; }
    public Client withFamilyId(String familyId) { this.familyId = familyId; return this; }
    public Client withMonthlyEntitlement(int nights) { this.monthlyEntitlement = nights; return this; }
    public Client withContact(Contact contact) { this.contact = contact; return this; }

    /** Records that the two clients must not meet (both sides). */
    public void mustNotMeet(Client other) {
        incompatibleWith.add(other);
        other.incompatibleWith.add(this);
    }

    @Override
    public String toString() {
        return id;
    }
}
