package dev.curveball.core.persona;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded noise for simulated users' messages, at a persona's levels: keyboard-adjacent typos,
 * abbreviations, shouting caps, slang, dropped punctuation. Tokens holding a digit (order ids,
 * amounts) are never touched, so a noisy user still says {@code A-5001}. The same text, levels
 * and random sequence give the same output on every machine.
 *
 * <pre>{@code NoiseOperators.apply("Please refund order A-5001.", new Noise(0.2, 0.5, 0, 0), new Random(7))}</pre>
 */
public final class NoiseOperators {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("please", "pls"), Map.entry("you", "u"), Map.entry("your", "ur"),
            Map.entry("thanks", "thx"), Map.entry("because", "bc"), Map.entry("are", "r"),
            Map.entry("people", "ppl"), Map.entry("really", "rly"), Map.entry("something", "smth"),
            Map.entry("tomorrow", "tmrw"), Map.entry("message", "msg"), Map.entry("about", "abt"),
            Map.entry("without", "w/o"), Map.entry("with", "w/"), Map.entry("before", "b4"),
            Map.entry("to be honest", "tbh"), Map.entry("as soon as possible", "asap"), Map.entry("okay", "ok"));
    private static final String[] SLANG = {"ugh", "lol", "tbh", "smh", "fr", "ngl"};

    private NoiseOperators() {
    }

    public static String apply(String text, Noise noise, Random random) {
        String out = text;
        if (noise.abbreviations() > 0) {
            out = abbreviate(out, noise.abbreviations(), random);
        }
        if (noise.typos() > 0) {
            out = typos(out, noise.typos() * 0.25, random);
        }
        if (noise.slang() > 0 && random.nextDouble() < noise.slang()) {
            out = SLANG[random.nextInt(SLANG.length)] + " " + out;
        }
        if (noise.caps() > 0 && random.nextDouble() < noise.caps()) {
            out = recase(out, random.nextBoolean());
        }
        if (noise.punctuation() > 0 && random.nextDouble() < noise.punctuation()) {
            out = out.replaceAll("[.,!?;](?=\\s|$)", "");
        }
        return out;
    }

    /** Shouts or mumbles every token but identifiers: "a-5001" would name no order. */
    private static String recase(String text, boolean upper) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            boolean identifier = token.chars().anyMatch(Character::isDigit);
            String recased = upper ? token.toUpperCase(java.util.Locale.ROOT) : token.toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(sb, Matcher.quoteReplacement(identifier ? token : recased));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String abbreviate(String text, double level, Random random) {
        String out = text;
        for (String phrase : ABBREVIATIONS.keySet().stream().sorted().toList()) {
            Pattern p = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b", Pattern.CASE_INSENSITIVE);
            Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(random.nextDouble() < level ? ABBREVIATIONS.get(phrase) : m.group()));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    private static String typos(String text, double perWord, Random random) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            boolean touch = word.length() > 3 && !gluedToDigits(text, m.start(), m.end()) && random.nextDouble() < perWord;
            m.appendReplacement(sb, Matcher.quoteReplacement(touch ? typo(word, random) : word));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A word glued to digits, directly or by a hyphen (INV-9001, 3rd, 249USD), is an identifier, not prose. */
    private static boolean gluedToDigits(String text, int start, int end) {
        boolean before = start > 0 && Character.isDigit(text.charAt(start - 1));
        int next = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
        boolean after = next < text.length() && Character.isDigit(text.charAt(next));
        return before || after;
    }

    private static String typo(String word, Random random) {
        int i = 1 + random.nextInt(word.length() - 2);
        char c = word.charAt(i);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, i) + adjacentKey(c, random) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.charAt(i + 1) + c + word.substring(i + 2);
            default -> word.substring(0, i) + word.substring(i + 1);
        };
    }

    private static char adjacentKey(char c, Random random) {
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD_ROWS) {
            int at = row.indexOf(lower);
            if (at >= 0) {
                int neighbour = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
                char replacement = row.charAt(neighbour);
                return Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement;
            }
        }
        return c;
    }
}
