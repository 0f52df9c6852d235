package dev.curveball.generator;

/**
 * What a {@link ModelOpeningWriter} did: openings the model wrote ({@code written}), how many of
 * those scenarios needed more than one attempt ({@code retried}, fallbacks included), how many fell
 * back to the persona's templates after the last attempt ({@code fellBack}), how many model
 * replies were rejected in all, and how many of the openings asked for were rewrites near-duplicate
 * control asked for ({@code rewrites}), so written openings may outnumber scenarios.
 *
 * <pre>{@code WritingTally t = writer.tally();  // written=18, retried=3, fellBack=2, rejectedReplies=7, rewrites=4}</pre>
 */
public record WritingTally(int written, int retried, int fellBack, int rejectedReplies, int rewrites) {
}
