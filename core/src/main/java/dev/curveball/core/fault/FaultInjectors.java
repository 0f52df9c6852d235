package dev.curveball.core.fault;

import dev.curveball.core.category.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The fault kinds installed: every {@link FaultInjector} registered under
 * {@code META-INF/services/dev.curveball.core.fault.FaultInjector}, the built-in ones and any on the
 * class path: the built-ins first, in their registration order, then the others by id.
 * Two injectors sharing an id, or a broken registration, fail loudly on first use.
 *
 * <pre>{@code FaultInjectors.find("timeout")       // Optional[TimeoutFault]
 * FaultInjectors.ids()                   // [timeout, error, rate-limit, partial-data, ...]}</pre>
 */
public final class FaultInjectors {
    private static volatile Map<String, FaultInjector> installed;

    private FaultInjectors() {
    }

    /** The injector of {@code id}, if one is installed. */
    public static Optional<FaultInjector> find(String id) {
        return Optional.ofNullable(all().get(id));
    }

    /** The injector of {@code id}; an unknown id is an {@link IllegalArgumentException} listing the known ones. */
    public static FaultInjector get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("fault kind", id, ids())));
    }

    /** The installed kinds' ids, built-ins first. */
    public static List<String> ids() {
        return List.copyOf(all().keySet());
    }

    /** The position of {@code id} among {@link #ids()}; unknown ids sort last. */
    public static int rank(String id) {
        int rank = ids().indexOf(id);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    private static Map<String, FaultInjector> all() {
        Map<String, FaultInjector> found = installed;
        if (found == null) {
            synchronized (FaultInjectors.class) {
                if (installed == null) {
                    installed = discover();
                }
                found = installed;
            }
        }
        return found;
    }

    private static Map<String, FaultInjector> discover() {
        Map<String, FaultInjector> byId = new LinkedHashMap<>();
        List<FaultInjector> loaded = new ArrayList<>();
        // A broken registration surfaces as ServiceConfigurationError: loud on purpose, never swallowed.
        ServiceLoader.load(FaultInjector.class, FaultInjectors.class.getClassLoader()).forEach(loaded::add);
        // The built-ins come from one registration file, in its order; third-party kinds follow, by id,
        // whatever the class path order, so reports list kinds the same way on every machine.
        loaded.sort(java.util.Comparator.comparing((FaultInjector i) -> !isBuiltIn(i))
                .thenComparing(i -> isBuiltIn(i) ? "" : i.id()));
        for (FaultInjector injector : loaded) {
            FaultInjector clash = byId.putIfAbsent(injector.id(), injector);
            if (clash != null) {
                throw new IllegalStateException("two fault injectors share the id '" + injector.id() + "': "
                        + clash.getClass().getName() + " and " + injector.getClass().getName());
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    private static boolean isBuiltIn(FaultInjector injector) {
        return injector.getClass().getPackageName().equals(FaultInjectors.class.getPackageName());
    }
}
