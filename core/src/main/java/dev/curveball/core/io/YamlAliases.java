package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.InputErrors.Problem;
import java.io.IOException;
import java.util.List;

/**
 * Refuses YAML aliases. Jackson reads {@code currency: *cur} as the text {@code "cur"}, the
 * anchor's name, so an alias would silently corrupt a world's data; expanding them instead would
 * need a bound against alias bombs and would hide where a value came from. A file that uses one is
 * refused at the alias: {@code data.yaml:20:62: field 'tables.orders.rows[1].currency': '*cur' is a
 * YAML alias ...}. Anchors alone ({@code &cur}) change nothing and are left alone.
 */
final class YamlAliases {
    private YamlAliases() {
    }

    /** Throws at the first alias of {@code text}; a text that does not parse is left to the reader, which says why. */
    static void reject(String source, String text, ObjectMapper mapper) {
        if (text.indexOf('*') < 0) {
            return; // no alias without its star: most files are spared the second pass
        }
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw CurveballException.invalidInput(alias(yaml).format(source));
                }
            }
        } catch (IOException e) {
            // Not well-formed: the reader reports the syntax error with its location.
        }
    }

    private static Problem alias(YAMLParser parser) throws IOException {
        List<Object> steps = SyntaxErrors.contextSteps(parser.getParsingContext());
        String name = parser.getText();
        String message = "'*" + name + "' is a YAML alias, which Curveball does not expand; write the value of '&" + name
                + "' out here instead";
        return Problem.at(parser.currentTokenLocation(), steps.isEmpty() ? message : "field '" + InputErrors.path(steps) + "': " + message);
    }
}
