package fi.respiteplanner.holiday.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import fi.respiteplanner.common.GeoPoint;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayNaming;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidaySolver;
import fi.respiteplanner.holiday.HolidayWeek;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.i18n.Messages;

/** Holiday explanation sentences from the real score analysis, in each language, naming children, groups and weeks for the reader. */
class PlacementJustificationTest {

    private static final SolutionManager<HolidayPlan, HardMediumSoftLongScore> ANALYSIS = SolutionManager.create(
            SolverFactory.create(HolidaySolver.config(new TerminationConfig().withSpentLimit(Duration.ofSeconds(1)))));
    private static final GeoPoint PLACE = new GeoPoint(60.17, 24.94);
    private static final HolidayWeek AUTUMN = new HolidayWeek("W42", "Autumn break", 1,
            List.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13)));
    private static final HolidayWeek NEXT = new HolidayWeek("W43", "Next week", 2, List.of(LocalDate.of(2026, 10, 19)));

    private final ActivityGroup kallio = new ActivityGroup("G1", "Kaupunki / Kallio", AUTUMN, 1, 1, 4).withLocation(PLACE)
            .withAccessible(false).withSkillCapacity(Skill.AUTISM, 1).withLanguage("fi").withCostPerChildDay(95);
    private final ActivityGroup malmi = new ActivityGroup("G2", "Kaupunki / Malmi", NEXT, 5, 1, 4).withLocation(PLACE)
            .withAccessible(true).withLanguage("fi");
    private final Child aino = new Child("H1", 2).withName("Aino A.").withHome(PLACE).withNeeds(Set.of(Skill.AUTISM)).withLanguage("sv")
            .withWheelchair(true);
    private final Child eino = new Child("H2", 6).withName("Eino E.").withHome(PLACE).withNeeds(Set.of(Skill.AUTISM));
    private final HolidayPlan plan = new HolidayPlan("t", List.of(AUTUMN, NEXT), List.of(kallio, malmi), List.of(aino, eino), List.of(
            new Placement("R1", aino, AUTUMN, AUTUMN.getDays()).assign(kallio),
            new Placement("R2", eino, AUTUMN, AUTUMN.getDays()).assign(kallio),
            new Placement("R3", aino, NEXT, NEXT.getDays()).assign(malmi))).link();

    private List<PlacementJustification> matches(String constraint) {
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = ANALYSIS.analyze(plan).constraintMap().values().stream()
                .filter(c -> c.constraintRef().constraintName().equals(constraint)).findFirst().orElseThrow().matches();
        assertThat(matches).as(constraint).isNotEmpty();
        return matches.stream().map(match -> (PlacementJustification) match.justification()).toList();
    }

    /** The sentences of a constraint's matches in one language. */
    private List<String> in(String constraint, String language, boolean childNames) {
        return matches(constraint).stream().map(j -> j.in(Messages.of(language), HolidayNaming.of(plan, childNames)).reason()).toList();
    }

    @Test
    void theBaseSentenceIsEnglishWithIds() {
        assertThat(matches("Group capacity exceeded").stream().map(PlacementJustification::reason).toList())
                .contains("Group G1 on 12.10.2026: 2 children, capacity 1");
        assertThat(matches("Grade outside group range").stream().map(PlacementJustification::reason).toList())
                .contains("Child H2 is in grade 6; group G1 takes grades 1–4");
    }

    @Test
    void hardRulesInFinnishAndSwedishNameTheChildForAPlannerAndTheGroupByTeamAndGrades() {
        assertThat(in("Group capacity exceeded", "fi", true))
                .contains("Ryhmä Kaupunki / Kallio (luokat 1–4) 12.10.2026: 2 lasta, paikkoja 1");
        assertThat(in("Grade outside group range", "fi", true))
                .contains("Lapsi Eino E. (H2) on luokalla 6; ryhmä Kaupunki / Kallio (luokat 1–4) ottaa luokat 1–4");
        assertThat(in("Grade outside group range", "sv", false))
                .contains("Barnet H2 går i årskurs 6; grupp Kaupunki / Kallio (årskurs 1–4) tar emot årskurs 1–4");
        assertThat(in("Holiday skill capacity exceeded", "fi", true))
                .contains("Ryhmä Kaupunki / Kallio (luokat 1–4) 12.10.2026: autismiosaamisen paikat 1, tarvitsijoita 2");
        assertThat(in("Group not accessible", "sv", true))
                .contains("Barnet Aino A. (H1) använder rullstol; grupp Kaupunki / Kallio (årskurs 1–4) är inte tillgänglig");
        assertThat(in("Language mismatch", "fi", true))
                .contains("Lapsen Aino A. (H1) kieli on ruotsi; ryhmän Kaupunki / Kallio (luokat 1–4) kieli on suomi");
    }

    @Test
    void continuityNamesTheWeeksByTheirDaysAndCostIsInEuros() {
        assertThat(in("Week-to-week continuity", "fi", false))
                .contains("Lapsi H1 vaihtaa paikasta Kaupunki / Kallio (12.–13.10.2026) paikkaan Kaupunki / Malmi (19.10.2026)");
        assertThat(in("Holiday cost", "sv", false)).contains("95 € per dag i grupp Kaupunki / Kallio (årskurs 1–4)");
    }
}
