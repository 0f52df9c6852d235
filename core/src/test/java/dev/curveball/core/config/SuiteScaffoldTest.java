package dev.curveball.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteScaffoldTest {
    private static final SuiteScaffold TINY = SuiteScaffold.fromClasspath("config/tiny-suite");

    @TempDir
    Path tmp;

    @Test
    void writesTheIndexedFilesCreatingFolders() throws IOException {
        Path dir = tmp.resolve("new-suite");

        assertThat(TINY.writeTo(dir, false)).containsExactly(dir.resolve("a.yaml"), dir.resolve("sub/b.yaml"));
        assertThat(dir.resolve("sub/b.yaml")).hasContent("b: 2");
        assertThat(dir.resolve("index.txt")).doesNotExist();
    }

    @Test
    void refusesToWriteOverAFileNamingTheFirstAndWritesNothing() throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("sub/b.yaml"), "mine");

        assertThatThrownBy(() -> TINY.writeTo(tmp, false)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(tmp.resolve("sub/b.yaml") + ": already exists;")
                .satisfies(e -> assertThat(((CurveballException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT));
        assertThat(tmp.resolve("a.yaml")).doesNotExist();
        assertThat(tmp.resolve("sub/b.yaml")).hasContent("mine");
    }

    @Test
    void overwritesWhenAsked() throws IOException {
        Files.writeString(tmp.resolve("a.yaml"), "mine");

        TINY.writeTo(tmp, true);

        assertThat(tmp.resolve("a.yaml")).hasContent("a: 1");
    }

    @Test
    void refusesAnIndexEntryOutsideTheSuite() {
        assertThatThrownBy(() -> SuiteScaffold.fromClasspath("config/escaping"))
                .hasMessageContaining("'../outside.yaml' is not a relative path inside the suite");
    }
}
