package dev.curveball.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.io.Json;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageRolesTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aUsageWrittenBeforeRolesIsTheAgentsWithTheCostItReported() throws Exception {
        Usage old = (Usage) Json.mapper().readValue(
                "{\"type\":\"usage\",\"at\":\"2026-11-26T10:00:00Z\",\"input_tokens\":10,\"output_tokens\":5,\"cost_usd\":0.002}", TraceEvent.class);

        assertThat(old.role()).isEqualTo(Role.AGENT);
        assertThat(old.costUsd()).isEqualByComparingTo("0.002");
        assertThat(old.costSource()).isEqualTo(Usage.CostSource.REPORTED);
    }

    @Test
    void aUserUsageRoundTripsWithItsModelAndAnUnpricedOneHasNoCost() throws Exception {
        Usage user = new Usage(AT, 100, 20, null, Role.USER, "openai:gpt-99", null);
        String json = Json.write(user);

        assertThat(json).contains("\"role\":\"user\"", "\"model\":\"openai:gpt-99\"").doesNotContain("cost_usd");
        assertThat(Json.mapper().readValue(json, TraceEvent.class)).isEqualTo(user);
        assertThat(user.unpriced()).isTrue();
    }

    @Test
    void pricingKeepsAReportedCostPricesAKnownModelAndLeavesAnUnknownOneUnpriced() {
        Usage reported = new Usage(AT, 1_000_000, 0, new BigDecimal("9"), Role.AGENT, "openai:gpt-4o-mini", null);
        Usage known = new Usage(AT, 1_000_000, 0, null, Role.USER, "openai:gpt-4o-mini", null);
        Usage unknown = new Usage(AT, 1_000, 0, null, Role.AGENT, "openai:gpt-99", null);
        Trace trace = new Trace(1, "s1", 1, "s1-t1", "agent", List.of(reported, known, unknown), null);

        Trace priced = TracePricing.price(trace, PriceTable.shipped());

        List<Usage> usages = priced.eventsOf(Usage.class);
        assertThat(usages.get(0).costUsd()).isEqualByComparingTo("9");
        assertThat(usages.get(1).costUsd()).isEqualByComparingTo("0.15");
        assertThat(usages.get(1).costSource()).isEqualTo(Usage.CostSource.PRICE_TABLE);
        assertThat(usages.get(2).unpriced()).isTrue();

        ConversationCost cost = ConversationCost.of(priced, List.of(new ModelTokens("openai:gpt-4o-mini", 0, 1_000_000)), PriceTable.shipped());
        assertThat(cost.agent().usd()).isEqualByComparingTo("9");
        assertThat(cost.agent().unpricedTokens()).isEqualTo(1_000);
        assertThat(cost.agent().describeUsd()).isEqualTo("$9.00 + unpriced");
        assertThat(cost.user().usd()).isEqualByComparingTo("0.15");
        assertThat(cost.judge().usd()).isEqualByComparingTo("0.6");
        assertThat(cost.usd()).isEqualByComparingTo("9.75");
    }
}
