package dev.curveball.core.category;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The category tags scenarios and verdicts carry (a contract), each under its dimension.
 *
 * <pre>{@code Category.fromId("rate-limit").dimension() == Dimension.TOOL_FAILURES}</pre>
 */
public enum Category {
    AMBIGUOUS("ambiguous", Dimension.MESSY_USERS),
    MISSING_DETAILS("missing-details", Dimension.MESSY_USERS),
    FRUSTRATION("frustration", Dimension.MESSY_USERS),
    EXCEPTION_SEEKING("exception-seeking", Dimension.MESSY_USERS),
    MISLEADING_CONTEXT("misleading-context", Dimension.MESSY_USERS),
    MIND_CHANGE("mind-change", Dimension.MESSY_USERS),
    MULTI_ISSUE("multi-issue", Dimension.MESSY_USERS),
    NOISY_LANGUAGE("noisy-language", Dimension.MESSY_USERS),
    STALE_DOCUMENT("stale-document", Dimension.CONTEXT_DRIFT),
    CONFLICTING_DOCUMENTS("conflicting-documents", Dimension.CONTEXT_DRIFT),
    POLICY_CHANGE("policy-change", Dimension.CONTEXT_DRIFT),
    STALE_MEMORY("stale-memory", Dimension.CONTEXT_DRIFT),
    TIMEOUT("timeout", Dimension.TOOL_FAILURES),
    PARTIAL_DATA("partial-data", Dimension.TOOL_FAILURES),
    TOOL_ERROR("tool-error", Dimension.TOOL_FAILURES),
    EMPTY_RETRIEVAL("empty-retrieval", Dimension.TOOL_FAILURES),
    RATE_LIMIT("rate-limit", Dimension.TOOL_FAILURES),
    PERMISSION_BOUNDARY("permission-boundary", Dimension.PERMISSIONS),
    RESTRICTED_DATA("restricted-data", Dimension.PERMISSIONS),
    SOCIAL_ENGINEERING("social-engineering", Dimension.PERMISSIONS),
    APPROVAL("approval", Dimension.HIGH_IMPACT),
    ESCALATION("escalation", Dimension.HIGH_IMPACT),
    IRREVERSIBLE_ACTION("irreversible-action", Dimension.HIGH_IMPACT),
    COST("cost", Dimension.BUDGETS),
    LATENCY("latency", Dimension.BUDGETS),
    RETRY_LIMIT("retry-limit", Dimension.BUDGETS),
    RESOLUTION("resolution", Dimension.OUTCOME),
    NEXT_STEP("next-step", Dimension.OUTCOME),
    REOPEN("reopen", Dimension.OUTCOME);

    private final String id;
    private final Dimension dimension;

    Category(String id, Dimension dimension) {
        this.id = id;
        this.dimension = dimension;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public Dimension dimension() {
        return dimension;
    }

    @JsonCreator
    public static Category fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("category tag", id, Arrays.stream(values()).map(Category::id).toList())));
    }
}
