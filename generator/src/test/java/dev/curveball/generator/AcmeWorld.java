package dev.curveball.generator;

import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo world and the persona folder, read from the source tree the tests run in. */
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
        return new World(world.name(), world.description(), world.today(), world.subject(), world.settings(),
                world.tools(), world.tables(), world.documents(), world.restricted(), world.faultProfiles(), tasks);
    }
}
