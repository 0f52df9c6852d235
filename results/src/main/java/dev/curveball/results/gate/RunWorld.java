package dev.curveball.results.gate;

import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The world a run was played in, for the risk backlog's suggestions: the folder given, else the one
 * the manifest names ({@code world_source}, a path as the run was started, or {@code bundled:...}
 * for the demo world). Never an error: without the world the backlog suggests in general terms and
 * says why ({@link #missing}).
 */
record RunWorld(Optional<World> world, String missing) {
    private static final String BUNDLED = "bundled:";

    static RunWorld of(Manifest manifest, Optional<Path> given) {
        String source = given.map(Path::toString).orElse(manifest.worldSource());
        if (source == null || source.isBlank()) {
            return new RunWorld(Optional.empty(), "the manifest names no world folder (world_source)");
        }
        try {
            if (source.startsWith(BUNDLED)) {
                return new RunWorld(Optional.of(WorldLoader.loadResource(source.substring(BUNDLED.length()))), null);
            }
            if (!Files.isDirectory(Path.of(source))) {
                return new RunWorld(Optional.empty(), "the run's world folder '" + source + "' is not there from here (pass --world DIR)");
            }
            World world = WorldLoader.load(Path.of(source));
            if (manifest.world() != null && !manifest.world().equals(world.name())) {
                return new RunWorld(Optional.empty(), source + " holds world '" + world.name() + "', not the run's '" + manifest.world() + "'");
            }
            return new RunWorld(Optional.of(world), null);
        } catch (RuntimeException e) {
            return new RunWorld(Optional.empty(), "the world at '" + source + "' did not load: " + e.getMessage());
        }
    }
}
