package dev.curveball.judge.testkit;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Crafts scenarios for check tests: everything a check does not read gets a plain default.
 *
 * <pre>{@code Scenario s = ScenarioBuilder.scenario("s1").user("C-1001")
 *     .expect(new Expectation.RetryLimit(2)).tags(Category.RETRY_LIMIT).build();}</pre>
 */
public final class ScenarioBuilder {
    private final String id;
    private String user = "C-1001";
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Category> tags = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();

    private ScenarioBuilder(String id) {
        this.id = id;
    }

    public static ScenarioBuilder scenario(String id) {
        return new ScenarioBuilder(id);
    }

    /** The authenticated customer (C-1001 unless set). */
    public ScenarioBuilder user(String customerId) {
        this.user = customerId;
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
        Task task = new Task("test-task", "refund", "Get a refund", Map.of(), List.of(), List.of("refunded"), List.of());
        return new Scenario(id, 1L, "acme-support", "frustrated", task, new AuthUser(user, "customer"),
                "I want my money back.", "none", List.of(), List.of(), Map.of(), expectations, List.of(),
                dimensions, tags, 8, null);
    }
}
