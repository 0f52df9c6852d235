package dev.curveball.core.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of data.yaml: each has its key once, aliases are refused, and every error points into data.yaml where the row is. */
class WorldDataTest {
    private static final Path ACME = DemoWorldCopy.ACME;

    @TempDir
    Path world;

    @BeforeEach
    void copyTheDemoWorld() throws IOException {
        DemoWorldCopy.into(world);
    }

    @Test
    void rejectsARowKeyGivenTwiceAtTheSecondRow() throws IOException {
        int first = lineOf("order_id: A-5001,");
        edit("{order_id: A-5002,", "{order_id: A-5001,");
        int second = lineOf("{order_id: A-5001,", first);

        assertFails("data.yaml:" + second + ":" + (columnOf("order_id: A-5001,", second)) + ": field 'tables.orders.rows[1].order_id': "
                + "order_id 'A-5001' is given twice, first in tables.orders.rows[0] (line " + first + "); each row needs its own key");
    }

    @Test
    void rejectsARowWithoutItsKeyAtTheRowNotAtATaskThatNamesIt() throws IOException {
        edit("{customer_id: C-1002, ", "{");
        int line = lineOf("{name: Sam Okafor");

        assertFails("data.yaml:" + line + ":9: field 'tables.customers.rows[1]': the row has no 'customer_id', the key column of "
                + "table 'customers'; give it one (rows are looked up by it)");
    }

    @Test
    void rejectsAKeyThatIsAList() throws IOException {
        edit("{customer_id: C-1003,", "{customer_id: [C-1003],");
        int line = lineOf("customer_id: [C-1003]");

        assertFails("data.yaml:" + line + ":" + columnOf("customer_id: [C-1003]", line) + ": field 'tables.customers.rows[2].customer_id': "
                + "a key must be a single value (text or a number), not a list");
    }

    @Test
    void rejectsAnAliasInTheDataInsteadOfStoringTheAnchorName() throws IOException {
        edit("amount: 249.00, currency: USD", "amount: 249.00, currency: &cur USD");
        edit("amount: 59.00, currency: USD", "amount: 59.00, currency: *cur");
        int line = lineOf("currency: *cur");

        assertFails("data.yaml:" + line + ":" + columnOf("*cur", line) + ": field 'tables.orders.rows[1].currency': '*cur' is a YAML alias, "
                + "which Curveball does not expand; write the value of '&cur' out here instead");
    }

    @Test
    void namesAWorldFileThatIsNotUtf8AndTheOffsetOfTheByte() throws IOException {
        Path file = world.resolve("documents.yaml");
        String text = Files.readString(file);
        int offset = text.substring(0, text.indexOf("title:")).getBytes(StandardCharsets.UTF_8).length + "title: ".length();
        int line = (int) text.substring(0, text.indexOf("title:")).chars().filter(c -> c == '\n').count() + 1;
        Files.write(file, text.replaceFirst("title: ", "title: \u00e9").getBytes(StandardCharsets.ISO_8859_1));

        assertFails("documents.yaml: not UTF-8 at byte offset " + offset + " (line " + line + "); save the file as UTF-8");
    }

    @Test
    void theDemoWorldHasEveryRowKeyOnce() {
        World acme = WorldLoader.load(ACME);
        acme.tables().forEach((name, table) -> assertThat(table.rows().stream().map(r -> r.path(table.key()).asText()).distinct())
                .as(name).hasSize(table.rows().size()));
    }

    private void edit(String from, String to) throws IOException {
        Path path = world.resolve("data.yaml");
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private int lineOf(String text) throws IOException {
        return lineOf(text, 0);
    }

    /** The 1-based line of data.yaml after line {@code after} that holds {@code text}. */
    private int lineOf(String text, int after) throws IOException {
        List<String> lines = Files.readAllLines(world.resolve("data.yaml"));
        for (int i = after; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in data.yaml");
    }

    private int columnOf(String text, int line) throws IOException {
        return Files.readAllLines(world.resolve("data.yaml")).get(line - 1).indexOf(text) + 1;
    }

    private void assertFails(String expected) {
        assertThatThrownBy(() -> WorldLoader.load(world))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(world.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':')))
                .message().doesNotContain("dev.curveball", "java.", "\n");
    }
}
