package fi.respiteplanner.respite.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The README's constraint table is the documentation planners read: it must match the code. */
class ReadmeConstraintTableTest {

    @Test
    void everyConstraintIsDocumentedWithItsLevelAndDefaultWeight() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (RespiteConstraint constraint : RespiteConstraint.values()) {
            assertThat(readme).contains("| %s | %s | %d |".formatted(constraint.constraintName(),
                    constraint.level().name().toLowerCase(Locale.ROOT), constraint.defaultWeight()));
        }
    }
}
