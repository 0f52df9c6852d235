package dev.curveball.core.model;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.error.Require;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Model replies on disk, keyed by a SHA-256 of everything that shapes the reply (provider, model,
 * base URL, messages, parameters, schema) and never of a key. Only successful replies are stored,
 * so a failed call is tried again next time; a repeated run makes no model calls.
 *
 * <p>Layout: {@code <dir>/<first two hex digits>/<64 hex digits>.json}, one small JSON object per
 * entry ({@code format, key, text, input_tokens, output_tokens}). Entries are written to a temporary
 * file and moved into place, so parallel writers and readers never see half an entry; an entry that
 * cannot be read is a miss and is overwritten by the next reply.
 *
 * <pre>{@code ModelCache cache = ModelCache.at(ModelCache.defaultDir(System.getenv()));
 * ModelClient model = Models.open(spec, System.getenv(), cache);}</pre>
 */
public final class ModelCache {
    /** Names the cache directory; see {@link #defaultDir(Map)}. */
    public static final String DIR_VARIABLE = "CURVEBALL_CACHE_DIR";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");
    private static final ModelCache DISABLED = new ModelCache(null);

    private final Path dir;

    private ModelCache(Path dir) {
        this.dir = dir;
    }

    /** A cache under {@code dir}, created on first write. */
    public static ModelCache at(Path dir) {
        return new ModelCache(Require.present(dir, "cache directory").toAbsolutePath().normalize());
    }

    /** No caching: every call reaches the model. */
    public static ModelCache disabled() {
        return DISABLED;
    }

    /** {@code $CURVEBALL_CACHE_DIR}, else {@code $XDG_CACHE_HOME/curveball/models}, else {@code ~/.cache/curveball/models}. */
    public static Path defaultDir(Map<String, String> environment) {
        String explicit = environment.get(DIR_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.trim());
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg.trim(), "curveball", "models");
        }
        String home = environment.get("HOME");
        home = home == null || home.isBlank() ? System.getProperty("user.home") : home.trim();
        return Path.of(home, ".cache", "curveball", "models");
    }

    /** The directory, or empty for {@link #disabled()}. */
    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }

    /**
     * Whether entries can be stored here: creates the directory and a probe file in it. Empty when they
     * can (or the cache is disabled), else what is in the way, so a command can say so before any call.
     */
    public Optional<String> writeProblem() {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".probe", ".tmp"));
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(reason(e));
        }
    }

    /** The stored reply, marked {@link ModelReply#cached()}; empty when absent, unreadable or disabled. */
    public Optional<ModelReply> get(String key) {
        checkKey(key);
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Entry entry = Json.mapper().readValue(Files.readAllBytes(entry(key)), Entry.class);
            if (entry.format() != CacheKey.FORMAT || !key.equals(entry.key()) || entry.text() == null) {
                return Optional.empty();
            }
            return Optional.of(new ModelReply(entry.text(), entry.inputTokens(), entry.outputTokens(), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent or corrupt: ask the model again and overwrite
        }
    }

    /** Stores {@code reply} under {@code key}; a no-op when disabled. A directory that cannot be written fails (exit 3). */
    public void put(String key, ModelReply reply) {
        checkKey(key);
        Require.present(reply, "reply");
        if (dir == null) {
            return;
        }
        Path target = entry(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), key + ".", ".tmp");
            Entry entry = new Entry(CacheKey.FORMAT, key, reply.text(), reply.inputTokens(), reply.outputTokens());
            Files.write(temporary, (Json.write(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            move(temporary, target);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, "cannot write the model cache entry " + target + " ("
                    + reason(e) + "); set " + DIR_VARIABLE + " to a writable directory", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way: " + exists.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + other.getFile();
        }
        return String.valueOf(e.getMessage());
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Where replacing an open file is refused, a concurrent writer already stored this very call.
            if (!Files.isRegularFile(target)) {
                throw e;
            }
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static void checkKey(String key) {
        Require.check(key != null && KEY.matcher(key).matches(), "model cache key must be lowercase hex, was '" + key + "'");
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a stray temporary file is harmless: entries are only read under their final name
            }
        }
    }

    /** One stored reply; {@code key} guards against a file renamed or copied to the wrong name. */
    record Entry(int format, String key, String text, long inputTokens, long outputTokens) {
    }
}
