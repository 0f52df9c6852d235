package dev.curveball.core.world;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import dev.curveball.core.fault.FaultInjector;
import dev.curveball.core.fault.FaultInjectors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A kind of fault, by id, as fault profiles, scenarios and traces name it ({@code kind: timeout}).
 * What it does is its {@link FaultInjector}'s, looked up in {@link FaultInjectors}; reading an id no
 * installed injector has is an error listing the known ones. Kinds are interned, so one id is one
 * instance; they sort as {@link FaultInjectors#ids()} lists them.
 *
 * <pre>{@code FaultKind.fromId("timeout").categories()  // [timeout]
 * FaultKind.fromId("tiemout")                // unknown fault kind 'tiemout' (did you mean 'timeout'?)}</pre>
 */
public final class FaultKind implements Comparable<FaultKind> {
    private static final Map<String, FaultKind> INTERNED = new ConcurrentHashMap<>();

    public static final FaultKind TIMEOUT = of("timeout");
    public static final FaultKind ERROR = of("error");
    public static final FaultKind RATE_LIMIT = of("rate-limit");
    public static final FaultKind PARTIAL_DATA = of("partial-data");
    public static final FaultKind SUPERSEDED_FIRST = of("superseded-first");
    public static final FaultKind EMPTY_RETRIEVAL = of("empty-retrieval");
    public static final FaultKind PERMISSION_DENIED = of("permission-denied");
    public static final FaultKind INJECTED_INSTRUCTIONS = of("injected-instructions");
    public static final FaultKind SILENT_NO_OP = of("silent-no-op");

    private final String id;

    private FaultKind(String id) {
        this.id = id;
    }

    /** The kind of an installed injector; an unknown id is an {@link IllegalArgumentException} naming the known ones. */
    @JsonCreator
    public static FaultKind fromId(String id) {
        FaultInjectors.get(Require.text(id, "kind"));
        return of(id);
    }

    /** Every installed kind, built-ins first. */
    public static List<FaultKind> all() {
        return FaultInjectors.ids().stream().map(FaultKind::of).toList();
    }

    private static FaultKind of(String id) {
        return INTERNED.computeIfAbsent(id, FaultKind::new);
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** What the kind does, from the registry. */
    public FaultInjector injector() {
        return FaultInjectors.get(id);
    }

    public List<Category> categories() {
        return injector().categories();
    }

    @Override
    public int compareTo(FaultKind other) {
        int byRank = Integer.compare(FaultInjectors.rank(id), FaultInjectors.rank(other.id));
        return byRank != 0 ? byRank : id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultKind kind && kind.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
