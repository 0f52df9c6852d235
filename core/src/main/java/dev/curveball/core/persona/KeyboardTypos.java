package dev.curveball.core.persona;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * One typo in a word, the way thumbs make them on a QWERTY keyboard: a neighbouring key hit
 * instead, two letters swapped, a letter dropped, or a letter doubled. The first letter stays, so
 * the word is still recognisable.
 */
final class KeyboardTypos {
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private KeyboardTypos() {
    }

    /**
     * {@code word} has at least four characters. Only letters are hit (an apostrophe doubled or
     * swapped, "It''s", is an artefact; dropping it is the punctuation operator's job), and a swap
     * needs a letter on both sides, else the neighbouring key is hit instead.
     */
    static String typo(String word, Random random) {
        int[] letters = IntStream.range(1, word.length() - 1).filter(at -> Character.isLetter(word.charAt(at))).toArray();
        if (letters.length == 0) {
            return word;
        }
        int i = letters[random.nextInt(letters.length)];
        char c = word.charAt(i);
        int kind = random.nextInt(4);
        if (kind == 1 && !Character.isLetter(word.charAt(i + 1))) {
            kind = 0;
        }
        return switch (kind) {
            case 0 -> word.substring(0, i) + adjacentKey(c, random) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.charAt(i + 1) + c + word.substring(i + 2);
            case 2 -> word.substring(0, i) + word.substring(i + 1);
            default -> word.substring(0, i) + c + word.substring(i);
        };
    }

    /** A key next to {@code c} on its row, in the same case; {@code c} itself when it is not a letter key. */
    static char adjacentKey(char c, Random random) {
        char lower = Character.toLowerCase(c);
        for (String row : ROWS) {
            int at = row.indexOf(lower);
            if (at >= 0) {
                int neighbour = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
                char replacement = row.charAt(neighbour);
                return Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement;
            }
        }
        return c;
    }
}
