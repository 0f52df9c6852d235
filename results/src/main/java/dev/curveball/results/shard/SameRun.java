package dev.curveball.results.shard;

import dev.curveball.core.error.CurveballException;
import dev.curveball.results.Manifest;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether shards are slices of one run: cut into as many shards, from the same scenario list
 * (its fingerprint), played against the same agent in the same world, as many trials, by the same
 * users, judged the same way. The first difference is bad input naming both directories.
 */
final class SameRun {
    private record Field(String name, Function<ShardRun, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("scenario list (suite_fingerprint)", s -> s.shard().suiteFingerprint()),
            new Field("agent", s -> s.manifest().agent()),
            new Field("world", s -> s.manifest().world()),
            new Field("number of trials", s -> s.manifest().trials()),
            new Field("user simulator", s -> s.manifest().userSimulator()),
            new Field("models", s -> s.manifest().models()),
            new Field("seed", s -> s.manifest().seed()),
            new Field("judging (views_not_available in summary.json)", s -> s.summary().viewsNotAvailable()),
            new Field("turn timeout (turn_timeout_ms)", s -> s.manifest().turnTimeoutMs()));

    private SameRun() {
    }

    /** Refuses the first shard that differs from {@code first} in how it was cut or what it played. */
    static void require(ShardRun first, List<ShardRun> shards) {
        for (ShardRun other : shards) {
            if (other.shard().count() != first.shard().count()) {
                throw CurveballException.invalidInput(other.directory() + " is shard " + other.shard().shard() + ", " + first.directory()
                        + " is shard " + first.shard().shard() + ": cut into a different number of shards, so not shards of one run");
            }
            for (Field field : FIELDS) {
                Object mine = field.value().apply(other);
                Object theirs = field.value().apply(first);
                if (!Objects.equals(mine, theirs)) {
                    throw CurveballException.invalidInput(other.directory() + ": not a shard of the same run as " + first.directory()
                            + ": its " + field.name() + " is " + shown(mine) + ", " + first.directory() + "'s is " + shown(theirs));
                }
            }
        }
    }

    private static String shown(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
