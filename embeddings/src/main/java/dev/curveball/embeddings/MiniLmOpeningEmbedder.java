package dev.curveball.embeddings;

import dev.curveball.generator.dedup.OpeningEmbedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The all-MiniLM-L6-v2 sentence model, in-process (ONNX), as the generator's
 * {@link OpeningEmbedder}: 384-dimension unit vectors, about 5 ms a sentence on one core. The
 * model (about 1.7 s to load) is loaded on the first opening, so merely having this module on the
 * class path costs nothing. Its tokenizer silently cuts input at 128 wordpieces (about 90 words);
 * openings are far shorter.
 */
public final class MiniLmOpeningEmbedder implements OpeningEmbedder {
    private volatile EmbeddingModel model;

    @Override
    public String id() {
        return "all-minilm-l6-v2";
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
