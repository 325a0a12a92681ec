package fi.respiteplanner.datasets.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.common.Violation;
import fi.respiteplanner.holiday.ActivityGroup;
import fi.respiteplanner.holiday.Child;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayValidator;
import fi.respiteplanner.holiday.HolidayWeek;
import fi.respiteplanner.holiday.Placement;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.GenderPolicy;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.Published;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Room;
import fi.respiteplanner.respite.StaffingChange;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.StayStatus;
import fi.respiteplanner.respite.Unit;
import fi.respiteplanner.respite.UnmetReasons;

/** The workbook's words exist in every language, and every reason the validators give has a translation. */
class WorkbookMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties")) {
            assertThat(in).as("bundle%s exists", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyHasATextInFinnishSwedishAndEnglish() throws IOException {
        Set<String> english = new TreeSet<>(bundle("_en").stringPropertyNames());
        assertThat(english).hasSizeGreaterThan(200);
        for (String suffix : List.of("_fi", "_sv", "")) {
            Properties other = bundle(suffix);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of bundle%s", suffix).isEqualTo(english);
            other.stringPropertyNames().forEach(key -> assertThat(other.getProperty(key)).as(suffix + " " + key).isNotBlank());
        }
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArguments() throws IOException {
        Properties english = bundle("_en");
        for (String suffix : List.of("_fi", "_sv")) {
            Properties other = bundle(suffix);
            for (String key : english.stringPropertyNames()) {
                int expected = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
                assertThat(new MessageFormat(other.getProperty(key)).getFormatsByArgumentIndex()).as(suffix + " " + key).hasSize(expected);
            }
        }
    }

    @Test
    void everyCodeOfTheModelHasANameAndNoNameMeansTwoCodes() {
        List<Class<? extends Enum<?>>> codes = List.of(Producer.class, Gender.class, GenderPolicy.class, fi.respiteplanner.respite.Priority.class,
                StayStatus.class, Skill.class, Codes.YesNo.class, Codes.Feature.class, UnmetReasons.Reason.class);
        for (Class<? extends Enum<?>> type : codes) {
            Map<String, Enum<?>> seen = new HashMap<>();
            for (Locale language : Messages.LANGUAGES) {
                for (Enum<?> code : type.getEnumConstants()) {
                    String name = Codes.normalize(Codes.name(Messages.of(language), code));
                    Enum<?> earlier = seen.putIfAbsent(name, code);
                    assertThat(earlier == null || earlier == code).as("'%s' names both %s and %s", name, earlier, code).isTrue();
                    assertThat(Codes.parse(type, name)).isSameAs(code);
                }
            }
        }
    }

    private static RespitePlan brokenRespitePlan() {
        LocalDate day = LocalDate.of(2027, 1, 1);
        Unit unit = new Unit("U1", Producer.OWN, 30, 20, -1).withStaffingChange(new StaffingChange(new DateRange(day, null), null, null, null))
                .withStaffingChange(new StaffingChange(new DateRange(day, day), Skill.AUTISM, null, null))
                .withClosedNights(new DateRange(day.plusDays(3), day));
        Unit empty = new Unit("U2", Producer.OWN, 0, 99, 0).withRoom(new Room("R1", GenderPolicy.ANY));
        Client client = new Client("C1", day.plusYears(1), Gender.FEMALE).withMonthlyEntitlement(-1);
        client.getIncompatibleWith().add(client);
        Client unborn = new Client("C1", null, null);
        Stay window = new Stay("S1", client, day.plusDays(5), 0).withWindow(day.minusDays(1), day.minusDays(3)).withPriority(null);
        Stay outside = new Stay("S2", client, day.plusDays(100), 3).withWindow(day.plusDays(1), day.plusDays(89))
                .withStatus(StayStatus.CONFIRMED).withPublished(new Published(null, day));
        Stay noStatus = new Stay("S3", client, day, 1).withStatus(null);
        RespitePlan plan = new RespitePlan("broken", new DateRange(day, day.plusDays(89)), List.of(unit, empty), List.of(client, unborn),
                List.of(window, outside, noStatus, new Stay("S4", null, null, 1)));
        return plan.withConstraintWeight("No such rule", 5).withConstraintWeight("Travel distance", -2)
                .withParameters(new fi.respiteplanner.respite.PlanParameters(Map.of(fi.respiteplanner.respite.Priority.URGENT, 0), -1, null, null));
    }

    private static HolidayPlan brokenHolidayPlan() {
        LocalDate day = LocalDate.of(2027, 6, 7);
        HolidayWeek week = new HolidayWeek("W1", "Summer", 1, List.of(day));
        HolidayWeek other = new HolidayWeek("W2", "Summer 2", 2, List.of());
        ActivityGroup group = new ActivityGroup("G1", " ", null, -1, 5, 2).withCostPerChildDay(-1).withSkillCapacity(Skill.AUTISM, -1);
        ActivityGroup elsewhere = new ActivityGroup("G2", "T", other, 1, 1, 9);
        Child child = new Child("K1", 12);
        Placement wrongDay = new Placement("P1", child, week, List.of(day.plusDays(1))).assign(elsewhere);
        Placement noDays = new Placement("P2", null, week, List.of());
        return new HolidayPlan("broken", List.of(week, other), List.of(group, elsewhere), List.of(child), List.of(wrongDay, noDays))
                .withConstraintWeight("No such rule", 1);
    }

    @Test
    void everyReasonTheValidatorsGiveIsTranslated() {
        List<Violation> violations = new java.util.ArrayList<>(PlanValidator.validate(brokenRespitePlan()));
        violations.addAll(PlanValidator.validate(new RespitePlan("no units", new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 1, 1)),
                List.of(), List.of(), List.of())));
        violations.addAll(PlanValidator.validate(new RespitePlan("no units", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)),
                List.of(), List.of(), List.of())));
        violations.addAll(PlanValidator.validate(new RespitePlan("long", new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 1, 1)),
                List.of(new Unit("U1", Producer.OWN, 0, 99, 0).withRoom(new Room("R1", GenderPolicy.ANY).withBed(new Bed("B1")))),
                List.of(), List.of())));
        violations.addAll(HolidayValidator.validate(brokenHolidayPlan()));
        violations.addAll(HolidayValidator.validate(new HolidayPlan("empty", List.of(), List.of(), List.of(), List.of())));

        assertThat(violations).hasSizeGreaterThan(30);
        assertThat(violations).extracting(violation -> ViolationReasons.translate(violation.reason()).key()).as("one of each rule")
                .contains("violation.noUnits", "violation.noRooms", "violation.pinnedNeedsBed", "violation.dayNotInWeek");
        for (Violation violation : violations) {
            WorkbookProblem.Text reason = ViolationReasons.translate(violation.reason());
            assertThat(reason.key()).as(violation.toString()).isNotEqualTo("violation.other");
            for (Locale language : Messages.LANGUAGES) {
                assertThat(reason.in(Messages.of(language))).as(violation + " in " + language).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void datesInReasonsAreFinnishDates() {
        WorkbookProblem.Text reason = ViolationReasons.translate("is outside the arrival window 2027-01-14 … 2027-01-16");

        assertThat(reason.in(Messages.of(Messages.FINNISH))).isEqualTo("ei ole saapumisikkunassa 14.1.2027–16.1.2027");
    }

    @Test
    void aReasonWhoseRuleLeavesAGroupEmptyIsSaid() {
        assertThat(ViolationReasons.say("rooms, beds and features must not be null", java.util.Locale.forLanguageTag("sv"))).isNotBlank();
    }
}
