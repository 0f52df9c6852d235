package dev.curveball.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.model.ModelCache;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelSpec;
import dev.curveball.core.model.Models;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model reader against a scripted server speaking the OpenAI protocol, so the real client code runs. */
class ModelReplyReaderTest {
    private static final World ACME = WorldLoader.load(Path.of("..", "examples", "acme-support"));
    private static final ReadingContext DANA = new ReadingContext(ACME, "C-1001", List.of(ChatMessage.user("Refund my headphones")));
    private static final String REPLY = "Sorted! Your money for A-5001 is on its way back, reference RF-0001.";

    private static ReplyReader reader(FakeModelServer server) {
        ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), server.env(), ModelCache.disabled());
        return new ModelReplyReader(model, new OfflineReplyReader());
    }

    @Test
    void readsTheActsTheModelAnswersAndKeepsOnlyQuotesFoundInTheReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies("""
                {"acts": [{"act": "done", "tool": "issue_refund", "entity": "A-5001", "field": null, "value": null,
                           "quote": "Your money for A-5001 is on its way back, reference RF-0001."},
                          {"act": "hedges", "tool": null, "entity": null, "field": null, "value": null, "quote": "I am not sure"}]}""")) {
            ReplyReading reading = reader(server).read(REPLY, DANA);

            assertThat(reading.reader()).isEqualTo("openai:gpt-4o-mini");
            assertThat(reading.claims(ActKind.DONE, "issue_refund", "A-5001")).isTrue();
            assertThat(reading.of(ActKind.HEDGES).findFirst().orElseThrow().quote()).as("a quote not in the reply is dropped").isNull();
            String sent = server.lastRequest().lastUserText();
            assertThat(sent).contains("<reply untrusted=\"true\">\n" + REPLY + "\n</reply>").contains("user: Refund my headphones");
            assertThat(server.lastRequest().body().toString()).contains("issue_refund").contains("A-5001").contains("reply_reading");
        }
    }

    @Test
    void fallsBackToTheOfflineReadingWhenTheModelAnswersSomethingThatIsNotTheSchema() {
        try (FakeModelServer server = FakeModelServer.thatReplies("I think the refund was done.")) {
            ReplyReading reading = reader(server).read(REPLY, DANA);

            assertThat(reading.reader()).startsWith("offline (openai:gpt-4o-mini failed: its answer broke the schema");
            assertThat(reading.acts()).isEqualTo(new OfflineReplyReader().read(REPLY, DANA).acts());
        }
    }

    @Test
    void fallsBackWhenTheModelNamesAToolTheWorldLacks() {
        try (FakeModelServer server = FakeModelServer.thatReplies("""
                {"acts": [{"act": "done", "tool": "send_money", "entity": "A-5001", "field": null, "value": null, "quote": null}]}""")) {
            ReplyReading reading = reader(server).read(REPLY, DANA);

            assertThat(reading.reader()).contains("it named a tool the world lacks: send_money");
            assertThat(reading.of(ActKind.DONE)).noneMatch(a -> "send_money".equals(a.tool()));
        }
    }

    @Test
    void fallsBackWhenTheModelServerFails() {
        try (FakeModelServer server = FakeModelServer.thatReplies("{}").failNext(20, 500)) {
            ReplyReading reading = reader(server).read(REPLY, DANA);

            assertThat(reading.reader()).startsWith("offline (openai:gpt-4o-mini failed:");
        }
    }
}
