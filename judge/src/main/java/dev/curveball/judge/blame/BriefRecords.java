package dev.curveball.judge.blame;

import dev.curveball.core.reading.RecordMentions;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records a simulated user's brief holds: the ones its scenario names anywhere (opening, goal,
 * slots, hidden facts, outcomes, model-written brief). A user that names by id another record of
 * the same table as its task's own (another order than the one it came about) contradicts its brief.
 */
final class BriefRecords {
    private final World world;
    private final Set<String> known;
    private final Set<String> taskTables;
    private final String briefText;

    BriefRecords(World world, Scenario scenario) {
        this.world = world;
        Task task = scenario.task();
        List<String> texts = new ArrayList<>(List.of(scenario.opening(), task.goal() == null ? "" : task.goal()));
        texts.addAll(task.slots().values());
        task.hidden().forEach(f -> texts.add(f.value()));
        if (scenario.brief() != null) {
            texts.add(scenario.brief());
        }
        this.briefText = String.join("\n", texts);
        this.known = Stream.concat(texts.stream().flatMap(t -> RecordMentions.in(world, t, scenario.user().id()).stream()
                        .map(RecordMentions.Named::id)), task.outcome().stream().map(Resolution::entity).filter(Objects::nonNull))
                .map(BriefRecords::key).collect(Collectors.toSet());
        this.taskTables = task.outcome().stream().map(Resolution::entity).filter(Objects::nonNull)
                .flatMap(e -> tablesOf(e).stream()).collect(Collectors.toSet());
    }

    /** A record of the task's tables that {@code text} names by id and the brief does not hold. */
    Optional<String> unknownNamed(String text, String subject) {
        return namedById(text, subject).filter(id -> !known.contains(key(id)) && !briefText.toLowerCase(Locale.ROOT)
                .contains(id.toLowerCase(Locale.ROOT))).filter(id -> tablesOf(id).stream().anyMatch(taskTables::contains)).findFirst();
    }

    /** Another record of the fact's table that {@code text} names by id in place of the fact's value, when the fact is a record id. */
    Optional<String> otherRecordFor(HiddenFact fact, String text, String subject) {
        Set<String> tables = tablesOf(fact.value());
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        return namedById(text, subject).filter(id -> !key(id).equals(key(fact.value())))
                .filter(id -> tablesOf(id).stream().anyMatch(tables::contains)).findFirst();
    }

    private Stream<String> namedById(String text, String subject) {
        return RecordMentions.in(world, text, subject).stream().filter(RecordMentions.Named::byId).map(RecordMentions.Named::id)
                .filter(id -> !id.equalsIgnoreCase(subject));
    }

    private Set<String> tablesOf(String id) {
        return world.tables().entrySet().stream().filter(t -> rowOf(t.getValue(), id)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static boolean rowOf(Table table, String id) {
        return id != null && table.row(id.strip()).isPresent();
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
