package dev.curveball.runner.user;

import dev.curveball.core.error.Require;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scripted user's own words, shared by every persona: the phrases that mean the agent handed
 * the user to a person, the hedges that stop a success or hand-off phrase from counting (see
 * {@link ReplyText}), and the neutral lines it says where no persona template applies. Bundled as
 * {@code curveball/user/scripted-user.yaml}.
 *
 * <pre>{@code ScriptedVocabulary.bundled().handOff()  // [i've escalated, i have escalated, ...]}</pre>
 */
public record ScriptedVocabulary(List<String> handOff, List<String> hedges, List<String> hedgeExceptions,
        List<String> answer, List<String> otherIssue) {
    private static final String RESOURCE = "curveball/user/scripted-user.yaml";
    private static final ScriptedVocabulary BUNDLED = load();

    public ScriptedVocabulary {
        handOff = List.copyOf(Require.nonEmpty(handOff, "hand_off"));
        hedges = List.copyOf(Require.nonEmpty(hedges, "hedges"));
        hedgeExceptions = hedgeExceptions == null ? List.of() : List.copyOf(hedgeExceptions);
        answer = List.copyOf(Require.nonEmpty(answer, "answer"));
        otherIssue = List.copyOf(Require.nonEmpty(otherIssue, "other_issue"));
    }

    /** The vocabulary shipped in the runner jar, read once. */
    public static ScriptedVocabulary bundled() {
        return BUNDLED;
    }

    private static ScriptedVocabulary load() {
        try (InputStream in = ScriptedVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from the runner jar");
            }
            return Yaml.read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), ScriptedVocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + RESOURCE, e);
        }
    }
}
