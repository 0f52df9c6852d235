package dev.curveball.core.reading;

/**
 * Reads what an agent reply does. One reader serves both the simulated user and the judge, so a
 * reply means the same to both. Offline it is {@link OfflineReplyReader}; with a model,
 * {@link ModelReplyReader}, which falls back to the offline reading when the model fails.
 *
 * <pre>{@code ReplyReader reader = OfflineReplyReader.forWorld(world);
 * ReplyReading reading = reader.read("I've escalated this to a colleague.", context);
 * reading.has(ActKind.HANDS_OFF)  // true}</pre>
 */
public interface ReplyReader {
    /** {@code offline}, or the model that reads, as {@code provider:name}. */
    String id();

    ReplyReading read(String reply, ReadingContext context);
}
