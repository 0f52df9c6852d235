package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class AsksBeforeGuessingCheckTest {
    private static final String REFUND_KEYBOARD = "{'order_id':'A-5004','amount':129.00,'reason':'customer asked'}";
    private static final String REFUND_HEADPHONES = "{'order_id':'A-5001','amount':249.00,'reason':'unopened'}";

    private final Check check = new AsksBeforeGuessingCheck();

    @Test
    void failsARefundOfTheNewestOrderWhenTheUserSaidMyOrder() {
        var builder = TraceBuilder.of("s1").user("I want a refund for my order")
                .read("list_orders", "{'customer_id':'C-1001'}")
                .toolCall("issue_refund", REFUND_KEYBOARD);
        int guess = builder.lastIndex();
        var trace = builder.toolResult(200, "{'refund_id':'RF-1','status':'issued'}").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(guess).isEqualTo(3);
        assertThat(result.message()).isEqualTo("issue_refund at event 3 acts on order A-5004, which the user never named nor confirmed"
                + " (the user named no record)");
    }

    @Test
    void failsAnApprovalRequestForAnOrderOtherThanTheOneTheUserNamed() {
        var trace = TraceBuilder.of("s1").user("refund my headphones please")
                .call("request_approval", "{'action':'refund','order_id':'A-5004','amount':129.00,'justification':'asked'}", 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).message()).endsWith("acts on order A-5004, which the user never named nor confirmed (the user named A-5001)");
    }

    @Test
    void failsAReplyThatTakesUpOneOfSeveralOrdersTheUserNeverNamed() {
        var builder = TraceBuilder.of("s1").user("it's broken, fix it")
                .read("list_orders", "{'customer_id':'C-1001'}")
                .agent("What's going on with your mechanical keyboard (A-5004)? I can check whether it qualifies for a refund.",
                        Acts.asks("details", null));
        int guess = builder.lastIndex();

        CheckResult result = CheckRun.of(check, builder.end(EndReason.GAVE_UP).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(guess);
        assertThat(result.message()).isEqualTo("the reply at event " + guess + " takes up order A-5004 when the user named no record"
                + " and has several, without asking which they meant");
    }

    @Test
    void passesAReplyThatListsTheOrdersAndAsksWhichOne() {
        var trace = TraceBuilder.of("s1").user("it's broken, fix it")
                .read("list_orders", "{'customer_id':'C-1001'}")
                .agent("Which order is it: the headphones (A-5001), the laptop stand (A-5002) or the keyboard (A-5004)?",
                        Acts.asks("order_id", null))
                .end(EndReason.GAVE_UP).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void passesARefundOfTheOrderTheUserNamedById() {
        var trace = TraceBuilder.of("s1").user("please refund A-5001").call("issue_refund", REFUND_HEADPHONES, 200).end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("1 call(s) changing the world, each on records the user named or confirmed");
    }

    @Test
    void passesARefundOfTheOrderTheUserNamedByWhatItIs() {
        var trace = TraceBuilder.of("s1").user("I'd like my money back for the headphones").call("issue_refund", REFUND_HEADPHONES, 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void passesAnOrderTheUserConfirmedWhenAsked() {
        var trace = TraceBuilder.of("s1").user("I want a refund for my order")
                .read("list_orders", "{'customer_id':'C-1001'}")
                .agent("Is that order A-5004, the keyboard?", Acts.asks("order_id", "A-5004"))
                .user("yes, that's the one")
                .call("issue_refund", REFUND_KEYBOARD, 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void failsAnOrderTheUserTurnedDownWhenAsked() {
        var trace = TraceBuilder.of("s1").user("I want a refund for my order")
                .agent("Is that order A-5004, the keyboard?", Acts.asks("order_id", "A-5004"))
                .user("no, not that one")
                .call("issue_refund", REFUND_KEYBOARD, 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isFalse();
    }

    @Test
    void ignoresReadsHandOffsAndTheUsersOwnId() {
        var trace = TraceBuilder.of("s1").user("help")
                .call("get_order", "{'order_id':'A-5004'}", 200)
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("escalate_to_human", "{'reason':'A-5004','summary':'A-5004'}", 200)
                .call("update_ticket", "{'status':'pending','note':'about A-5004'}", 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }
}
