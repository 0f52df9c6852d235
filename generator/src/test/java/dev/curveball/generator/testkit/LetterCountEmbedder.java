package dev.curveball.generator.testkit;

import dev.curveball.generator.dedup.OpeningEmbedder;
import java.util.Locale;

/** A stand-in for a sentence model: counts of each letter a-z, so texts with the same letters are "paraphrases". */
public final class LetterCountEmbedder implements OpeningEmbedder {
    private int calls;

    @Override
    public String id() {
        return "letter-count";
    }

    @Override
    public float[] embed(String text) {
        calls++;
        float[] v = new float[26];
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                v[c - 'a']++;
            }
        }
        return v;
    }

    public int calls() {
        return calls;
    }
}
