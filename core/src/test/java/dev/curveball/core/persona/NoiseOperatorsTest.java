package dev.curveball.core.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NoiseOperatorsTest {
    private static final String MESSAGE = "Hello, I would really like a refund for my headphones please, because they don't work. Thanks!";
    private static final Noise EVERYTHING = new Noise(1, 1, 1, 1, 1.0);

    @Test
    void leavesTextAloneWithoutNoise() {
        assertThat(NoiseOperators.apply(MESSAGE, Noise.NONE, new Random(1))).isEqualTo(MESSAGE);
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersAcrossSeeds() {
        Noise some = new Noise(0.6, 0.8, 0.2, 0.7, 0.5);

        assertThat(NoiseOperators.apply(MESSAGE, some, new Random(3))).isEqualTo(NoiseOperators.apply(MESSAGE, some, new Random(3)));
        assertThat(LongStream.range(0, 20).mapToObj(s -> NoiseOperators.apply(MESSAGE, some, new Random(s))).distinct().count())
                .isGreaterThan(10);
    }

    @Test
    void neverTouchesIdentifiersOrAmounts() {
        String text = "Please check order A-5001 and invoice INV-9001, the refund of 249.00 for C-1001's keyboard-2 with 1,000 points.";
        for (long seed = 0; seed < 300; seed++) {
            String noisy = NoiseOperators.apply(text, EVERYTHING, new Random(seed));

            assertThat(noisy).contains("A-5001", "INV-9001", "249.00", "C-1001's", "keyboard-2", "1,000");
        }
    }

    @Test
    void abbreviationsAtFullLevelShortenEveryKnownPhraseAndNothingElse() {
        String noisy = NoiseOperators.apply("Please, you are really kind. I don't know what to do with it.", only(Level.ABBREVIATIONS, 1), new Random(5));

        assertThat(noisy).isEqualTo("Pls, u r rly kind. Idk what to do w/ it.");
    }

    @Test
    void typosChangeSomeWordsByOneKeystrokeAndLeaveTheRestAlone() {
        List<String> words = List.of(MESSAGE.split(" "));
        for (long seed = 0; seed < 50; seed++) {
            List<String> noisy = List.of(NoiseOperators.apply(MESSAGE, only(Level.TYPOS, 1), new Random(seed)).split(" "));

            assertThat(noisy).hasSameSizeAs(words);
            IntStream.range(0, words.size()).forEach(i -> assertThat(distance(noisy.get(i), words.get(i))).isLessThanOrEqualTo(2));
        }
        assertThat(changedWords(Level.TYPOS, 1.0)).isGreaterThan(changedWords(Level.TYPOS, 0.3)).isGreaterThan(0);
    }

    @Test
    void typosHitLettersNeverTheApostropheOfAContraction() {
        // "It''s" and "Its'" are artefacts, not typos a thumb makes; dropping the apostrophe is the punctuation operator's job.
        for (long seed = 0; seed < 300; seed++) {
            String noisy = NoiseOperators.apply("It's fine, I've checked, they're here, mine's broken", only(Level.TYPOS, 1), new Random(seed));

            assertThat(noisy).doesNotContain("''").doesNotContainPattern("[A-Za-z]' ").doesNotContainPattern("[A-Za-z]',");
            assertThat(noisy.chars().filter(c -> c == '\'').count()).isEqualTo(4);
        }
    }

    @Test
    void slangAddsOneWordAtTheStartOrTheEnd() {
        List<String> noisy = LongStream.range(0, 40).mapToObj(s -> NoiseOperators.apply(MESSAGE, only(Level.SLANG, 1), new Random(s))).toList();

        assertThat(noisy).allSatisfy(n -> assertThat(n.startsWith(MESSAGE + " ") || n.endsWith(" " + MESSAGE)).as(n).isTrue());
        assertThat(noisy).anyMatch(n -> n.startsWith(MESSAGE)).anyMatch(n -> n.endsWith(MESSAGE));
    }

    @Test
    void casingShoutsOrMumblesTheWholeMessage() {
        List<String> noisy = LongStream.range(0, 40).mapToObj(s -> NoiseOperators.apply(MESSAGE, only(Level.CAPS, 1), new Random(s))).toList();

        assertThat(noisy).allMatch(n -> n.equals(MESSAGE.toUpperCase(Locale.ROOT)) || n.equals(MESSAGE.toLowerCase(Locale.ROOT)));
        assertThat(noisy).contains(MESSAGE.toUpperCase(Locale.ROOT), MESSAGE.toLowerCase(Locale.ROOT));
    }

    @Test
    void punctuationAtFullLevelDropsEverySentenceMarkAndApostrophe() {
        String noisy = NoiseOperators.apply(MESSAGE, only(Level.PUNCTUATION, 1), new Random(2));

        assertThat(noisy).isEqualTo("Hello I would really like a refund for my headphones please because they dont work Thanks");
    }

    @Test
    void eachLevelSetsHowOftenItsOperatorFires() {
        for (Level level : List.of(Level.SLANG, Level.CAPS)) {
            assertThat(messagesChanged(level, 0.2)).as(level.name()).isBetween(20, 60);
            assertThat(messagesChanged(level, 0.8)).as(level.name()).isBetween(140, 180);
        }
        assertThat(changedWords(Level.ABBREVIATIONS, 0.8)).isGreaterThan(changedWords(Level.ABBREVIATIONS, 0.2));
        assertThat(changedWords(Level.PUNCTUATION, 0.8)).isGreaterThan(changedWords(Level.PUNCTUATION, 0.2));
    }

    @Test
    void oneOperatorsLevelNeverMovesAnotherOperatorsChoices() {
        for (long seed = 0; seed < 30; seed++) {
            String quiet = NoiseOperators.apply(MESSAGE, new Noise(0.8, 0.5, 0, 0, 0.0), new Random(seed));
            String loud = NoiseOperators.apply(MESSAGE, new Noise(0.8, 0.5, 1, 0, 0.0), new Random(seed));

            assertThat(loud.toLowerCase(Locale.ROOT)).isEqualTo(quiet.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void punctuationDefaultsToTheTypoLevel() {
        assertThat(new Noise(0.4, 0, 0, 0).punctuation()).isEqualTo(0.4);
        assertThat(new Noise(0.4, 0, 0, 0, 0.9).punctuation()).isEqualTo(0.9);
    }

    private enum Level { TYPOS, ABBREVIATIONS, CAPS, SLANG, PUNCTUATION }

    private static Noise only(Level level, double value) {
        return new Noise(level == Level.TYPOS ? value : 0, level == Level.ABBREVIATIONS ? value : 0,
                level == Level.CAPS ? value : 0, level == Level.SLANG ? value : 0, level == Level.PUNCTUATION ? value : 0.0);
    }

    /** Of 200 seeds, how many changed the message at all. */
    private static int messagesChanged(Level level, double value) {
        return (int) LongStream.range(0, 200).filter(s -> !NoiseOperators.apply(MESSAGE, only(level, value), new Random(s)).equals(MESSAGE)).count();
    }

    /** Over 100 seeds, how many words came out different. */
    private static int changedWords(Level level, double value) {
        String[] words = MESSAGE.split(" ");
        int changed = 0;
        for (long seed = 0; seed < 100; seed++) {
            String[] noisy = NoiseOperators.apply(MESSAGE, only(level, value), new Random(seed)).split(" ");
            for (int i = 0; i < Math.min(words.length, noisy.length); i++) {
                changed += noisy[i].equals(words[i]) ? 0 : 1;
            }
        }
        return changed;
    }

    private static int distance(String a, String b) {
        return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
