package dev.curveball.judge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class TranscriptTest {
    private final Trace trace = TraceBuilder.of("s1").user("where is   my\nrefund?")
            .read("get_order", "{'order_id':'A-5001'}")
            .agent("I\u2019m sorry \u2014 the refund of 249.00 is PENDING approval.").end(EndReason.GOAL_MET).build();
    private final Transcript transcript = Transcript.of(trace);

    @Test
    void numbersEachMessageByItsTraceEventAndKeepsItOnOneLine() {
        assertThat(transcript.text()).isEqualTo("[0] USER: where is   my refund?\n[3] AGENT: I\u2019m sorry \u2014 the refund of 249.00 is PENDING approval.");
    }

    @Test
    void findsAQuoteAfterFoldingCaseWhitespaceAndTypographicPunctuation() {
        assertThat(transcript.contains("i'm sorry - the refund of 249.00 is pending")).isTrue();
        assertThat(transcript.contains("WHERE IS MY REFUND")).isTrue();
        assertThat(transcript.contains("[3] AGENT: I\u2019m sorry")).isTrue();
    }

    @Test
    void refusesAQuoteThatIsNotThereOrSpansTwoMessagesOrIsBlank() {
        assertThat(transcript.contains("the refund of 249.00 was issued")).isFalse();
        assertThat(transcript.contains("refund? I'm sorry")).isFalse();
        assertThat(transcript.contains("   ")).isFalse();
    }

    @Test
    void theFenceMarkerIsTheSameForTheSameConversationAndDiffersForAnother() {
        assertThat(Transcript.of(trace).nonce()).isEqualTo(transcript.nonce()).hasSize(12);
        Trace other = TraceBuilder.of("s1").user("hello").agent("hi").end(EndReason.GOAL_MET).build();
        assertThat(Transcript.of(other).nonce()).isNotEqualTo(transcript.nonce());
    }
}
