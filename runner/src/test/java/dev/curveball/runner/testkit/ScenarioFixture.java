package dev.curveball.runner.testkit;

import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios for tests, with only what a test cares about spelled out.
 *
 * <pre>{@code Scenario s = ScenarioFixture.asCustomer("C-1001")
 *         .fault("get_invoice", FaultKind.TIMEOUT, 1).setting("approval_status", "approved").build();}</pre>
 */
public final class ScenarioFixture {
    private final String user;
    private final List<FaultSpec> faults = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private String id = "s0001";
    private String persona = "test-persona";

    private ScenarioFixture(String user) {
        this.user = user;
    }

    public static ScenarioFixture asCustomer(String customerId) {
        return new ScenarioFixture(customerId);
    }

    public ScenarioFixture id(String scenarioId) {
        this.id = scenarioId;
        return this;
    }

    /** The persona playing the user (one of ../personas when a run plays the scenario). */
    public ScenarioFixture persona(String personaId) {
        this.persona = personaId;
        return this;
    }

    /** A fault on the given calls of {@code tool} (every call when none are given). */
    public ScenarioFixture fault(String tool, FaultKind kind, Integer... calls) {
        return fault(new FaultSpec(tool, List.of(calls), kind, null, null));
    }

    public ScenarioFixture timeout(String tool, int delayMs, Integer... calls) {
        return fault(new FaultSpec(tool, List.of(calls), FaultKind.TIMEOUT, delayMs, null));
    }

    public ScenarioFixture partialData(String tool, List<String> dropFields, Integer... calls) {
        return fault(new FaultSpec(tool, List.of(calls), FaultKind.PARTIAL_DATA, null, dropFields));
    }

    public ScenarioFixture fault(FaultSpec spec) {
        faults.add(spec);
        return this;
    }

    public ScenarioFixture setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    public Scenario build() {
        Task task = new Task("test-task", "refund", "Get a refund", Map.of(), List.of(), List.of(Resolution.done("issue_refund", null)),
                EscalationNeed.NEEDLESS);
        return new Scenario(id, 1L, "acme-support", persona, task, new AuthUser(user, "customer"),
                "Hi, I need help with an order.", "test", faults, List.of(), settings, List.of(), List.of(),
                List.of(), List.of(), 8, null);
    }
}
