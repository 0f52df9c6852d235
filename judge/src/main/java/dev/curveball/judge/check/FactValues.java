package dev.curveball.judge.check;

import dev.curveball.core.reading.Regexes;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a value a reply asserts agrees with the value a tool returned. Dates, amounts and
 * booleans compare by meaning ("249" is 249.00, "yes" is true, 2026-11-20 is 2026-11-20); text is
 * compared leniently (one contains the other, or they share a word), since replies paraphrase;
 * a list or object returned (line items) is not compared at all.
 *
 * <pre>{@code FactValues.agree(TextNode.valueOf("2026-11-20"), "2026-11-20")  // AGREES
 * FactValues.agree(BooleanNode.TRUE, "false")                             // CONTRADICTS}</pre>
 */
final class FactValues {
    enum Agreement { AGREES, CONTRADICTS, UNKNOWN }

    private static final Set<String> TRUE = Set.of("true", "yes", "y");
    private static final Set<String> FALSE = Set.of("false", "no", "n");

    private FactValues() {
    }

    static Agreement agree(JsonNode read, String asserted) {
        if (asserted == null || asserted.isBlank() || read == null || read.isContainerNode() || read.isNull() || read.isMissingNode()) {
            return Agreement.UNKNOWN;
        }
        if (read.isBoolean()) {
            Boolean said = bool(asserted);
            return said == null ? Agreement.UNKNOWN : of(said == read.booleanValue());
        }
        if (read.isNumber() || amount(read.asText()) != null && amount(asserted) != null) {
            BigDecimal said = amount(asserted);
            BigDecimal was = read.isNumber() ? read.decimalValue() : amount(read.asText());
            return said == null || was == null ? Agreement.UNKNOWN : of(said.compareTo(was) == 0);
        }
        LocalDate date = date(read.asText());
        if (date != null) {
            LocalDate said = date(asserted);
            return said == null ? Agreement.UNKNOWN : of(said.equals(date));
        }
        return of(similarText(read.asText(), asserted));
    }

    /** Whether {@code value} appears in {@code text}, as written or in the form a person would write it. */
    static boolean mentioned(String text, String value) {
        if (text == null || value == null || value.isBlank()) {
            return false;
        }
        String plain = normalize(text);
        if (plain.contains(normalize(value))) {
            return true;
        }
        BigDecimal amount = amount(value);
        return amount != null && Arrays.stream(plain.split("[^0-9.]+")).map(FactValues::amount)
                .anyMatch(a -> a != null && a.compareTo(amount) == 0);
    }

    private static Agreement of(boolean same) {
        return same ? Agreement.AGREES : Agreement.CONTRADICTS;
    }

    private static Boolean bool(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(t) ? Boolean.TRUE : FALSE.contains(t) ? Boolean.FALSE : null;
    }

    static BigDecimal amount(String text) {
        String t = text.strip().replaceAll("(?i)^(usd|eur|gbp|[$€£])\\s*|\\s*(usd|eur|gbp|[$€£])$", "").replace(",", "");
        if (!Regexes.matches(t, "[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean similarText(String read, String asserted) {
        String a = normalize(read);
        String b = normalize(asserted);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> words = words(a);
        return words(b).stream().anyMatch(words::contains);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).collect(Collectors.toSet());
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[-_]", " ").replaceAll("\\s+", " ").strip();
    }
}
