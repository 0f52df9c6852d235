package dev.curveball.generator;

/**
 * What a {@link ModelOpeningWriter} did: openings the model wrote ({@code written}), how many of
 * those scenarios needed more than one attempt ({@code retried}, fallbacks included), how many fell
 * back to the persona's templates after the last attempt ({@code fellBack}), and how many model
 * replies were rejected in all.
 *
 * <pre>{@code WritingTally t = writer.tally();  // written=18, retried=3, fellBack=2, rejectedReplies=7}</pre>
 */
public record WritingTally(int written, int retried, int fellBack, int rejectedReplies) {
}
