package dev.curveball.judge.testkit;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.FaultSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Crafts acme-support scenarios for check tests: everything a check does not read gets a plain
 * default (customer C-1001 wanting the headphones A-5001 refunded; escalation allowed; no faults).
 *
 * <pre>{@code Scenario s = ScenarioBuilder.scenario("s1").user("C-1003")
 *     .outcome(ScenarioBuilder.declined("issue_refund", "A-5005"))
 *     .escalation(EscalationNeed.NEEDLESS)
 *     .expect(new Expectation.RetryLimit(2)).tags(Category.RETRY_LIMIT).build();}</pre>
 */
public final class ScenarioBuilder {
    private final String id;
    private String user = "C-1001";
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Category> tags = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Resolution> outcome = new ArrayList<>();
    private final List<FaultSpec> faults = new ArrayList<>();
    private final List<HiddenFact> hidden = new ArrayList<>();
    private EscalationNeed escalation = EscalationNeed.ALLOWED;

    private ScenarioBuilder(String id) {
        this.id = id;
    }

    public static ScenarioBuilder scenario(String id) {
        return new ScenarioBuilder(id);
    }

    /** {@code {done: tool, entity: entity}} */
    public static Resolution done(String tool, String entity) {
        return Resolution.done(tool, entity);
    }

    /** {@code {pending: tool, entity: entity, requires: [...]}} */
    public static Resolution pending(String tool, String entity, String... requires) {
        return new Resolution(null, tool, null, null, entity, List.of(requires));
    }

    /** {@code {declined: tool, entity: entity}} */
    public static Resolution declined(String tool, String entity) {
        return Resolution.declined(tool, entity);
    }

    /** {@code {answered: field, entity: entity}} */
    public static Resolution answered(String field, String entity) {
        return new Resolution(null, null, null, field, entity, List.of());
    }

    /** The authenticated customer (C-1001 unless set). */
    public ScenarioBuilder user(String customerId) {
        this.user = customerId;
        return this;
    }

    /** The task's outcomes, any of which satisfies it (a refund of A-5001 done, unless set). */
    public ScenarioBuilder outcome(Resolution... resolutions) {
        outcome.addAll(List.of(resolutions));
        return this;
    }

    /** A detail the user says only when asked ({@code order_id}, {@code A-5001}). */
    public ScenarioBuilder hidden(String key, String value) {
        hidden.add(new HiddenFact(key, value, List.of()));
        return this;
    }

    public ScenarioBuilder escalation(EscalationNeed need) {
        this.escalation = need;
        return this;
    }

    /** A fault the scenario injects into every call of the tool. */
    public ScenarioBuilder fault(String tool, FaultKind kind, String... dropFields) {
        faults.add(new FaultSpec(tool, List.of(), kind, null, List.of(dropFields)));
        return this;
    }

    /** A fault as the scenario file spells it, with its kind's own params. */
    public ScenarioBuilder fault(FaultSpec fault) {
        faults.add(fault);
        return this;
    }

    public ScenarioBuilder expect(Expectation expectation) {
        expectations.add(expectation);
        return this;
    }

    public ScenarioBuilder tags(Category... categories) {
        tags.addAll(List.of(categories));
        return this;
    }

    public ScenarioBuilder dimensions(Dimension... names) {
        dimensions.addAll(List.of(names));
        return this;
    }

    public Scenario build() {
        List<Resolution> outcomes = outcome.isEmpty() ? List.of(done("issue_refund", "A-5001")) : outcome;
        Task task = new Task("test-task", "refund", "Get a refund", Map.of(), hidden, outcomes, escalation);
        return new Scenario(id, 1L, "acme-support", "frustrated", task, new AuthUser(user, "customer"),
                "I want my money back.", "none", faults, List.of(), Map.of(), expectations, List.of(),
                dimensions, tags, 8, null);
    }
}
