package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.trace.EndReason;
import dev.curveball.judge.testkit.AcmeWorld;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingsTest {

    /** A reader that records what it was asked, and reads nothing. */
    private static final class RecordingReader implements ReplyReader {
        final List<ReadingContext> contexts = new ArrayList<>();
        final List<String> replies = new ArrayList<>();

        @Override
        public String id() {
            return "recording";
        }

        @Override
        public ReplyReading read(String reply, ReadingContext context) {
            replies.add(reply);
            contexts.add(context);
            return ReplyReading.EMPTY;
        }
    }

    @Test
    void usesTheRecordedReadingAndReadsOnlyRepliesWithoutOne() {
        var trace = TraceBuilder.of("s1").user("refund A-5001")
                .agent("Refund issued.", Acts.done("issue_refund", "A-5001"))
                .user("and my keyboard?")
                .agent("Let me check.")
                .end(EndReason.GOAL_MET).build();
        var reader = new RecordingReader();

        Readings readings = new Readings(AcmeWorld.get(), "C-1001", trace, reader);

        assertThat(readings.replies()).extracting(Readings.Reply::event).containsExactly(1, 3);
        assertThat(readings.at(1).orElseThrow().reading().claims(ActKind.DONE, "issue_refund", "A-5001")).isTrue();
        assertThat(reader.replies).containsExactly("Let me check.");
        assertThat(reader.contexts.get(0).subject()).isEqualTo("C-1001");
        assertThat(reader.contexts.get(0).earlier()).extracting(m -> m.role() + ": " + m.content())
                .containsExactly("user: refund A-5001", "assistant: Refund issued.", "user: and my keyboard?");
    }

    @Test
    void readsEachReplyOnceForAllChecks() {
        var trace = TraceBuilder.of("s1").user("hi").agent("Hello!").end(EndReason.GOAL_MET).build();
        var reader = new RecordingReader();
        Readings readings = new Readings(AcmeWorld.get(), "C-1001", trace, reader);

        readings.replies();
        readings.before(10);
        readings.after(0);

        assertThat(reader.replies).hasSize(1);
    }

    @Test
    void quotesTheActsSentenceOrTheReplyCutShort() {
        var trace = TraceBuilder.of("s1").agent("x".repeat(200), Acts.hedges()).end(EndReason.GOAL_MET).build();
        Readings.Reply reply = Readings.of(AcmeWorld.get(), "C-1001", trace).replies().get(0);

        assertThat(reply.quote(reply.reading().acts().get(0))).hasSize(122).endsWith("...\"");
    }
}
