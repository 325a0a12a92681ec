package fi.respiteplanner.datasets.respite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.Producer;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.Unit;

class RespiteGeneratorTest {

    private static long fridayAndSaturdayNights(Stay stay) {
        return stay.getRequestedArrival().datesUntil(stay.getRequestedArrival().plusDays(stay.getNights()))
                .filter(night -> night.getDayOfWeek() == DayOfWeek.FRIDAY || night.getDayOfWeek() == DayOfWeek.SATURDAY).count();
    }

    @Test
    void sameSeedGivesTheSameJson() {
        assertThat(PlanJson.write(RespiteGenerator.generate(RespiteSize.M, 7)))
                .isEqualTo(PlanJson.write(RespiteGenerator.generate(RespiteSize.M, 7)));
    }

    @Test
    void otherSeedGivesOtherData() {
        assertThat(PlanJson.write(RespiteGenerator.generate(RespiteSize.S, 7)))
                .isNotEqualTo(PlanJson.write(RespiteGenerator.generate(RespiteSize.S, 8)));
    }

    @Test
    void bundledFilesAreWhatTheGeneratorMakes() throws IOException {
        for (RespiteSize size : BundledDatasets.BUNDLED_SIZES) {
            try (InputStream in = getClass().getResourceAsStream("/datasets/" + BundledDatasets.fileName(size))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("regenerate with: ./mvnw -q install -DskipTests && ./mvnw -q -pl datasets exec:java")
                        .isEqualTo(PlanJson.write(RespiteGenerator.generate(size, BundledDatasets.SEED)));
            }
        }
    }

    @Test
    void sizesMatchTheDomainDesign() {
        for (RespiteSize size : RespiteSize.values()) {
            RespitePlan plan = RespiteGenerator.generate(size, 1);
            int beds = plan.getBeds().size();
            switch (size) {
                case S -> assertThat(beds).isEqualTo(15);
                case M -> assertThat(beds).isEqualTo(80);
                case L -> assertThat(beds).isBetween(200, 300);
                case XL -> assertThat(beds).isBetween(900, 1100);
            }
            assertThat(plan.getStays()).hasSizeBetween(size.stayRequests(), size.stayRequests() + 25);
            assertThat(PlanValidator.validate(plan)).as(size.name()).isEmpty();
        }
    }

    @Test
    void mediumCityLooksLikeTheDescription() {
        RespitePlan plan = RespiteGenerator.generate(RespiteSize.M, 1);
        assertThat(plan.getUnits().stream().map(Unit::getProducer).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Producer.OWN, Producer.PURCHASED, Producer.VOUCHER);
        assertThat(plan.getUnits().stream().filter(unit -> unit.getMaxAge() < 18)).hasSize(3);
        long weekendArrivals = plan.getStays().stream()
                .filter(stay -> stay.getRequestedArrival().getDayOfWeek().getValue() >= 5).count();
        assertThat(weekendArrivals).as("weekend-heavy demand").isGreaterThan(plan.getStays().size() / 2);
        Set<Skill> needs = plan.getClients().stream().flatMap(client -> client.getNeeds().stream()).collect(Collectors.toSet());
        assertThat(needs).contains(Skill.AUTISM, Skill.EPILEPSY, Skill.PHYSICAL_CARE, Skill.AWAKE_NIGHT);
        assertThat(plan.getClients()).anyMatch(client -> client.getFamilyId() != null);
        assertThat(plan.getClients()).anyMatch(client -> !client.getIncompatibleWith().isEmpty());
        long fridayAndSaturdayNights = plan.getStays().stream().mapToLong(RespiteGeneratorTest::fridayAndSaturdayNights).sum();
        assertThat(fridayAndSaturdayNights).as("demand exceeds the quarter's 26 Friday and Saturday nights of 80 beds")
                .isGreaterThan(26L * plan.getBeds().size());
    }
}
