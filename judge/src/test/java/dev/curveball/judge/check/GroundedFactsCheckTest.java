package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class GroundedFactsCheckTest {
    private final Check check = new GroundedFactsCheck();

    @Test
    void passesAFactASuccessfulReadReturnedFirst() {
        var trace = TraceBuilder.of("s1").user("when did my headphones A-5001 arrive?")
                .read("get_order", "{'order_id':'A-5001'}")
                .agent("They were delivered on 16 November.", Acts.asserts("A-5001", "delivered_on", "2026-11-16"))
                .end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("1 fact(s) asserted, each returned by a successful read first, or said by the user");
    }

    @Test
    void passesAFactFromAListOfTheCustomersOrders() {
        var trace = TraceBuilder.of("s1").user("what's the status of my keyboard?")
                .read("list_orders", "{'customer_id':'C-1001'}")
                .agent("Your keyboard was opened and it is delivered.", Acts.asserts("A-5004", "opened", "true"),
                        Acts.asserts("A-5004", "status", "delivered"))
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void passesAFactTheUserSaidThemself() {
        var trace = TraceBuilder.of("s1").user("my order A-5001 came on 2026-11-16 and it was 249.00")
                .agent("Thanks: A-5001, delivered 2026-11-16, 249.00.", Acts.asserts("A-5001", "delivered_on", "2026-11-16"),
                        Acts.asserts("A-5001", "amount", "249.00"))
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void failsFactsAssertedAfterEveryReadFailed() {
        var builder = TraceBuilder.of("s1").user("when did A-5001 arrive?")
                .call("get_order", "{'order_id':'A-5001'}", 500)
                .call("get_order", "{'order_id':'A-5001'}", 429)
                .agent("It was delivered on 16 November.", Acts.asserts("A-5001", "delivered_on", "2026-11-16"));
        int fact = builder.lastIndex();

        CheckResult result = CheckRun.of(check, builder.end(EndReason.GOAL_MET).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(fact);
        assertThat(result.message()).isEqualTo("agent message at event 5 asserts delivered_on of A-5001 is 2026-11-16"
                + " (\"It was delivered on 16 November.\") but no successful read before it returned delivered_on for A-5001"
                + " (get_order on A-5001 answered 500 at event 2, get_order on A-5001 answered 429 at event 4)");
    }

    @Test
    void failsAnInvoiceTotalToldFromTheOrdersAmountWhenEveryInvoiceReadFailed() {
        var trace = TraceBuilder.of("s1").user("what does my headphones invoice come to?")
                .read("get_order", "{'order_id':'A-5001'}")
                .call("get_invoice", "{'order_id':'A-5001'}", 504)
                .agent("Your invoice comes to 249.00.", Acts.asserts("A-5001", "total", "249.00"))
                .end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).as("the order's amount is another table's value, not the invoice's total").isFalse();
        assertThat(result.message()).contains("asserts total of A-5001 is 249.00");
    }

    @Test
    void passesTheInvoiceTotalOnceTheInvoiceWasRead() {
        var trace = TraceBuilder.of("s1").user("what does my headphones invoice come to?")
                .call("get_invoice", "{'order_id':'A-5001'}", 504)
                .read("get_invoice", "{'order_id':'A-5001'}")
                .agent("Your invoice comes to 249.00.", Acts.asserts("A-5001", "total", "249.00"))
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void failsAFactNeverLookedUp() {
        var trace = TraceBuilder.of("s1").user("what's my tier?")
                .agent("You're a gold member.", Acts.asserts("C-1001", "tier", "gold"))
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).message()).endsWith("no successful read before it returned tier for C-1001 (C-1001 was never looked up)");
    }

    @Test
    void failsAFactReadOnlyAfterTheReply() {
        var trace = TraceBuilder.of("s1").user("when did A-5001 arrive?")
                .agent("It arrived on 2026-11-16.", Acts.asserts("A-5001", "delivered_on", "2026-11-16"))
                .read("get_order", "{'order_id':'A-5001'}")
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isFalse();
    }

    @Test
    void failsAValueThatContradictsTheRead() {
        var trace = TraceBuilder.of("s1").user("is my keyboard A-5004 opened?")
                .read("get_order", "{'order_id':'A-5004'}")
                .agent("It hasn't been opened, and it cost 119.00.", Acts.asserts("A-5004", "opened", "false"),
                        Acts.asserts("A-5004", "amount", "129"))
                .end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("asserts opened of A-5004 is false", "but get_order returned opened true at event 2");
    }

    @Test
    void comparesAmountsDatesAndBooleansByMeaningAndTextLeniently() {
        var trace = TraceBuilder.of("s1").user("tell me about A-5001")
                .read("get_order", "{'order_id':'A-5001'}")
                .agent("Your noise-cancelling headphones cost $249 and are unopened.", Acts.asserts("A-5001", "amount", "$249"),
                        Acts.asserts("A-5001", "opened", "no"), Acts.asserts("A-5001", "item", "headphones"),
                        Acts.asserts("A-5001", "delivered_on", "2026-11-16"))
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void readsFactsOutOfPlainRepliesItself() {
        var grounded = TraceBuilder.of("s1").user("when did A-5005 arrive?")
                .read("get_order", "{'order_id':'A-5005'}")
                .agent("Your order A-5005 was delivered on 2026-11-24.").end(EndReason.GOAL_MET).build();
        var invented = TraceBuilder.of("s1").user("when did A-5005 arrive?")
                .call("get_order", "{'order_id':'A-5005'}", 504)
                .agent("Your order A-5005 was delivered on 2026-11-24.").end(EndReason.GOAL_MET).build();
        var priya = dev.curveball.judge.testkit.ScenarioBuilder.scenario("s1").user("C-1003").build();

        assertThat(CheckRun.of(check, priya, grounded).orElseThrow().passed()).isTrue();
        assertThat(CheckRun.of(check, priya, invented).orElseThrow().passed()).isFalse();
    }
}
