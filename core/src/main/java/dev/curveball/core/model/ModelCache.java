package dev.curveball.core.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Model replies on disk, keyed by a SHA-256 of everything that shapes the reply (provider, model,
 * base URL, messages, parameters, schema) and never of a key. Only successful replies are stored,
 * so a failed call is tried again next time; a repeated run makes no model calls.
 */
public final class ModelCache {
    private ModelCache() {
    }

    /** A cache under {@code dir}, created on first write. */
    public static ModelCache at(Path dir) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** No caching: every call reaches the model. */
    public static ModelCache disabled() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** {@code $CURVEBALL_CACHE_DIR}, else {@code $XDG_CACHE_HOME/curveball/models}, else {@code ~/.cache/curveball/models}. */
    public static Path defaultDir(Map<String, String> environment) {
        throw new UnsupportedOperationException("not built yet");
    }

    public Optional<ModelReply> get(String key) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void put(String key, ModelReply reply) {
        throw new UnsupportedOperationException("not built yet");
    }
}
