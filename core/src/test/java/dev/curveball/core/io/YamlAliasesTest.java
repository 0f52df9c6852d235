package dev.curveball.core.io;

import static dev.curveball.core.io.InputFilesTest.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A YAML alias would read as its anchor's name: every alias is refused where it stands, anchors alone read as before. */
class YamlAliasesTest {
    private static final String DATA = """
            tables:
              orders:
                key: order_id
                rows:
                  - {order_id: A-1, currency: &cur USD}
                  - {order_id: A-2, currency: *cur}
            """;

    @Test
    void refusesAnAliasAtItsFieldInsteadOfReadingTheAnchorName() {
        assertFailsWith(() -> Yaml.read("data.yaml", DATA, JsonNode.class),
                "data.yaml:6:35: field 'tables.orders.rows[1].currency': '*cur' is a YAML alias, which Curveball does not expand; "
                        + "write the value of '&cur' out here instead");
    }

    @Test
    void refusesAnAliasInAListAndAMergeKey() {
        assertFailsWith(() -> Yaml.read("f.yaml", "a: &x [1, 2]\nb: [0, *x]\n", JsonNode.class),
                "f.yaml:2:8: field 'b[1]': '*x' is a YAML alias, which Curveball does not expand; write the value of '&x' out here instead");
        assertFailsWith(() -> Yaml.read("f.yaml", "base: &b {id: p}\nother:\n  <<: *b\n", JsonNode.class),
                "f.yaml:3:7: field 'other.<<': '*b' is a YAML alias, which Curveball does not expand; write the value of '&b' out here instead");
    }

    @Test
    void refusesAnAliasBombAtItsFirstAliasWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        assertFailsWith(() -> Yaml.read("bomb.yaml", bomb.toString(), JsonNode.class),
                "bomb.yaml:2:8: field 'b[0]': '*a' is a YAML alias, which Curveball does not expand; write the value of '&a' out here instead");
    }

    @Test
    void refusesAnAliasInAFileCheckedAgainstASchema() {
        String persona = dev.curveball.core.testkit.PersonaFiles.valid("calm").replace("tags: [", "tags: &t [") + "extra: *t\n";
        int line = (int) persona.lines().count();
        assertFailsWith(() -> Yaml.check("calm.yaml", persona, FileSchema.named("persona")),
                "calm.yaml:" + line + ":8: field 'extra': '*t' is a YAML alias, which Curveball does not expand; write the value of '&t' out here instead");
    }

    @Test
    void readsAnAnchorThatNoAliasUses() {
        JsonNode tree = Yaml.read("data.yaml", "currency: &cur USD\n", JsonNode.class);
        assertThat(tree.path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void leavesASyntaxErrorBeforeAnAliasToTheReader() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yaml.read("f.yaml", "a: b: c\nd: *x\n", JsonNode.class))
                .hasMessageStartingWith("f.yaml:1:5: syntax error: mapping values are not allowed here");
    }
}
