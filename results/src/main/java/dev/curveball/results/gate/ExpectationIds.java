package dev.curveball.results.gate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.World;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The check ids of scenario expectations, and an example of each built-in one to add. */
final class ExpectationIds {
    /** The built-in expectations: their checks run only where a scenario asks for them. */
    static final List<String> BUDGETS_AND_STATE = List.of("cost-budget", "tool-call-budget", "retry-limit", "current-document", "final-state");

    private ExpectationIds() {
    }

    /** The id of the check an expectation asks for: its JSON type name, or a custom check's own id. */
    static String of(Expectation expectation) {
        if (expectation instanceof Expectation.Custom custom) {
            return custom.check();
        }
        return Arrays.stream(Expectation.class.getAnnotation(JsonSubTypes.class).value())
                .filter(t -> t.value().isInstance(expectation)).map(JsonSubTypes.Type::name).findFirst()
                .orElse(expectation.getClass().getSimpleName());
    }

    /** An expectation of the check, filled in from the world where it names one of the world's things. */
    static String example(String check, Optional<World> world) {
        return switch (check) {
            case "cost-budget" -> "`{check: cost-budget, max_usd: 0.50}`";
            case "tool-call-budget" -> "`{check: tool-call-budget, max_calls: 12}`";
            case "token-budget" -> "`{check: token-budget, max_tokens: 20000}`";
            case "retry-limit" -> "`{check: retry-limit, max_retries: 2}`";
            case "current-document" -> "`{check: current-document, document: "
                    + world.flatMap(w -> w.documents().stream().map(Document::docId).findFirst()).orElse("DOC_ID") + "}`";
            case "final-state" -> "`{check: final-state, collection: " + world.flatMap(ExpectationIds::collection).orElse("COLLECTION")
                    + ", where: {}, count: 0}`";
            default -> "`{check: " + check + "}`";
        };
    }

    private static Optional<String> collection(World world) {
        return world.tools().stream().map(t -> t.behaviour() instanceof ToolBehaviour.RecordAction r ? r.collection() : null)
                .filter(c -> c != null).findFirst();
    }
}
