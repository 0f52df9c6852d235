package dev.curveball.core.model;

/** Checks a structured reply's text against its {@link ResponseSchema}. */
final class StructuredReplies {
    private StructuredReplies() {
    }

    static ResponseSchema.SchemaCheck check(ResponseSchema schema, String replyText) {
        throw new UnsupportedOperationException("not built yet");
    }
}
