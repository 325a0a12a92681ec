package fi.respiteplanner.respite.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

/** Explanation sentences from the real score analysis, in each language, naming units and clients for the reader. */
class StayJustificationTest {

    private static final LocalDate FEB_12 = LocalDate.of(2027, 2, 12);

    private final Unit unit = new Unit("U3", Producer.OWN, 18, 64, 1234).withName("Kotikallio").withSkillCapacity(Skill.AUTISM, 1)
            .withRoom(new Room("U3-R1", GenderPolicy.ANY).withBed(new Bed("U3-B1")))
            .withRoom(new Room("U3-R2", GenderPolicy.ANY).withBed(new Bed("U3-B2")));
    private final Client aino = new Client("C1", LocalDate.of(1990, 5, 5), Gender.FEMALE).withName("Aino Virtanen")
            .withNeeds(Set.of(Skill.AUTISM));
    private final Client pekka = new Client("C2", LocalDate.of(1991, 5, 5), Gender.MALE).withName("Pekka Peloton")
            .withNeeds(Set.of(Skill.AUTISM));

    private StayJustification justification(String constraint) {
        Stay first = new Stay("S1", aino, FEB_12, 1);
        Stay second = new Stay("S2", pekka, FEB_12, 1);
        RespitePlan plan = new RespitePlan("t", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), List.of(unit),
                List.of(aino, pekka), List.of(first, second)).link();
        first.assign(unit.getRooms().get(0).getBeds().get(0), FEB_12);
        second.assign(unit.getRooms().get(1).getBeds().get(0), FEB_12);
        List<MatchAnalysis<BendableLongScore>> matches = RespiteSolver.solutionManager().analyze(plan).constraintMap().values().stream()
                .filter(c -> c.constraintRef().constraintName().equals(constraint)).findFirst().orElseThrow().matches();
        assertThat(matches).isNotEmpty();
        return (StayJustification) matches.get(0).justification();
    }

    private String in(StayJustification justification, String language, Naming naming) {
        return justification.in(Messages.of(language), named -> switch (named.kind()) {
            case UNIT -> naming.unit(unit);
            case CLIENT -> naming.client(named.id().equals("C1") ? aino : pekka);
            default -> named.id();
        }).reason();
    }

    @Test
    void aSkillCapacitySentenceInEachLanguage() {
        StayJustification skill = justification("Skill capacity exceeded");

        assertThat(skill.reason()).isEqualTo("Unit U3 on 12.2.2027: places with autism-trained staff 1, clients needing them 2");
        assertThat(in(skill, "fi", Naming.CODES_ONLY)).isEqualTo("Yksikkö U3 Kotikallio 12.2.2027: autismiosaamisen paikat 1, tarvitsijoita 2");
        assertThat(in(skill, "sv", Naming.CODES_ONLY)).isEqualTo("Enhet U3 Kotikallio 12.2.2027: platserna med autismkompetens 1, behövande 2");
    }

    @Test
    void moneyAndProducerInTheReadersLanguage() {
        StayJustification cost = justification("Production cost");

        assertThat(cost.reason()).isEqualTo("1,234 € in unit U3 (own production)");
        assertThat(in(cost, "fi", Naming.CODES_ONLY)).isEqualTo("1\u00a0234 € yksikössä U3 Kotikallio (oma tuotanto)");
    }

    @Test
    void clientsAreNamedOnlyForReadersWhoSeeNames() {
        aino.getIncompatibleWith().add(pekka);
        pekka.getIncompatibleWith().add(aino);
        StayJustification together = justification("Incompatible clients together");

        assertThat(together.reason()).isEqualTo("Clients C1 and C2 must not meet; both in unit U3");
        assertThat(in(together, "fi", Naming.WITH_CLIENT_NAMES))
                .isEqualTo("Asiakkaat Aino Virtanen (C1) ja Pekka Peloton (C2) eivät saa tavata; molemmat yksikössä U3 Kotikallio");
        assertThat(in(together, "sv", Naming.CODES_ONLY)).isEqualTo("Klienterna C1 och C2 får inte träffas; båda i enhet U3 Kotikallio");
    }
}
