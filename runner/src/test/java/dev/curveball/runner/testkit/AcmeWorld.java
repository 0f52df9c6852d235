package dev.curveball.runner.testkit;

import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;

/** The demo world {@code acme-support}, loaded once from {@code examples/} (surefire runs in the module directory). */
public final class AcmeWorld {
    private static final World WORLD = WorldLoader.load(Path.of("../examples/acme-support"));

    private AcmeWorld() {
    }

    public static World world() {
        return WORLD;
    }
}
