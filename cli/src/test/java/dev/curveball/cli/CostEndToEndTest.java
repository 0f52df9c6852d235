package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.cost.Role;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost per role, price tables and --max-spend, from the curveball command, over real HTTP on loopback. */
class CostEndToEndTest {
    private static final String WORLD = ModelCommandsEndToEndTest.WORLD;
    private static final String PERSONAS = ModelCommandsEndToEndTest.PERSONAS;

    @TempDir
    Path tmp;

    private CliRun runWithModelUsers(FakeModelServer server, HttpTestAgent agent, Path out, String model, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--agent", agent.url(), "--world", WORLD, "--personas", PERSONAS,
                "--count", "2", "--seed", "5", "--model", model, "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.with(server.env(), args.toArray(String[]::new));
    }

    private static JsonNode summary(Path out) throws IOException {
        return Json.mapper().readTree(Files.readString(out.resolve("summary.json")));
    }

    private static List<Usage> usage(Path out, Role role) {
        return Jsonl.read(out.resolve("traces.jsonl"), Trace.class).stream()
                .flatMap(t -> t.eventsOf(Usage.class).stream()).filter(u -> u.role() == role).toList();
    }

    private static BigDecimal priced(List<Usage> usages, String inPerMillion, String outPerMillion) {
        long in = usages.stream().mapToLong(Usage::inputTokens).sum();
        long out = usages.stream().mapToLong(Usage::outputTokens).sum();
        return new BigDecimal(inPerMillion).multiply(BigDecimal.valueOf(in)).add(new BigDecimal(outPerMillion).multiply(BigDecimal.valueOf(out)))
                .divide(BigDecimal.valueOf(1_000_000), 10, RoundingMode.HALF_UP);
    }

    @Test
    void aRunSplitsTokensAndCostByAgentUserAndJudgeInTheSummaryAndTheVerdicts() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = runWithModelUsers(server, agent, out, "openai:gpt-4o-mini");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode cost = summary(out).path("cost");
            int replies = agent.requests().size();
            assertThat(cost.path("agent").path("input_tokens").asLong()).isEqualTo(120L * replies);
            assertThat(cost.path("agent").path("output_tokens").asLong()).isEqualTo(30L * replies);
            assertThat(cost.path("agent").path("usd").decimalValue()).isEqualByComparingTo(new BigDecimal("0.0004").multiply(BigDecimal.valueOf(replies)));
            List<Usage> user = usage(out, Role.USER);
            assertThat(user).isNotEmpty().allSatisfy(u -> {
                assertThat(u.model()).isEqualTo("openai:gpt-4o-mini");
                assertThat(u.costSource()).isEqualTo(Usage.CostSource.PRICE_TABLE);
            });
            assertThat(cost.path("user").path("input_tokens").asLong()).isEqualTo(user.stream().mapToLong(Usage::inputTokens).sum()).isPositive();
            assertThat(cost.path("user").path("usd").decimalValue()).isEqualByComparingTo(priced(user, "0.15", "0.60"));
            assertThat(cost.path("user").path("unpriced_tokens").asLong()).isZero();
            assertThat(cost.path("judge").path("input_tokens").asLong()).isZero();
            assertThat(cost.path("total").path("usd").decimalValue())
                    .isEqualByComparingTo(cost.path("agent").path("usd").decimalValue().add(cost.path("user").path("usd").decimalValue()));
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).allSatisfy(v -> assertThat(v.cost().user().tokens()).isPositive());
            assertThat(run.out()).containsPattern("cost: agent \\$0\\.\\d+ \\([\\d,]+ tokens\\), user \\$0\\.\\d+ \\([\\d,]+ tokens\\), "
                    + "judge \\$0 \\(0 tokens\\); total \\$0\\.\\d+");
        }
    }

    @Test
    void aModelTheTableLacksIsUnpricedWithItsTokensCountedAndAPriceFileCanPriceIt() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path unpriced = tmp.resolve("unpriced");
            CliRun run = runWithModelUsers(server, agent, unpriced, "openai:our-finetune");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode user = summary(unpriced).path("cost").path("user");
            assertThat(user.path("unpriced_tokens").asLong()).isPositive().isEqualTo(user.path("input_tokens").asLong() + user.path("output_tokens").asLong());
            assertThat(user.path("usd").decimalValue()).isEqualByComparingTo("0");
            assertThat(run.out()).containsPattern("user unpriced \\([\\d,]+ tokens\\)").contains("total $0.00").contains("+ unpriced");

            Path prices = tmp.resolve("prices.yaml");
            Files.writeString(prices, "prices:\n  - {provider: openai, model: our-finetune, input_per_million: 1000, output_per_million: 2000}\n");
            Path priced = tmp.resolve("priced");
            CliRun again = runWithModelUsers(server, agent, priced, "openai:our-finetune", "--prices", prices.toString());

            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(summary(priced).path("cost").path("user").path("usd").decimalValue())
                    .isEqualByComparingTo(priced(usage(priced, Role.USER), "1000", "2000")).isPositive();
            assertThat(summary(priced).path("cost").path("user").path("unpriced_tokens").asLong()).isZero();
        }
    }

    @Test
    void aBadPriceFileIsBadInputNamingItsLineAndField() throws Exception {
        Path prices = tmp.resolve("prices.yaml");
        Files.writeString(prices, "prices:\n  - {provider: openai, model: gpt-4o, input_per_million: 1, output_per_milion: 2}\n");

        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "1", "--out", tmp.resolve("run").toString(),
                "--prices", prices.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: " + prices + ":2:").contains("output_per_milion").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theJudgesModelCallsAreTheJudgesCost() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(JudgeModelEndToEndTest::quotingJudge)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", "careful", "--world", WORLD, "--count", "2", "--seed", "7",
                    "--out", out.toString(), "--judge-model", "openai:gpt-4o-mini");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode cost = summary(out).path("cost");
            long perVerdict = Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class).stream().mapToLong(v -> v.cost().judge().inputTokens()).sum();
            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(cost.path("judge").path("input_tokens").asLong()).isEqualTo(perVerdict).isPositive();
            assertThat(cost.path("judge").path("usd").decimalValue()).isPositive();
            assertThat(cost.path("user").path("input_tokens").asLong()).isZero();
            assertThat(cost.path("agent").path("usd").decimalValue()).isEqualByComparingTo("0");
        }
    }

    @Test
    void maxSpendStopsStartingConversationsSaysSoAndAResumePlaysTheRest() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "4", "--seed", "3", "--parallel", "1",
                    "--out", out.toString(), "--max-spend", "0.0001");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class)).hasSize(1);
            JsonNode stopped = summary(out).path("stopped");
            assertThat(stopped.path("reason").asText()).isEqualTo("max-spend");
            assertThat(stopped.path("not_played").asInt()).isEqualTo(3);
            assertThat(stopped.path("limit_usd").decimalValue()).isEqualByComparingTo("0.0001");
            assertThat(run.out()).contains("stopped at the --max-spend limit: 3 conversations not played");
            assertThat(run.err()).contains("1/4 conversations played");

            CliRun resumed = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--out", out.toString(), "--resume");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            assertThat(traces).hasSize(4).extracting(Trace::scenarioId).doesNotHaveDuplicates();
            assertThat(summary(out).has("stopped")).isFalse();
            assertThat(summary(out).path("conversations").asInt()).isEqualTo(4);
            assertThat(resumed.out()).doesNotContain("--max-spend limit");
        }
    }

    @Test
    void theSuiteConfigNamesAPriceFileBesideItAndASpendLimit() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path suite = Files.createDirectories(tmp.resolve("suite"));
            Files.writeString(suite.resolve("our-prices.yaml"),
                    "prices:\n  - {provider: openai, model: our-finetune, input_per_million: 1000, output_per_million: 1000}\n");
            Files.writeString(suite.resolve("curveball.yaml"), "world: " + Path.of(WORLD).toAbsolutePath() + "\npersonas: "
                    + Path.of(PERSONAS).toAbsolutePath() + "\ncount: 3\nseed: 5\nparallel: 1\nmodel: openai:our-finetune\n"
                    + "prices: our-prices.yaml\nmax_spend: 0.000001\n");
            Path out = tmp.resolve("run");

            CliRun run = CliRun.with(server.env(), "--config", suite.resolve("curveball.yaml").toString(), "run", "--agent", agent.url(),
                    "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(summary(out).path("cost").path("user").path("usd").decimalValue()).isPositive();
            assertThat(summary(out).path("stopped").path("not_played").asInt()).isEqualTo(2);
            JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("prices").path("overrides").get(0).asText()).endsWith("our-prices.yaml");
            assertThat(manifest.path("prices").path("as_of").asText()).isEqualTo(dev.curveball.core.cost.PriceTable.shipped().asOf().toString());
            assertThat(manifest.path("max_spend_usd").decimalValue()).isEqualByComparingTo("0.000001");
        }
    }

    @Test
    void theSuiteConfigSetsTheSpendLimitAndABadOneNamesItsLine() throws Exception {
        Path config = tmp.resolve("curveball.yaml");
        Files.writeString(config, "world: " + Path.of(WORLD).toAbsolutePath() + "\ncount: 3\nmax_spend: 0\n");

        CliRun bad = CliRun.in(tmp, "run", "--agent", "naive", "--out", tmp.resolve("bad").toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("curveball.yaml:3:").contains("max_spend").doesNotContain("Exception");
    }
}
