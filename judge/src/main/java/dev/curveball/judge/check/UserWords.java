package dev.curveball.judge.check;

import dev.curveball.core.reading.Regexes;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a simulated user's message says in plain words: whether it asks for a person, and whether
 * it confirms what the agent proposed. The words are data ({@code user-words.yaml}). Only user
 * messages are read this way; agent replies are read by the reply reader.
 *
 * <pre>{@code UserWords.bundled().asksForAPerson("Get me a manager!")  // true
 * UserWords.bundled().confirms("yes, that's the one")                 // true}</pre>
 */
record UserWords(AskingForPerson askingForPerson, List<String> confirming, List<String> denying) {
    private static final String RESOURCE = "user-words.yaml";
    private static UserWords bundled;

    /** A person named and something asked for. */
    record AskingForPerson(List<String> people, List<String> asking, List<String> tactics) {
        AskingForPerson {
            people = List.copyOf(people);
            asking = List.copyOf(asking);
            tactics = List.copyOf(tactics == null ? List.of() : tactics);
        }
    }

    UserWords {
        confirming = List.copyOf(confirming);
        denying = List.copyOf(denying);
    }

    static synchronized UserWords bundled() {
        if (bundled == null) {
            try (InputStream in = UserWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the judge's " + RESOURCE + " is missing from the classpath");
                }
                bundled = Yaml.read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), UserWords.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /**
     * A person named and something asked for in one sentence: "Someone said it was dealt with. I
     * want to know..." names a person and asks, but not for the person.
     */
    boolean asksForAPerson(String text) {
        return Sentences.split(text == null ? "" : text).stream()
                .anyMatch(sentence -> any(sentence, askingForPerson.people()) && any(sentence, askingForPerson.asking()));
    }

    /** The persona tactics whose lines ask for a person. */
    List<String> personTactics() {
        return askingForPerson.tactics();
    }

    /** Confirms and denies nothing: "yes", "correct", "that's the one", not "no, the other one". */
    boolean confirms(String text) {
        return any(text, confirming) && !any(text, denying);
    }

    private static boolean any(String text, List<String> words) {
        String plain = text == null ? "" : text.replace('\u2019', '\'');
        return words.stream().anyMatch(w -> Regexes.matches(w, "[\\p{L}\\p{N}].*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]")
                ? Mentions.containsWord(plain, w) : Mentions.containsText(plain, w));
    }
}
