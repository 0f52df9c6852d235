package dev.curveball.judge.testkit;

import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;

/**
 * The demo world {@code acme-support}, loaded once from the examples folder (surefire runs in the
 * module directory, so the path is relative to {@code judge/}).
 *
 * <pre>{@code World acme = AcmeWorld.get();}</pre>
 */
public final class AcmeWorld {
    private static World world;

    private AcmeWorld() {
    }

    public static synchronized World get() {
        if (world == null) {
            world = WorldLoader.load(Path.of("../examples/acme-support"));
        }
        return world;
    }
}
