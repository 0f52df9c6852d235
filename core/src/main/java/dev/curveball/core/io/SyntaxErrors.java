package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.curveball.core.io.InputErrors.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Messages for input that is not well-formed YAML or JSON: where it broke, and a fix where one is likely. */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    static Problem syntax(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark context = e.getContextMark();
        String message = "syntax error: " + (e.getProblem() == null ? e.getContext() : e.getProblem());
        if (e.getProblem() != null && e.getContext() != null && context != null) {
            message += " (" + e.getContext() + " that starts at " + (context.getLine() + 1) + ":" + (context.getColumn() + 1) + ")";
        }
        if (message.contains("mapping values are not allowed here")) {
            message += "; put a value that holds ': ' in quotes";
        }
        return new Problem(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, message);
    }

    static Problem parseError(JsonProcessingException e) {
        String message = InputErrors.firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            // "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"
            return Problem.at(e.getLocation(), "past what Curveball reads: " + message.replaceAll(", from `[^`]*`", "")
                    .replaceFirst("^Document n", "n"));
        }
        if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser p) {
            return Problem.at(p.currentTokenLocation(), "duplicate field '" + InputErrors.path(contextSteps(p.getParsingContext()))
                    + "' (each field may appear only once)");
        }
        return Problem.at(e.getLocation(), "syntax error: " + message);
    }

    /** The field path of the value the parser is at: names and list indexes from the root. */
    static List<Object> contextSteps(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
        }
        return steps;
    }
}
