package fi.respiteplanner.respite.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Contact;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanParameters;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/** Clients added and changed from the page, checked by the plan's own rules, and changes read in the reader's language. */
class ClientChangesTest {

    private static final LocalDate JAN_12 = LocalDate.of(2027, 1, 12);
    private static final DateRange QUARTER = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));

    private final Bed bed = new Bed("U1-R1-B1");
    private final Unit unit = new Unit("U1", Producer.OWN, 18, 64, 100).withName("Kotikallio")
            .withRoom(new Room("U1-R1", GenderPolicy.ANY).withBed(bed));
    private final Client matti = new Client("C1", LocalDate.of(1990, 5, 5), Gender.MALE).withName("Matti Meikäläinen");
    private final Stay stay = new Stay("S1", matti, JAN_12, 3);
    private final RespitePlan plan = new RespitePlan("test", QUARTER, new ArrayList<>(List.of(unit)), new ArrayList<>(List.of(matti)),
            new ArrayList<>(List.of(stay))).link();

    private static ClientDetails details(String name, Set<Skill> needs, Contact contact) {
        return new ClientDetails(name, LocalDate.of(1995, 3, 4), Gender.FEMALE, "ADULT_ID", "fi", needs, Set.of(), Set.of("SINGLE_ROOM"),
                6, contact);
    }

    @Test
    void aNewClientCanAtOnceGetARequest() {
        AddClient add = new AddClient("C2", details("Aino Virtanen", Set.of(), new Contact("Liisa Virtanen", "+358 40 123 4567",
                "liisa@example.fi", "sv")));
        assertThat(add.validate(plan)).isEmpty();
        add.applyTo(plan);

        Client aino = plan.findClient("C2").orElseThrow();
        assertThat(aino.getName()).isEqualTo("Aino Virtanen");
        assertThat(aino.getMonthlyEntitlement()).isEqualTo(6);
        assertThat(aino.familyLanguage()).isEqualTo("sv");
        AddStay request = new AddStay(new NewStay("S2", "C2", JAN_12, 2, JAN_12.minusDays(3), JAN_12.plusDays(3), null));
        assertThat(request.validate(plan)).isEmpty();
        request.applyTo(plan);
        assertThat(plan.findStay("S2").orElseThrow().getCandidateBeds()).containsExactly(bed);
    }

    @Test
    void aNewClientIsCheckedByThePlansRules() {
        AddClient add = new AddClient("C1", new ClientDetails("Aino Virtanen", LocalDate.of(1995, 3, 4), null, null, "finnish", Set.of(), Set.of(),
                Set.of(), -1, new Contact(null, "12", "not-an-address", "en")));

        assertThat(add.validate(plan)).extracting(Violation::field).containsExactlyInAnyOrder("id", "client.language",
                "client.gender", "client.monthlyEntitlement", "client.contact.phone", "client.contact.email", "client.contact.language");
        assertThat(new AddClient("C2", null).validate(plan)).extracting(Violation::field).containsExactly("client");
        assertThat(new AddClient("C2", details(" ", Set.of(), null)).validate(plan)).extracting(Violation::field).containsExactly("client.name");
    }

    @Test
    void newNeedsChangeTheBedsAClientsRequestsMayTake() {
        UpdateClient update = new UpdateClient("C1", details("Matti Meikäläinen", Set.of(Skill.AUTISM), null));
        assertThat(stay.getCandidateBeds()).containsExactly(bed);
        assertThat(update.validate(plan)).isEmpty();

        update.applyTo(plan);

        assertThat(matti.needs(Skill.AUTISM)).isTrue();
        assertThat(matti.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(stay.getCandidateBeds()).isEmpty();
        assertThat(new UpdateClient("C9", details("X", Set.of(), null)).validate(plan)).extracting(Violation::field)
                .containsExactly("clientId");
    }

    @Test
    void changesReadInTheReadersLanguageWithNamesAndFinnishDates() {
        CancelStay cancel = new CancelStay("S1");

        assertThat(cancel.describe(plan, Messages.of("fi"), Naming.WITH_CLIENT_NAMES))
                .isEqualTo("Matti Meikäläinen (C1): jakso 12.–14.1.2027 peruttu");
        assertThat(cancel.describe(plan, Messages.of("sv"), Naming.WITH_CLIENT_NAMES))
                .isEqualTo("Matti Meikäläinen (C1): vistelsen 12.–14.1.2027 avbokad");
        assertThat(cancel.describe(plan, Messages.of("fi"), Naming.CODES_ONLY)).isEqualTo("C1: jakso 12.–14.1.2027 peruttu");
        assertThat(new CloseUnit("U1", new DateRange(JAN_12, JAN_12.plusDays(1))).describe(plan, Messages.of("fi"), Naming.CODES_ONLY))
                .isEqualTo("Yksikkö U1 Kotikallio suljettu öinä 12.–13.1.2027");
        assertThat(new AddStay(new NewStay("S2", "C1", JAN_12, 2, JAN_12.minusDays(3), JAN_12.plusDays(3), null), "U1-R1-B1", JAN_12, true)
                .describe(plan, Messages.of("sv"), Naming.WITH_CLIENT_NAMES))
                .isEqualTo("Matti Meikäläinen (C1): ny bekräftad vistelse, nätterna 12.–13.1.2027, säng U1-R1-B1, U1 Kotikallio");
    }

    @Test
    void theDefaultArrivalWindowIsAPlanParameterOfZeroToThirtyDays() {
        assertThat(PlanParameters.DEFAULTS.flexibilityDays()).isEqualTo(3);
        plan.withParameters(new PlanParameters(Map.of(), null, null, 31));
        assertThat(PlanValidator.validate(plan)).extracting(Violation::field).containsExactly("parameters.defaultFlexibilityDays");
        plan.withParameters(new PlanParameters(Map.of(), null, null, 30));
        assertThat(PlanValidator.validate(plan)).isEmpty();
    }
}
