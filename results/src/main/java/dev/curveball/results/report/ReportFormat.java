package dev.curveball.results.report;

import dev.curveball.core.error.CurveballException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The reports a run directory can hold, each under its file name (a contract of the run directory). */
public enum ReportFormat {
    HTML("html", "report.html"),
    MARKDOWN("md", "report.md"),
    JUNIT("junit", "junit.xml");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * The formats a comma-separated list names ({@code html,md,junit}); bad input (exit 2) naming
     * the {@code flag} for an unknown one or an empty list.
     */
    public static Set<ReportFormat> parse(String list, String flag) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            formats.add(Arrays.stream(values()).filter(f -> f.id.equals(name) || f.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> CurveballException.invalidInput(flag + ": unknown report format '" + part.strip()
                            + "' (expected a comma-separated list of " + ids() + ")")));
        }
        return formats;
    }

    /** {@code html, md, junit}. */
    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
