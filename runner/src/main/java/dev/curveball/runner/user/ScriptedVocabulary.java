package dev.curveball.runner.user;

import dev.curveball.core.error.Require;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scripted user's own neutral lines, shared by every persona, for what a persona has no line
 * of its own for: restating the request, bringing up a second issue, pointing the agent at the
 * right record, accepting an offer. Only words the user says: what the agent's replies mean comes
 * from the reply reader, never from phrases here. Bundled as {@code curveball/user/scripted-user.yaml}.
 *
 * <pre>{@code ScriptedVocabulary.bundled().correct()  // ["No, I mean my ${item}, not that one.", ...]}</pre>
 */
public record ScriptedVocabulary(List<String> answer, List<String> otherIssue, List<String> correct, List<String> accept) {
    private static final String RESOURCE = "curveball/user/scripted-user.yaml";
    private static final ScriptedVocabulary BUNDLED = load();

    public ScriptedVocabulary {
        answer = List.copyOf(Require.nonEmpty(answer, "answer"));
        otherIssue = List.copyOf(Require.nonEmpty(otherIssue, "other_issue"));
        correct = List.copyOf(Require.nonEmpty(correct, "correct"));
        accept = List.copyOf(Require.nonEmpty(accept, "accept"));
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
