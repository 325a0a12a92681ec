package fi.respiteplanner.respite.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.common.CataloguedConstraint;
import fi.respiteplanner.holiday.score.HolidayConstraint;

/** The README's constraint table is the documentation planners read: it must match the code. */
class ReadmeConstraintTableTest {

    @Test
    void everyConstraintIsDocumentedWithItsLevelAndDefaultWeight() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<CataloguedConstraint<?>> all = new ArrayList<>(List.of(RespiteConstraint.values()));
        all.addAll(List.of(HolidayConstraint.values()));
        for (CataloguedConstraint<?> constraint : all) {
            assertThat(readme).contains("| %s | %s | %d |".formatted(constraint.constraintName(), constraint.level().key(),
                    constraint.defaultWeight()));
        }
    }
}
