package dev.curveball.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The docs a user reads list what really runs: every installed check, every tag and dimension, and nothing else. */
class DocumentedChecksTest {
    private static final Pattern TABLE_ID = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|");

    @Test
    void theReadmeTableListsEveryInstalledCheckAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## The checks"));

        assertThat(ids(table)).containsExactlyInAnyOrderElementsOf(new Judge().checks());
    }

    @Test
    void theLaunchGatePageListsEveryTagUnderItsDimension() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "launch-gate.md"));

        for (Dimension dimension : Dimension.values()) {
            int at = page.indexOf("### `" + dimension.id() + "`");
            assertThat(at).as(dimension.id()).isPositive();
            int next = page.indexOf("### ", at + 4);
            String section = page.substring(at, next < 0 ? page.length() : next);
            assertThat(ids(section)).as(dimension.id()).containsExactlyElementsOf(Arrays.stream(Category.values())
                    .filter(c -> c.dimension() == dimension).map(Category::id).toList());
        }
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = TABLE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
