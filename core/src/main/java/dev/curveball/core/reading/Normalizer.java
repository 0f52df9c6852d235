package dev.curveball.core.reading;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling the reader reads: lower case, plain quotes and apostrophes, contractions written
 * out ("can't" is "can not", "dont" is "do not", "I've" is "I have"), single spaces. Amounts and ids
 * keep their characters, so "249.00" and "A-5001" survive.
 *
 * <pre>{@code Normalizer.normalize("We've NOT issued it — sorry!")  // "we have not issued it - sorry!"}</pre>
 */
final class Normalizer {
    /** "nothing's been issued", "the refund's gone through": 's before a participle is "has". */
    private static final Pattern HAS = Pattern.compile("(?<=\\p{L})'s (been|gone|got|done|had|come|made|taken)\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static volatile Expansions expansions;

    private Normalizer() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2014', '-').replace('\u2013', '-').replace('`', '\'');
        String expanded = HAS.matcher(expansions().apply(plain)).replaceAll(" has $1");
        return SPACES.matcher(expanded).replaceAll(" ").strip();
    }

    private static Expansions expansions() {
        Expansions e = expansions;
        if (e == null) {
            e = new Expansions(English.contractionsOfBundled());
            expansions = e;
        }
        return e;
    }

    /** Every contraction in one pattern, longest first; "n't" last, for the ones not listed. */
    private static final class Expansions {
        private final Map<String, String> replacements;
        private final Pattern pattern;

        Expansions(Map<String, String> contractions) {
            this.replacements = contractions;
            StringBuilder alternatives = new StringBuilder();
            contractions.keySet().stream().filter(k -> !k.equals("n't"))
                    .sorted((a, b) -> b.length() - a.length())
                    .forEach(k -> alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(k)));
            this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}'])(" + alternatives + ")(?![\\p{L}\\p{N}])|n't(?![\\p{L}\\p{N}])");
        }

        String apply(String text) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) == null ? replacements.getOrDefault("n't", " not") : replacements.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
