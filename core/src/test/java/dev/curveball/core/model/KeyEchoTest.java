package dev.curveball.core.model;

import static dev.curveball.core.model.OpenAiCompatibleModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.curveball.core.testkit.FakeModelServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A model server that echoes the key, whole or in part, in an error or in a reply: none of it gets past the client. */
class KeyEchoTest {
    private static final ModelOptions NO_RETRIES = new ModelOptions(Duration.ofSeconds(5), 0);
    /** The middle of the key, not shaped like a key on its own. */
    private static final String FRAGMENT = FakeModelServer.API_KEY.substring(8, 24);

    @Test
    void aFragmentOfTheKeyInAnErrorBodyIsBlankedInTheMessageAndTheStackTrace() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> {
            throw new IllegalStateException("Incorrect API key provided: ..." + FRAGMENT + "...; also tried sk-proj-AbC123dEf456****wxyz");
        })) {
            ModelFailure failure = catchThrowableOfType(ModelFailure.class, () -> Models.open(ModelSpec.parse("openai:gpt-4o-mini"),
                    server.env(), ModelCache.disabled(), NO_RETRIES).complete(request("hello", 0.5, null)));

            assertThat(failure.getMessage()).contains("Incorrect API key provided: ...***...; also tried ***")
                    .doesNotContain(FRAGMENT, "sk-proj");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(FRAGMENT).doesNotContain("AbC123dEf456");
        }
    }

    @Test
    void aReplyEchoingTheKeyIsMaskedBeforeItIsReturnedOrCached() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatReplies("Sure! Your key is " + FakeModelServer.API_KEY + " and it ends " + FRAGMENT)) {
            ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), server.env(), ModelCache.at(server.cacheDir()), NO_RETRIES);

            ModelReply reply = model.complete(request("hello", 0.5, null));
            ModelReply cached = model.complete(request("hello", 0.5, null));

            assertThat(reply.text()).isEqualTo("Sure! Your key is *** and it ends ***");
            assertThat(cached.cached()).isTrue();
            assertThat(cached.text()).isEqualTo(reply.text());
            try (Stream<Path> files = Files.walk(server.cacheDir())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file)).doesNotContain(FRAGMENT);
                }
            }
        }
    }
}
