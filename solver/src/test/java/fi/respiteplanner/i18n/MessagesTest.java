package fi.respiteplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.CataloguedConstraint;
import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.holiday.HolidayUnplaced;
import fi.respiteplanner.holiday.score.HolidayConstraint;
import fi.respiteplanner.replan.ReasonText;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.Features;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.UnmetReasons;
import fi.respiteplanner.respite.score.RespiteConstraint;

class MessagesTest {

    private static final LocalDate FEB_8 = LocalDate.of(2027, 2, 8);

    @Test
    void datesAndRangesAreWrittenTheFinnishWay() {
        assertThat(Messages.date(LocalDate.of(2027, 2, 12))).isEqualTo("12.2.2027");
        assertThat(Messages.range(FEB_8, LocalDate.of(2027, 2, 12))).isEqualTo("8.–12.2.2027");
        assertThat(Messages.range(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 3))).isEqualTo("28.2.–3.3.2027");
        assertThat(Messages.range(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isEqualTo("30.12.2026–2.1.2027");
        assertThat(Messages.range(FEB_8, FEB_8)).isEqualTo("8.2.2027");
    }

    @Test
    void reasonsReadInFinnishSwedishAndEnglish() {
        ChangeReason closed = ChangeReason.unitClosed(3, "Bed or unit closed", "U4", new DateRange(FEB_8, LocalDate.of(2027, 2, 12)));
        assertThat(ReasonText.of(closed, Messages.of("fi"), id -> id)).isEqualTo("Yksikkö U4 suljettu 8.–12.2.2027");
        assertThat(ReasonText.of(closed, Messages.of("sv"), id -> id)).isEqualTo("Enhet U4 stängd 8.–12.2.2027");
        assertThat(ReasonText.of(closed, Messages.of("en"), id -> id)).isEqualTo("Unit U4 closed 8.–12.2.2027");
        ChangeReason cut = ChangeReason.staffingCut(0, "Skill capacity exceeded", "U4", Skill.AUTISM,
                new DateRange(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10)), 1);
        assertThat(ReasonText.of(cut, Messages.of("fi"), id -> id)).isEqualTo("Autismiosaamisen paikat vähennetty yhteen yksikössä U4 10.2.2027");
        assertThat(ReasonText.of(cut, Messages.of("sv"), id -> id)).isEqualTo("Platserna med autismkompetens minskade till en i enhet U4 10.2.2027");
        assertThat(ReasonText.of(ChangeReason.ownChange(2), Messages.of("fi"), id -> id)).isEqualTo("Oma muutoksenne");
        assertThat(ReasonText.of(ChangeReason.of(ChangeReason.Code.FROM_WAITING_LIST), Messages.of("fi"), id -> id))
                .isEqualTo("Sijoitettu jonosta");
        assertThat(ReasonText.of(ChangeReason.cancelled(1), Messages.of("en"), id -> id)).isEqualTo("Cancelled at the family's request");
    }

    @Test
    void everyCodeHasWordsInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages messages = Messages.of(language);
            for (ChangeReason.Code code : ChangeReason.Code.values()) {
                assertThat(messages.has("reason." + code)).as(language + " reason." + code).isTrue();
            }
            for (Skill skill : Skill.values()) {
                assertThat(messages.has("skill." + skill)).as(language + " skill." + skill).isTrue();
            }
            for (UnmetReasons.Cause cause : UnmetReasons.Cause.values()) {
                assertThat(messages.has("unmet." + cause)).as(language + " unmet." + cause).isTrue();
            }
            for (CataloguedConstraint<?> constraint : Stream.concat(Stream.of(RespiteConstraint.values()), Stream.of(HolidayConstraint.values()))
                    .toList()) {
                assertThat(messages.has("explain." + constraint.name())).as(language + " explain." + constraint.name()).isTrue();
            }
            for (HolidayUnplaced.Cause cause : HolidayUnplaced.Cause.values()) {
                assertThat(messages.has("holidayUnplaced." + cause)).as(language + " holidayUnplaced." + cause).isTrue();
            }
            for (String childLanguage : List.of("fi", "sv")) {
                assertThat(messages.has("language." + childLanguage)).as(language + " language." + childLanguage).isTrue();
            }
            for (CataloguedConstraint<?> constraint : Stream.concat(Stream.of(RespiteConstraint.values()), Stream.of(HolidayConstraint.values()))
                    .toList()) {
                assertThat(messages.has("rule." + constraint.name())).as(language + " rule." + constraint.name()).isTrue();
                assertThat(messages.has("why." + constraint.name())).as(language + " why." + constraint.name()).isTrue();
            }
            for (Producer producer : Producer.values()) {
                assertThat(messages.has("producer." + producer)).as(language + " producer." + producer).isTrue();
            }
            for (GenderPolicy policy : GenderPolicy.values()) {
                assertThat(messages.has("gender." + policy)).as(language + " gender." + policy).isTrue();
            }
            for (String feature : List.of(Features.WHEELCHAIR_ACCESS, Features.CEILING_HOIST, Features.SENSORY_ROOM,
                    Features.ADJUSTABLE_BED, Features.SINGLE_ROOM)) {
                assertThat(messages.has("feature." + feature)).as(language + " feature." + feature).isTrue();
            }
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws IOException {
        Set<Object> english = load("messages.properties").keySet();
        assertThat(english).isNotEmpty();
        assertThat(load("messages_fi.properties").keySet()).isEqualTo(english);
        assertThat(load("messages_sv.properties").keySet()).isEqualTo(english);
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThatThrownBy(() -> Messages.of("de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'de'");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
