package dev.curveball.core.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.io.SourceLocator.Found;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson's exceptions into one-line, located, fix-it messages that name the field by its
 * path as spelled in the file ({@code tools[2].behaviour.kind}) and never a Java type.
 */
final class InputErrors {
    /** Record validation messages name a field relative to the record: qualify it with the record's path. */
    private static final Pattern FIELD_MESSAGE = Pattern.compile("^(missing required field |field )'([^']+)'(.*)$");

    /** What went wrong and where (line and column 1-based; 0 when the input has no position). */
    record Problem(int line, int column, String message) {
        static Problem at(JsonLocation location, String message) {
            boolean known = location != null && location.getLineNr() > 0;
            return new Problem(known ? location.getLineNr() : 0, known ? Math.max(1, location.getColumnNr()) : 0, message);
        }

        String format(String source) {
            return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
        }
    }

    private final String text;
    private final ObjectMapper mapper;

    private InputErrors(String text, ObjectMapper mapper) {
        this.text = text;
        this.mapper = mapper;
    }

    static String describe(String source, String text, ObjectMapper mapper, IOException e) {
        return explain(text, mapper, e).format(source);
    }

    static Problem explain(String text, ObjectMapper mapper, IOException e) {
        return new InputErrors(text, mapper).explain(e);
    }

    private Problem explain(IOException e) {
        Throwable root = rootCause(e);
        if (root instanceof MarkedYAMLException yaml) {
            return SyntaxErrors.syntax(yaml);
        }
        if (!(e instanceof JsonProcessingException)) {
            return new Problem(0, 0, "cannot read: " + e.getMessage());
        }
        if (root instanceof InputCoercionException range && e instanceof JsonMappingException m) {
            return outOfRange(m, range);
        }
        if (root instanceof JsonProcessingException parse && !(root instanceof JsonMappingException)) {
            return SyntaxErrors.parseError(parse);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u);
        }
        if (e instanceof InvalidTypeIdException t) {
            return unknownType(t);
        }
        if (e instanceof ValueInstantiationException v && unknownKey(v).isPresent()) {
            return unknownKey(v).get();
        }
        if (e instanceof ValueInstantiationException m && root instanceof NullPointerException) {
            return invalid(m, "a list holds an empty entry (a bare '-' or '~'); remove it or give it a value");
        }
        if (e instanceof JsonMappingException m && root instanceof IllegalArgumentException) {
            return invalid(m, firstLine(root.getMessage()));
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        if (!(e instanceof JsonMappingException m)) {
            return SyntaxErrors.parseError((JsonProcessingException) e);
        }
        return invalid(m, firstLine(root instanceof JsonProcessingException r ? r.getOriginalMessage() : root.getMessage()));
    }

    private Problem unknownField(UnrecognizedPropertyException u) {
        List<Object> at = SourceLocator.steps(u.getPath());
        List<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return Problem.at(find(at).map(Found::key).orElse(u.getLocation()), "unknown field '" + path(at) + "'" + hint(u.getPropertyName(), known));
    }

    /**
     * Jackson builds a record before it reports the record's unknown fields, so a misspelt required
     * field first shows as missing; the misspelling is what the user needs to hear about.
     */
    private Optional<Problem> unknownKey(ValueInstantiationException v) {
        if (text == null || v.getType() == null) {
            return Optional.empty();
        }
        List<Object> at = SourceLocator.steps(v.getPath());
        List<String> known = mapper.getDeserializationConfig().introspect(v.getType()).findProperties().stream()
                .map(BeanPropertyDefinition::getName).sorted().toList();
        List<String> discriminators = Arrays.stream(v.getType().getRawClass().getInterfaces())
                .map(i -> i.getAnnotation(JsonTypeInfo.class)).filter(i -> i != null).map(JsonTypeInfo::property).toList();
        return SourceLocator.keys(mapper, text, at).entrySet().stream()
                .filter(k -> !known.isEmpty() && !known.contains(k.getKey()) && !discriminators.contains(k.getKey())).findFirst()
                .map(k -> Problem.at(k.getValue(), "unknown field '" + path(join(at, List.of(k.getKey()))) + "'" + hint(k.getKey(), known)));
    }

    static String hint(String given, List<String> known) {
        return Vocabulary.nearest(given, known).map(n -> " (did you mean '" + n + "'?)").orElse("; known: " + String.join(", ", known));
    }

    private Problem unknownType(InvalidTypeIdException t) {
        List<Object> at = SourceLocator.steps(t.getPath());
        Class<?> base = t.getBaseType().getRawClass();
        JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
        List<Object> field = join(at, List.of(info == null || info.property().isEmpty() ? "type" : info.property()));
        JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
        List<String> known = subtypes == null ? List.of() : Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).toList();
        if (t.getTypeId() == null) {
            return Problem.at(enclosing(at, t), "missing required field '" + path(field) + "' (one of: " + String.join(", ", known) + ")");
        }
        return Problem.at(find(field).map(Found::value).orElse(t.getLocation()),
                "field '" + path(field) + "': " + Vocabulary.unknown("value", t.getTypeId(), known));
    }

    /** A record or enum refused a value: its message names a field relative to the record, or none. */
    private Problem invalid(JsonMappingException m, String message) {
        List<Object> at = SourceLocator.steps(m.getPath());
        Matcher named = FIELD_MESSAGE.matcher(message);
        if (!named.matches()) {
            Optional<Found> found = find(at);
            return Problem.at(found.map(Found::value).orElse(m.getLocation()), at.isEmpty() ? message : "field '" + path(at) + "': " + message);
        }
        List<Object> field = join(at, SourceLocator.steps(named.group(2)));
        JsonLocation where = find(field).map(Found::value).orElseGet(() -> enclosing(at, m));
        return Problem.at(where, named.group(1) + "'" + path(field) + "'" + named.group(3));
    }

    /** A number past its field's type ({@code patience: 99999999999}) is a bad value, not bad syntax. */
    private Problem outOfRange(JsonMappingException m, InputCoercionException range) {
        List<Object> at = SourceLocator.steps(m.getPath());
        Optional<Found> found = find(at);
        String given = found.map(Found::text).orElse("the number");
        boolean wide = range.getTargetType() == Long.TYPE || range.getTargetType() == Long.class;
        String bound = given.startsWith("-") ? "too small (at least " + (wide ? Long.MIN_VALUE : Integer.MIN_VALUE) + ")"
                : "too large (at most " + (wide ? Long.MAX_VALUE : Integer.MAX_VALUE) + ")";
        return Problem.at(found.map(Found::value).orElse(range.getLocation()), "field '" + path(at) + "': " + given + " is " + bound);
    }

    private Problem mismatch(MismatchedInputException m) {
        if (m.getOriginalMessage().startsWith("No content to map")) {
            return new Problem(1, 1, "the file is empty");
        }
        List<Object> at = SourceLocator.steps(m.getPath());
        Optional<Found> found = find(at);
        JsonLocation where = found.map(Found::value).orElse(m.getLocation());
        Class<?> target = m.getTargetType();
        if (target != null && target.isEnum()) {
            String given = found.map(Found::text).orElseGet(() -> m instanceof InvalidFormatException f ? String.valueOf(f.getValue()) : "");
            return Problem.at(where, "field '" + path(at) + "': " + Vocabulary.unknown("value", given, ValueNames.enumIds(target)));
        }
        String got = found.map(ValueNames::given).orElse("something else");
        boolean quotable = target == String.class && found.map(f -> f.token().isNumeric() || f.token().isBoolean()).orElse(false);
        String problem = "expected " + ValueNames.expected(target) + (at.isEmpty() ? " at the top level" : "") + ", got " + got
                + (quotable ? " (put it in quotes to make it text)" : "");
        return Problem.at(where, at.isEmpty() ? problem : "field '" + path(at) + "': " + problem);
    }

    private Optional<Found> find(List<Object> steps) {
        return text == null ? Optional.empty() : SourceLocator.find(mapper, text, steps);
    }

    /** Where the object at {@code steps} starts: its key when it has one, else its first token. */
    private JsonLocation enclosing(List<Object> steps, JsonMappingException fallback) {
        return find(steps).map(Found::keyOrValue).orElse(fallback.getLocation());
    }

    static String path(List<Object> steps) {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(step);
            }
        }
        return out.toString();
    }

    private static List<Object> join(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
