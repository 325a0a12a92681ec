package fi.respiteplanner.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.ChangeReason;
import fi.respiteplanner.respite.ChangeReason.Code;
import fi.respiteplanner.respite.score.RespiteConstraint;
import fi.respiteplanner.respite.score.RespiteLevel;

/**
 * Every reason a diff row can carry, and every kind of change, said in Finnish, Swedish and English: a sentence
 * naming the unit, bed or skill and the nights ({@code 8.–12.2.2027}), with no English word in the Finnish or
 * Swedish text.
 */
class ReasonTextTest {

    private static final DateRange NIGHTS = new DateRange(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12));
    private static final DateRange ONE_NIGHT = new DateRange(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10));
    /** Words of the English texts that would give away an untranslated reason. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|closed|unit|bed|staff|rule|breaks|cancelled|placed|request|moved|your|waiting|places|nights?|client|changed|"
                    + "another|other|dates|skill|forced|own|double|overlapping|awake)\\b", Pattern.CASE_INSENSITIVE);

    /** One reason of each code, with the arguments a re-plan gives it. */
    private static ChangeReason sample(Code code) {
        return switch (code) {
            case BED_CLOSED -> ChangeReason.bedClosed(0, "Bed or unit closed", "U4", "U4-B2", NIGHTS);
            case UNIT_CLOSED -> ChangeReason.unitClosed(0, "Bed or unit closed", "U4", NIGHTS);
            case STAFFING_CUT -> ChangeReason.staffingCut(0, "Skill capacity exceeded", "U4", Skill.AUTISM, ONE_NIGHT, 1);
            case AWAKE_NIGHT_STAFF_CUT -> ChangeReason.awakeNightStaffCut(0, "Awake night staff missing", "U4", NIGHTS);
            case OWN_CHANGE -> ChangeReason.ownChange(1);
            case RULE_BROKEN -> ChangeReason.ruleBroken("Client in two places");
            case CANCELLED_BY_FAMILY -> ChangeReason.cancelled(1);
            case NEW_REQUEST -> ChangeReason.newRequest(1);
            case DISPLACED_BY_URGENT, MADE_ROOM -> ChangeReason.naming(code, "S000123");
            case FROM_WAITING_LIST, NOT_FORCED -> ChangeReason.of(code);
        };
    }

    private static String text(Code code, String language) {
        return ReasonText.of(sample(code), Messages.of(language), id -> id.equals("U4") ? "Koivukoti" : id);
    }

    @Test
    void everyReasonIsASentenceInEveryLanguage() {
        List<String> checked = new ArrayList<>();
        for (String language : Messages.LANGUAGES) {
            for (Code code : Code.values()) {
                String text = text(code, language);
                assertThat(text).as(language + " " + code).isNotBlank().doesNotContain("{", "}", "null");
                ChangeReason reason = sample(code);
                if (reason.unitId() != null) {
                    assertThat(text).as(language + " " + code + " names the unit").contains("Koivukoti");
                }
                if (reason.nights() != null) {
                    assertThat(text).as(language + " " + code + " names the nights").contains(Messages.range(reason.nights().from(),
                            reason.nights().to()));
                }
                if (!language.equals("en")) {
                    assertThat(ENGLISH.matcher(text).find()).as(language + " " + code + ": " + text).isFalse();
                }
                checked.add(language + " " + code);
            }
        }
        assertThat(checked).hasSize(Messages.LANGUAGES.size() * Code.values().length);
    }

    @Test
    void knownReasonsReadAsTheOfficeSaysThem() {
        assertThat(text(Code.UNIT_CLOSED, "fi")).isEqualTo("Yksikkö Koivukoti suljettu 8.–12.2.2027");
        assertThat(text(Code.BED_CLOSED, "fi")).isEqualTo("Vuode U4-B2 (yksikkö Koivukoti) suljettu 8.–12.2.2027");
        assertThat(text(Code.STAFFING_CUT, "fi")).isEqualTo("Autismiosaamisen paikat vähennetty yhteen yksikössä Koivukoti 10.2.2027");
        assertThat(text(Code.OWN_CHANGE, "fi")).isEqualTo("Oma muutoksenne");
        assertThat(text(Code.FROM_WAITING_LIST, "fi")).isEqualTo("Sijoitettu jonosta");
        assertThat(text(Code.RULE_BROKEN, "fi")).isEqualTo("Paikka rikkoo ehdottoman säännön: asiakas kahdessa paikassa");
        assertThat(text(Code.RULE_BROKEN, "sv")).isEqualTo("Platsen bryter mot en absolut regel: klient på två ställen");
        assertThat(text(Code.RULE_BROKEN, "en")).isEqualTo("The place breaks a rule: client in two places");
    }

    @Test
    void everyBrokenRuleAndEveryKindOfChangeHasWords() {
        List<String> checked = new ArrayList<>();
        for (String language : List.of("fi", "sv")) {
            Messages messages = Messages.of(language);
            for (RespiteConstraint rule : RespiteConstraint.values()) {
                if (rule.level() != RespiteLevel.HARD) {
                    continue;
                }
                String words = ReasonText.rule(rule.constraintName(), messages);
                assertThat(words).as(language + " " + rule).isNotEqualTo(rule.constraintName());
                assertThat(ENGLISH.matcher(words).find()).as(language + " " + rule + ": " + words).isFalse();
                checked.add(rule.name());
            }
            for (PlanDiff.Change change : PlanDiff.Change.values()) {
                String words = messages.text("change." + change);
                assertThat(ENGLISH.matcher(words).find()).as(language + " " + change + ": " + words).isFalse();
                checked.add(change.name());
            }
        }
        assertThat(checked).isNotEmpty();
    }
}
