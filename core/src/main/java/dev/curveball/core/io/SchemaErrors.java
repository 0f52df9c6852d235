package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.curveball.core.io.InputErrors.Problem;
import dev.curveball.core.io.SourceLocator.Found;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed file against its {@link FileSchema} and reports the first problem as the house
 * does: located at the field, named by its path ({@code tools[3].behaviour.kind}), with a fix.
 * The validator's own messages ("must have a minimum value of 1") are the fallback only.
 */
final class SchemaErrors {
    private final FileSchema schema;
    private final String text;
    private final ObjectMapper mapper;

    private SchemaErrors(FileSchema schema, String text, ObjectMapper mapper) {
        this.schema = schema;
        this.text = text;
        this.mapper = mapper;
    }

    /** The problem to report first, or empty when {@code tree} (parsed from {@code text}) is valid. */
    static Optional<Problem> first(FileSchema schema, JsonNode tree, String text, ObjectMapper mapper) {
        List<Error> errors = schema.validate(tree);
        return errors.isEmpty() ? Optional.empty() : Optional.of(new SchemaErrors(schema, text, mapper).pick(errors));
    }

    private record Located(Error error, Problem problem) {
        int line() {
            return problem.line() > 0 ? problem.line() : Integer.MAX_VALUE;
        }
    }

    /** The first problem in file order; a misspelt field before the missing one it also causes. */
    private Problem pick(List<Error> errors) {
        List<Located> located = new ArrayList<>();
        for (Error error : withoutConsequences(errors)) {
            located.add(new Located(error, explain(error)));
        }
        located.sort(Comparator.comparingInt(Located::line).thenComparingInt(l -> l.problem().column()));
        Located first = located.get(0);
        if (!first.error().getKeyword().equals("required")) {
            return first.problem();
        }
        return located.stream()
                .filter(l -> unknownField(l.error()) && l.error().getInstanceLocation().equals(first.error().getInstanceLocation()))
                .findFirst().orElse(first).problem();
    }

    /** A value of the wrong type also fails its enum, pattern or range: only the type is worth saying. */
    private static List<Error> withoutConsequences(List<Error> errors) {
        Set<NodePath> mistyped = new HashSet<>();
        errors.stream().filter(e -> e.getKeyword().equals("type")).forEach(e -> mistyped.add(e.getInstanceLocation()));
        return errors.stream().filter(e -> e.getKeyword().equals("type") || !mistyped.contains(e.getInstanceLocation())).toList();
    }

    private static boolean unknownField(Error error) {
        return error.getKeyword().equals("additionalProperties") || error.getKeyword().equals("unevaluatedProperties");
    }

    private Problem explain(Error error) {
        List<Object> at = steps(error.getInstanceLocation());
        JsonNode rule = schema.at(error.getSchemaLocation().getFragment(), error.getSchemaLocation().getFragment().getNameCount() - 1);
        SchemaMessages messages = new SchemaMessages(schema, rule, error, at, find(at));
        String condition = messages.condition();
        return switch (error.getKeyword()) {
            case "additionalProperties", "unevaluatedProperties" -> {
                String property = error.getProperty();
                List<Object> field = join(at, property);
                yield problem(find(field).map(Found::key), messages.unknownField(field, property));
            }
            case "required" -> problem(find(at).map(Found::keyOrValue), messages.missing(join(at, error.getProperty())) + condition);
            default -> problem(find(at).map(Found::value), messages.invalid() + condition);
        };
    }

    private static Problem problem(Optional<JsonLocation> where, String message) {
        return where.map(w -> Problem.at(w, message)).orElseGet(() -> new Problem(0, 0, message));
    }

    private Optional<Found> find(List<Object> steps) {
        return SourceLocator.find(mapper, text, steps);
    }

    private static List<Object> steps(NodePath path) {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            steps.add(path.getElement(i));
        }
        return steps;
    }

    private static List<Object> join(List<Object> steps, String name) {
        List<Object> all = new ArrayList<>(steps);
        all.add(name);
        return all;
    }
}
