package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.RestrictedField;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo world and the persona folder, read from the source tree the tests run in, and variations of it. */
final class AcmeWorld {
    private AcmeWorld() {
    }

    static Path projectRoot() {
        // Surefire runs each module's tests with the module folder as basedir.
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
    }

    static World load() {
        return WorldLoader.load(projectRoot().resolve("examples/acme-support"));
    }

    static Path personaFolder() {
        return projectRoot().resolve("personas");
    }

    /** The same world with one more task. */
    static World withTask(World world, TaskSeed extra) {
        List<TaskSeed> tasks = new ArrayList<>(world.tasks());
        tasks.add(extra);
        return with(world, tasks, world.faultProfiles(), world.restricted());
    }

    static World with(World world, List<TaskSeed> tasks, List<FaultProfile> profiles, List<RestrictedField> restricted) {
        return new World(world.name(), world.description(), world.today(), world.subject(), world.settings(),
                world.tools(), world.tables(), world.documents(), restricted, profiles, tasks, world.synonyms(), world.policies());
    }

    /** The task with other fault profiles and without the given tags. */
    static TaskSeed reshaped(TaskSeed t, List<String> faults, List<Category> droppedTags) {
        List<Category> tags = t.tags().stream().filter(tag -> !droppedTags.contains(tag)).toList();
        return new TaskSeed(t.id(), t.user(), t.intent(), t.goal(), t.slots(), t.hidden(), t.outcome(), t.escalation(),
                tags, faults, t.expectations(), t.settings(), t.memory());
    }
}
