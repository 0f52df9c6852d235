package dev.curveball.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a width at spaces, paragraph by paragraph (a newline starts one, so an agent's
 * lists and blank lines stay); a word longer than a line, such as compact JSON, is broken where the
 * line ends. A paragraph's leading spaces are kept on its first line.
 *
 * <pre>{@code LineWrapper.wrap("one two three", 7)  // ["one two", "three"]}</pre>
 */
final class LineWrapper {
    private LineWrapper() {
    }

    static List<String> wrap(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, w, lines);
        }
        return lines;
    }

    /**
     * Breaks {@code text} into lines of at most {@code width} characters for JSON, whose spaces are
     * mostly inside its strings: after the last comma, colon or space in the line's last third when
     * there is one, else where the line ends.
     */
    static List<String> cut(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (rest.length() > w) {
                int end = breakAfter(rest, w);
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            lines.add(rest);
        }
        return lines;
    }

    private static int breakAfter(String text, int width) {
        for (int i = width - 1; i >= width * 2 / 3; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == ' ') {
                return i + 1;
            }
        }
        return width;
    }

    private static void wrapParagraph(String paragraph, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int start = 0;
        while (start < paragraph.length() && paragraph.charAt(start) == ' ') {
            start++;
        }
        line.append(paragraph, 0, Math.min(start, width - 1));
        boolean lineHasWord = false;
        for (String word : paragraph.substring(start).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineHasWord && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineHasWord = false;
            }
            if (lineHasWord) {
                line.append(' ');
            }
            String rest = word;
            while (line.length() + rest.length() > width) {
                int room = width - line.length();
                if (room <= 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.append(rest, 0, room);
                lines.add(line.toString());
                line.setLength(0);
                rest = rest.substring(room);
            }
            line.append(rest);
            lineHasWord = !line.isEmpty();
        }
        lines.add(line.toString());
    }
}
