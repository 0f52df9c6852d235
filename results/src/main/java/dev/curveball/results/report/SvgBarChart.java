package dev.curveball.results.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of pass rates as inline SVG: one bar per row, its 95% interval drawn as a
 * whisker from low to high, the figures written beside it. Every coordinate is computed from the
 * rows; labels go through {@link Escaping}.
 */
final class SvgBarChart {
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 360;
    private static final int TEXT_WIDTH = 260;
    private static final int ROW = 24;
    private static final int TOP = 8;

    private SvgBarChart() {
    }

    static String of(String title, List<RateRow> rows) {
        int height = TOP * 2 + ROW * rows.size() + 16;
        int width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(Escaping.html(title)).append("\">\n");
        svg.append("<title>").append(Escaping.html(title)).append("</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL_WIDTH + BAR_WIDTH * tick / 100.0;
            int bottom = TOP + ROW * rows.size();
            svg.append(line(x, TOP, x, bottom, "grid")).append(String.format(Locale.ROOT,
                    "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d%%</text>%n", x, bottom + 13, tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            svg.append(row(rows.get(i), TOP + ROW * i));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String row(RateRow row, int y) {
        double mid = y + ROW / 2.0;
        StringBuilder out = new StringBuilder("<g class=\"bar\">");
        out.append("<title>").append(Escaping.html(row.label() + ": " + figures(row))).append("</title>");
        out.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                LABEL_WIDTH - 8, mid + 4, Escaping.html(row.label())));
        out.append(String.format(Locale.ROOT, "<rect class=\"rate\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>",
                LABEL_WIDTH, mid - 7, BAR_WIDTH * row.rate(), 14));
        row.interval().ifPresent(ci -> {
            double low = LABEL_WIDTH + BAR_WIDTH * ci.low();
            double high = LABEL_WIDTH + BAR_WIDTH * ci.high();
            out.append(line(low, mid, high, mid, "whisker")).append(line(low, mid - 5, low, mid + 5, "whisker"))
                    .append(line(high, mid - 5, high, mid + 5, "whisker"));
        });
        out.append(String.format(Locale.ROOT, "<text class=\"figure\" x=\"%d\" y=\"%.1f\">%s</text>",
                LABEL_WIDTH + BAR_WIDTH + 10, mid + 4, Escaping.html(figures(row))));
        return out.append("</g>\n").toString();
    }

    /** {@code 85.0% (95% CI 64.0–94.8%), 17 of 20}. */
    static String figures(RateRow row) {
        return String.format(Locale.ROOT, "%.1f%%", row.rate() * 100)
                + row.interval().map(ci -> " (95% CI " + ci.percent() + ")").orElse("") + ", " + row.passed() + " of " + row.judged();
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", cssClass, x1, y1, x2, y2);
    }
}
