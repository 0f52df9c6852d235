package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.RecordedRequest;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and run with --model, through the real LangChain4j client against a local scripted model server. */
class ModelCommandsEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    static final String PERSONAS = "src/test/resources/model-personas";
    static final String MODEL = "openai:gpt-4o-mini";
    static final String OPENING = "Hello, I have a problem with something I ordered and I'd like it sorted out.";
    static final List<String> OPENINGS = List.of(OPENING, "Good morning, one of my deliveries went wrong, can you check it?",
            "Hi there, quick question about a purchase that never felt right.", "Evening! My parcel situation is a mess, please help.");
    private static final Pattern HIDDEN = Pattern.compile(": ([^\\n]+?) \\(say it only when");
    private static final Pattern GOAL = Pattern.compile("Their goal, known only to you and the player: ([^\\n]+)");
    private static final Pattern TURN = Pattern.compile("This is your message (\\d+) of");

    @TempDir
    Path tmp;

    /** A brief that names every fact the prompt says the user keeps back. */
    static String brief(RecordedRequest request) {
        StringBuilder brief = new StringBuilder("You are a calm customer who wants this sorted out, polite and plain, "
                + "and you give up when ignored.");
        Matcher facts = HIDDEN.matcher(request.texts("user").get(0));
        while (facts.find()) {
            brief.append(" You know: ").append(facts.group(1)).append('.');
        }
        return brief.toString();
    }

    /** The first of OPENINGS the prompt does not ask to avoid (near-duplicate control sends the noisy earlier ones). */
    static String goodOpening(RecordedRequest request) {
        String prompt = letters(request.texts("user").get(0));
        String opening = OPENINGS.stream().filter(o -> !prompt.contains(letters(o))).findFirst().orElseThrow();
        return Json.write(Map.of("opening", opening, "brief", brief(request)));
    }

    private static String letters(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "");
    }

    /** The scenario writer's replies by attempt: malformed JSON, then the goal pasted in, then a good one. */
    static String malformedThenLeakingThenGood(RecordedRequest request) {
        return switch (request.texts("user").size()) {
            case 1 -> "{\"opening\": \"Hi there\", \"brief\": ";
            case 2 -> {
                Matcher goal = GOAL.matcher(request.texts("user").get(0));
                goal.find();
                yield Json.write(Map.of("opening", "Hi. " + goal.group(1), "brief", brief(request)));
            }
            default -> goodOpening(request);
        };
    }

    /** A model-driven user that presses on, then gives up once its patience (1) allows. */
    static String userThatGivesUp(RecordedRequest request) {
        Matcher turn = TURN.matcher(request.lastUserText());
        int message = turn.find() ? Integer.parseInt(turn.group(1)) : 0;
        return message >= 3 ? Json.write(Map.of("message", "Never mind, I'll go elsewhere.", "stop", "gave_up"))
                : Json.write(Map.of("message", "I'd rather not say yet. Can you just help me?", "stop", "continue"));
    }

    static String writerOrUser(RecordedRequest request) {
        return request.systemText().isEmpty() ? goodOpening(request) : userThatGivesUp(request);
    }

    private CliRun generate(FakeModelServer server, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--world", WORLD, "--personas", PERSONAS,
                "--count", "3", "--seed", "11", "--model", MODEL, "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.with(server.env(), args.toArray(String[]::new));
    }

    @Test
    void generateRetriesMalformedAndGoalLeakingRepliesAndWritesTheGoodOne() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::malformedThenLeakingThenGood)) {
            Path out = tmp.resolve("scenarios.jsonl");
            CliRun run = CliRun.with(server.env(), "generate", "--world", WORLD, "--personas", PERSONAS, "--count", "1",
                    "--seed", "11", "--model", MODEL, "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            Scenario scenario = Jsonl.read(out, Scenario.class).get(0);
            assertThat(scenario.opening()).isEqualTo(OPENING);
            assertThat(scenario.brief()).startsWith("You are a calm customer");
            assertThat(server.requests()).hasSize(3);
            assertThat(server.requests().get(1).lastUserText()).contains("does not match the JSON schema", "not JSON");
            assertThat(server.requests().get(2).lastUserText()).contains("the opening copies the goal word for word");
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.model()).isEqualTo("gpt-4o-mini"));
            assertThat(run.out()).contains("openings: 1 written by the model, 1 retried, 0 fell back to templates (2 replies rejected)",
                    "model openai:gpt-4o-mini: 3 requests, 0 answered from the cache, 0 failed");
        }
    }

    @Test
    void theSuiteConfigCanNameTheModel() throws Exception {
        Path config = tmp.resolve("curveball.yaml");
        Files.writeString(config, "world: " + Path.of(WORLD).toAbsolutePath() + "\npersonas: " + Path.of(PERSONAS).toAbsolutePath()
                + "\ncount: 2\nseed: 11\nscenarios: scenarios.jsonl\nmodel: " + MODEL + "\n");
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::goodOpening)) {
            CliRun run = CliRun.with(server.env(), "generate", "--config", config.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.requestCount()).isPositive();
            assertThat(Jsonl.read(tmp.resolve("scenarios.jsonl"), Scenario.class)).allSatisfy(s -> assertThat(s.brief()).isNotNull());
        }
    }

    @Test
    void generateTwiceWithTheCacheMakesNoRequestTheSecondTimeAndWritesTheSameFile() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::goodOpening)) {
            CliRun first = generate(server, tmp.resolve("first.jsonl"));
            int requests = server.requestCount();
            CliRun second = generate(server, tmp.resolve("second.jsonl"));

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            // Three openings, plus the rewrites near-duplicate control asks for (the script's first answer repeats).
            assertThat(requests).isGreaterThan(3);
            assertThat(server.requestCount()).isEqualTo(requests);
            assertThat(second.out()).contains("model openai:gpt-4o-mini: 0 requests, " + requests + " answered from the cache");
            assertThat(first.out()).containsPattern("openings: " + requests + " written by the model, .*\\(" + (requests - 3)
                    + " of the " + requests + " asked for were rewrites of near-duplicates\\)");
            assertThat(Files.readString(tmp.resolve("second.jsonl"))).isEqualTo(Files.readString(tmp.resolve("first.jsonl")));
            assertThat(filesUnder(server.cacheDir())).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.readString(file)).doesNotContain(FakeModelServer.API_KEY));
        }
    }

    @Test
    void modelCacheOptionsChooseTheDirectoryOrTurnTheCacheOff() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::goodOpening)) {
            Path cache = tmp.resolve("my-cache");
            assertThat(generate(server, tmp.resolve("a.jsonl"), "--model-cache", cache.toString()).exitCode()).isZero();
            int firstRun = server.requestCount();
            assertThat(filesUnder(cache)).hasSize(firstRun);
            assertThat(generate(server, tmp.resolve("b.jsonl"), "--no-model-cache").exitCode()).isZero();
            assertThat(server.requestCount()).isEqualTo(2 * firstRun);

            CliRun both = generate(server, tmp.resolve("c.jsonl"), "--no-model-cache", "--model-cache", cache.toString());
            assertThat(both.exitCode()).isEqualTo(2);
            assertThat(both.err()).contains("--model-cache and --no-model-cache exclude each other");
        }
    }

    @Test
    void runWithAModelPlaysUsersThatEndOnTheirStopSignalAndRecordsTheModel() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD, "--personas", PERSONAS,
                    "--count", "2", "--seed", "5", "--model", MODEL, "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            assertThat(traces).hasSize(2).allSatisfy(trace -> {
                ConversationEnd end = trace.end().orElseThrow();
                assertThat(end.reason()).isEqualTo(EndReason.GAVE_UP);
                assertThat(end.detail()).isEqualTo("model user gave up after 2 agent replies (patience 1)");
                // with --model the model reads every reply; this script answers reader requests with a user turn, so the
                // reading falls back to the offline reader and says so
                assertThat(trace.eventsOf(dev.curveball.core.trace.AgentMessage.class)).isNotEmpty().allSatisfy(m ->
                        assertThat(m.reading().reader()).startsWith("offline (" + MODEL + " failed:"));
            });
            assertThat(Jsonl.read(out.resolve("scenarios.jsonl"), Scenario.class)).allSatisfy(s -> assertThat(s.opening()).isIn(OPENINGS));
            var manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("user_simulator").asText()).isEqualTo(MODEL);
            assertThat(manifest.path("opening_writer").asText()).isEqualTo(MODEL);
            assertThat(manifest.path("models").get(0).asText()).isEqualTo(MODEL);
            assertThat(filesUnder(out)).allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain(FakeModelServer.API_KEY));
            assertThat(run.out()).contains("model openai:gpt-4o-mini: ");
        }
    }

    @Test
    void aModelAnsweringFiveHundredMakesConversationsErrorsAndTheRunFinishesWithExitThree() throws Exception {
        Path scenarios = tmp.resolve("scenarios.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--seed", "4", "--out", scenarios.toString()).exitCode()).isZero();
        try (FakeModelServer server = FakeModelServer.thatReplies();
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD, "--scenarios", scenarios.toString(),
                    "--model", MODEL, "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("curveball: the model openai:gpt-4o-mini could not play the users: all 2 conversations are ERRORs; the first: user simulator failed: ", "HTTP 500").contains(out.toString());
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            assertThat(traces).hasSize(2).allSatisfy(trace -> {
                assertThat(trace.errored()).isTrue();
                ErrorEvent error = trace.eventsOf(ErrorEvent.class).get(0);
                assertThat(error.source()).isEqualTo(ErrorEvent.Source.SIMULATOR);
                assertThat(error.message()).startsWith("user simulator failed: ");
            });
            assertThat(Json.mapper().readTree(Files.readString(out.resolve("summary.json"))).path("errors").asInt()).isEqualTo(2);
        }
    }

    @Test
    void generatingWithAModelThatIsDownIsAnInfrastructureFailure() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            CliRun run = generate(server, tmp.resolve("s.jsonl"));

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).startsWith("curveball: ").doesNotContain("Exception");
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
