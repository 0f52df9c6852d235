package dev.curveball.core.model;

import static dev.curveball.core.model.OpenAiCompatibleModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.curveball.core.limit.Jitter;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.model.ModelFailure.Kind;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.FakeTicker;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Model calls over real HTTP to a scripted OpenAI-protocol server, retried and limited by our one policy. */
class ModelRetryTest {
    private static final ModelSpec MINI = ModelSpec.parse("openai:gpt-4o-mini");
    private static final ModelOptions OPTIONS = new ModelOptions(Duration.ofSeconds(5), 0);

    private static ModelClient open(FakeModelServer server, ModelLimits limits) {
        return Models.open(MINI, server.env(), ModelCache.disabled(), OPTIONS, limits);
    }

    @Test
    void waitsOutTheRetryAfterOfTwo429sThenGetsTheReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies("hello there")) {
            server.failNext(2, 429, "slow down", "1");
            ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE);

            ModelReply reply = open(server, limits).complete(request("hello", 0.5, null));

            assertThat(reply.text()).isEqualTo("hello there");
            assertThat(server.requestCount()).isEqualTo(3);
            List<Long> at = server.arrivals();
            assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
            assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        }
    }

    @Test
    void aServerErrorThatPersistsEndsAfterTheAttemptsSayingSo() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(10, 500, "the model is on fire", null);
            FakeTicker ticker = new FakeTicker();
            ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE, ticker, new SplittableRandom(3));

            ModelFailure failure = catchThrowableOfType(ModelFailure.class, () -> open(server, limits).complete(request("hello", 0.5, null)));

            assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.getMessage()).matches("openai:gpt-4o-mini at \\S+ \\(scenario writer\\): gave up after 4 attempts in "
                    + "\\d+\\.\\d s: server error \\(HTTP 500\\): the model is on fire");
            assertThat(server.requestCount()).isEqualTo(4);
            assertThat(ticker.sleeps()).hasSize(3);
        }
    }

    @Test
    void aRetryAfterPastTheTimeLimitEndsTheCallAtOnce() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 503, "overloaded", "120");
            FakeTicker ticker = new FakeTicker();
            ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE, ticker, new SplittableRandom(3));

            ModelFailure failure = catchThrowableOfType(ModelFailure.class, () -> open(server, limits).complete(request("hello", 0.5, null)));

            assertThat(failure.getMessage()).contains("gave up after 1 attempt in 0.0 s (the server asked to wait 120.0 s, more than the ",
                    " s left before the retry time limit of 60 s): server error (HTTP 503): overloaded");
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(ticker.sleeps()).isEmpty();
        }
    }

    @Test
    void aRefusedKeyIsNeverRetried() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(3, 401);
            ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE, new FakeTicker(), new SplittableRandom(3));

            ModelFailure failure = catchThrowableOfType(ModelFailure.class, () -> open(server, limits).complete(request("hello", 0.5, null)));

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void theClientItselfNoLongerRetries() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(3, 500);

            catchThrowableOfType(ModelFailure.class, () -> Models.open(MINI, server.env(), ModelCache.disabled(), OPTIONS)
                    .complete(request("hello", 0.5, null)));

            assertThat(server.requestCount()).isEqualTo(1); // maxRetries 0: LangChain4j made no attempt of its own
        }
    }

    @Test
    void clientsOfOneEndpointShareItsConcurrencyCap() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "ok " + sent.lastUserText())) {
            server.delayNext(12, Duration.ofMillis(60));
            ModelLimits limits = ModelLimits.of(RetryPolicy.never(), new RequestLimits(0, 2));
            ModelClient simulator = open(server, limits);
            ModelClient judge = Models.open(ModelSpec.parse("openai:judge-model"), server.env(), ModelCache.disabled(), OPTIONS, limits);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<ModelReply>> replies = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    ModelClient client = i % 2 == 0 ? simulator : judge;
                    String text = "call " + i;
                    replies.add(pool.submit(() -> client.complete(request(text, 0.5, null))));
                }
                for (Future<ModelReply> reply : replies) {
                    assertThat(reply.get(20, TimeUnit.SECONDS).text()).startsWith("ok call ");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requestCount()).isEqualTo(12);
            assertThat(server.mostInFlight()).isEqualTo(2);
        }
    }

    @Test
    void requestsPerMinuteSpaceTheCalls() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "ok")) {
            ModelLimits limits = ModelLimits.of(RetryPolicy.never(), new RequestLimits(600, 0));
            ModelClient model = open(server, limits);
            long first = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                model.complete(request("call " + i, 0.5, null));
            }
            // One start every 100 ms from the first: the fifth cannot have arrived before 400 ms.
            assertThat(server.arrivals().get(4) - first).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
        }
    }

    @Test
    void aLangChainCallOfOnesOwnRunsUnderTheSameLimitsInOneCall() {
        try (FakeModelServer server = FakeModelServer.thatReplies("first", "second")) {
            server.failNext(1, 503, "busy", "0");
            ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), new RequestLimits(0, 1), new FakeTicker(), new SplittableRandom(5));
            ChatModel own = OpenAiChatModel.builder().baseUrl(server.openAiBaseUrl()).apiKey("sk-test").modelName("gpt-4o-mini")
                    .maxRetries(0).build();

            ChatResponse response = limits.call(MINI, server.env(), "hosted agent (s0001-t1)", () -> own.chat(UserMessage.from("hi")));

            assertThat(response.aiMessage().text()).isEqualTo("first");
            assertThat(server.requestCount()).isEqualTo(2);
            server.failNext(10, 500, "down", null);
            ModelFailure failure = catchThrowableOfType(ModelFailure.class,
                    () -> limits.call(MINI, server.env(), "hosted agent (s0001-t1)", () -> own.chat(UserMessage.from("hi"))));
            assertThat(failure.getMessage()).contains("(hosted agent (s0001-t1)): gave up after 4 attempts in ", "server error (HTTP 500): down");
        }
    }

    @Test
    void decorrelatedJitterIsAvailableToo() {
        RetryPolicy policy = RetryPolicy.defaults().withJitter(Jitter.DECORRELATED);
        assertThat(policy.jitter()).isEqualTo(Jitter.DECORRELATED);
        assertThat(policy.describe()).isEqualTo("4 attempts within 60.0 s");
    }
}
