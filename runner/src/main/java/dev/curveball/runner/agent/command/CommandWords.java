package dev.curveball.runner.agent.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell splits a simple command, without running
 * one: blanks separate words, {@code '...'} keeps everything literally, {@code "..."} keeps
 * everything but {@code \"} and {@code \\}, a backslash outside quotes keeps the next character,
 * and quoted parts join the word around them. Nothing is expanded: no {@code $VAR}, {@code ~},
 * globs, pipes or redirections.
 *
 * <pre>{@code CommandWords.split("python3 'my agent.py' --name \"Dana R\"") // [python3, my agent.py, --name, Dana R]
 * CommandWords.split("python3 'agent.py")  // IllegalArgumentException: unterminated ' quote (opened at character 9)}</pre>
 */
final class CommandWords {
    private CommandWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            switch (c) {
                case '\'' -> i = singleQuoted(line, i, word);
                case '"' -> i = doubleQuoted(line, i, word);
                case '\\' -> {
                    if (i + 1 == line.length()) {
                        throw new IllegalArgumentException("a lone backslash at the end; write \\\\ for a backslash");
                    }
                    word.append(line.charAt(++i));
                }
                default -> word.append(c);
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the quoted text opened at {@code open}; returns the index of the closing quote. */
    private static int singleQuoted(String line, int open, StringBuilder word) {
        int close = line.indexOf('\'', open + 1);
        if (close < 0) {
            throw unterminated('\'', open);
        }
        word.append(line, open + 1, close);
        return close;
    }

    private static int doubleQuoted(String line, int open, StringBuilder word) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                c = line.charAt(++i);
            }
            word.append(c);
        }
        throw unterminated('"', open);
    }

    private static IllegalArgumentException unterminated(char quote, int at) {
        return new IllegalArgumentException("unterminated " + quote + " quote (opened at character " + (at + 1) + ")");
    }
}
