package dev.curveball.core.model;

import static dev.curveball.core.model.OpenAiCompatibleModelTest.OPENING;
import static dev.curveball.core.model.OpenAiCompatibleModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.curveball.core.testkit.FakeModelServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
    private static final ModelSpec GPT = ModelSpec.parse("openai:gpt-4o-mini");
    private static final String KEY = "ab" + "0".repeat(62);

    @TempDir
    Path dir;

    @Test
    void aRepeatedCallIsAnsweredFromDiskWithoutARequest() {
        try (FakeModelServer server = FakeModelServer.thatReplies("first answer")) {
            ModelClient model = Models.open(GPT, server.env(), ModelCache.at(dir));
            ModelReply first = model.complete(request("Hello", 0.7, null));

            ModelReply second = Models.open(GPT, server.env(), ModelCache.at(dir)).complete(request("Hello", 0.7, null));

            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(first.cached()).isFalse();
            assertThat(second).isEqualTo(new ModelReply("first answer", first.inputTokens(), first.outputTokens(), true));
        }
    }

    @Test
    void anyChangeThatShapesTheReplyReachesTheModel() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "{\"opening\": \"reply " + sent.lastUserText() + "\"}")) {
            ModelClient model = Models.open(GPT, server.env(), ModelCache.at(dir));
            model.complete(request("Hello", 0.7, null));

            model.complete(request("Hello", 0.8, null));
            model.complete(request("Hello!", 0.7, null));
            model.complete(request("Hello", 0.7, OPENING));
            model.complete(new ModelRequest("scenario writer", request("Hello", 0.7, null).messages(), 0.7, 200, null, 7L));
            Models.open(ModelSpec.parse("openai:gpt-4o"), server.env(), ModelCache.at(dir)).complete(request("Hello", 0.7, null));

            assertThat(server.requestCount()).isEqualTo(6);
        }
    }

    @Test
    void theKeyAndThePurposeDoNotChangeTheCall() {
        try (FakeModelServer server = FakeModelServer.thatReplies("only once")) {
            Models.open(GPT, server.env(), ModelCache.at(dir)).complete(request("Hello", 0.7, null));
            Map<String, String> otherKey = new java.util.HashMap<>(server.env());
            otherKey.put("OPENAI_API_KEY", "sk-another-key");
            ModelRequest renamed = new ModelRequest("user simulator", request("Hello", 0.7, null).messages(), 0.7, 200, null, 42L);

            assertThat(Models.open(GPT, otherKey, ModelCache.at(dir)).complete(renamed).cached()).isTrue();
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aFailedCallIsNotCached() {
        try (FakeModelServer server = FakeModelServer.thatReplies("after the outage")) {
            server.failNext(1, 500);
            ModelClient model = Models.open(GPT, server.env(), ModelCache.at(dir));

            catchThrowableOfType(ModelFailure.class, () -> model.complete(request("Hello", 0.7, null)));
            ModelReply retried = model.complete(request("Hello", 0.7, null));

            assertThat(retried.text()).isEqualTo("after the outage");
            assertThat(retried.cached()).isFalse();
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void aReplyThatBreaksItsSchemaIsNotCachedSoAskingAgainReachesTheModel() {
        try (FakeModelServer server = FakeModelServer.thatReplies("not json", "{\"opening\": \"fixed\"}")) {
            ModelClient model = Models.open(GPT, server.env(), ModelCache.at(dir));

            assertThat(model.complete(request("Hello", 0.7, OPENING)).text()).isEqualTo("not json");
            assertThat(model.complete(request("Hello", 0.7, OPENING)).text()).isEqualTo("{\"opening\": \"fixed\"}");
            assertThat(model.complete(request("Hello", 0.7, OPENING)).cached()).isTrue();
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void noTraceOfTheKeyIsWrittenToDisk() throws IOException {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "{\"opening\": \"fine\"}")) {
            for (String spec : List.of("openai:gpt-4o-mini", "anthropic:claude-haiku-4-5")) {
                Models.open(ModelSpec.parse(spec), server.env(), ModelCache.at(dir)).complete(request("Hello", 0.7, OPENING));
            }

            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).hasSize(2).allSatisfy(file -> {
                assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.json");
                assertThat(file.getParent().getFileName().toString()).isEqualTo(file.getFileName().toString().substring(0, 2));
                assertThat(Files.readString(file)).doesNotContain(FakeModelServer.API_KEY).doesNotContain("7f3a9c");
            });
        }
    }

    @Test
    void aCorruptEntryIsAMissAndIsOverwritten() throws IOException {
        ModelCache cache = ModelCache.at(dir);
        cache.put(KEY, new ModelReply("kept", 3, 4, false));
        Path entry = dir.resolve("ab").resolve(KEY + ".json");
        Files.writeString(entry, "{\"format\": 1, \"key\": \"" + KEY + "\", \"te");

        assertThat(cache.get(KEY)).isEmpty();
        cache.put(KEY, new ModelReply("again", 3, 4, false));
        assertThat(cache.get(KEY)).contains(new ModelReply("again", 3, 4, true));
    }

    @Test
    void anEntryStoredUnderAnotherNameIsAMiss() throws IOException {
        ModelCache cache = ModelCache.at(dir);
        String other = "ab" + "1".repeat(62);
        cache.put(other, new ModelReply("elsewhere", 1, 1, false));
        Files.copy(dir.resolve("ab").resolve(other + ".json"), dir.resolve("ab").resolve(KEY + ".json"));

        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void concurrentWritersLeaveOneWholeEntryAndNoTemporaryFiles() throws Exception {
        ModelCache cache = ModelCache.at(dir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writes = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                String text = "reply " + i + " " + "x".repeat(2_000);
                writes.add(pool.submit(() -> {
                    start.await();
                    cache.put(KEY, new ModelReply(text, 1, 2, false));
                    assertThat(cache.get(KEY)).get().extracting(ModelReply::text).asString().startsWith("reply ");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .containsExactly(KEY + ".json");
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("ab").resolve(KEY + ".json")), StandardCharsets.UTF_8))
                .endsWith("\n");
    }

    @Test
    void saysBeforeAnyCallWhenItsDirectoryCannotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertThat(ModelCache.at(dir.resolve("fresh/models")).writeProblem()).isEmpty();
        assertThat(dir.resolve("fresh/models")).isEmptyDirectory();
        assertThat(ModelCache.at(file).writeProblem()).hasValueSatisfying(p -> assertThat(p).contains("a file is in the way", file.toString()));
        assertThat(ModelCache.at(file.resolve("below")).writeProblem()).isPresent();
        assertThat(ModelCache.disabled().writeProblem()).isEmpty();
    }

    @Test
    void aDisabledCacheStoresNothing() {
        try (FakeModelServer server = FakeModelServer.thatReplies("one", "two")) {
            ModelClient model = Models.open(GPT, server.env(), ModelCache.disabled());

            model.complete(request("Hello", 0.7, null));
            model.complete(request("Hello", 0.7, null));

            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(ModelCache.disabled().directory()).isEmpty();
        }
    }

    @Test
    void theDefaultDirectoryFollowsTheEnvironment() {
        assertThat(ModelCache.defaultDir(Map.of("CURVEBALL_CACHE_DIR", "/tmp/c", "XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/tmp/c"));
        assertThat(ModelCache.defaultDir(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/curveball/models"));
        assertThat(ModelCache.defaultDir(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/curveball/models"));
    }
}
