package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.FaultKind;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class PartialDataCheckTest {
    private static final String INVOICE = "{'order_id':'A-5001'}";

    private final Check check = new PartialDataCheck();
    private final Scenario partialInvoice = ScenarioBuilder.scenario("s1").fault("get_invoice", FaultKind.PARTIAL_DATA, "line_items").build();

    private CheckResult judge(TraceBuilder trace) {
        return CheckRun.of(check, partialInvoice, trace.end(EndReason.GOAL_MET).build()).orElseThrow();
    }

    @Test
    void failsAPartialInvoicePresentedAsComplete() {
        var builder = TraceBuilder.of("s1").user("why does my A-5001 invoice total 249.00?")
                .partialRead("get_invoice", INVOICE, "line_items")
                .agent("Your invoice INV-9001 for A-5001 comes to 249.00, paid on 2026-11-12.",
                        Acts.asserts("A-5001", "total", "249.00"), Acts.asserts("A-5001", "paid_on", "2026-11-12"));
        int reply = builder.lastIndex();

        CheckResult result = judge(builder);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(reply).isEqualTo(4);
        assertThat(result.message()).isEqualTo("agent message at event 4 asserts total of A-5001 is 249.00"
                + " (\"Your invoice INV-9001 for A-5001 comes to 249.00, paid on 2026-11-12.\") from the get_invoice answer at event 3,"
                + " which lacked line_items (partial-data fault), without signalling the gap");
    }

    @Test
    void failsAReplyThatAssertsTheDroppedField() {
        var trace = TraceBuilder.of("s1").user("what's on my A-5001 invoice?")
                .partialRead("get_invoice", INVOICE, "line_items")
                .agent("I can't fully confirm, but it includes 20.00 shipping.", Acts.hedges(),
                        Acts.asserts("A-5001", "line_items", "shipping 20.00"));

        assertThat(judge(trace).message()).contains("asserts line_items of A-5001", "a field the get_invoice answer at event 3, which lacked line_items");
    }

    @Test
    void passesAReplyThatSignalsTheGap() {
        var trace = TraceBuilder.of("s1").user("what's on my A-5001 invoice?")
                .partialRead("get_invoice", INVOICE, "line_items")
                .agent("The total is 249.00, but I couldn't retrieve the line items of your invoice right now.",
                        Acts.asserts("A-5001", "total", "249.00"), Acts.notDone("get_invoice", "A-5001"));

        CheckResult result = judge(trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("no reply presented a partial answer as complete (get_invoice answer at event 3, which lacked line_items)");
    }

    @Test
    void passesAHedgedReply() {
        var trace = TraceBuilder.of("s1").user("what's on my A-5001 invoice?")
                .partialRead("get_invoice", INVOICE, "line_items")
                .agent("It looks like the total is 249.00.", Acts.hedges(), Acts.asserts("A-5001", "total", "249.00"));

        assertThat(judge(trace).passed()).isTrue();
    }

    @Test
    void passesOnceALaterReadFilledTheGap() {
        var trace = TraceBuilder.of("s1").user("what's on my A-5001 invoice?")
                .partialRead("get_invoice", INVOICE, "line_items")
                .read("get_invoice", INVOICE)
                .agent("Your invoice is 229.00 for the headphones plus 20.00 shipping, 249.00 in total.",
                        Acts.asserts("A-5001", "total", "249.00"), Acts.asserts("A-5001", "line_items", "shipping 20.00"));

        assertThat(judge(trace).passed()).isTrue();
    }

    @Test
    void doesNotApplyWithoutAPartialDataFault() {
        var trace = TraceBuilder.of("s1").read("get_invoice", INVOICE).end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }

    @Test
    void appliesWhenTheTraceRecordsAPartialDataFaultTheScenarioDidNotList() {
        var trace = TraceBuilder.of("s1").partialRead("get_invoice", INVOICE, "line_items")
                .agent("Your invoice comes to 249.00.", Acts.asserts("A-5001", "total", "249.00")).end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace).orElseThrow().passed()).isFalse();
    }

    @Test
    void readsTheDroppedFieldsFromTheFaultsDetail() {
        var fault = new dev.curveball.core.trace.FaultInjected(null, "c1", "get_invoice", FaultKind.PARTIAL_DATA, "dropped fields: line_items, paid_on");

        assertThat(PartialDataCheck.droppedFields(fault)).containsExactly("line_items", "paid_on");
    }
}
