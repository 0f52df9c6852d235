package dev.curveball.results.report;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reports of a run, written into its directory: {@code report.html} (one self-contained page),
 * {@code report.md} (a CI step summary or PR comment, under 65,000 characters) and {@code junit.xml}
 * (one test case per conversation and trial). The entry point {@code curveball report},
 * {@code run --report} and {@code nightly} call.
 *
 * <pre>{@code List<Path> written = RunReports.write(Path.of("runs/nightly"), EnumSet.allOf(ReportFormat.class));}</pre>
 */
public final class RunReports {
    private RunReports() {
    }

    /**
     * Writes the reports in {@code formats} into the run directory {@code runDir}, in the order of
     * {@link ReportFormat}, and returns their paths; bad input (exit 2) when it holds no judged run.
     */
    public static List<Path> write(Path runDir, Set<ReportFormat> formats) {
        ReportedRun run = ReportedRun.read(runDir);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (formats.contains(format)) {
                Path file = runDir.resolve(format.fileName());
                replace(file, render(run, format));
                written.add(file);
            }
        }
        return written;
    }

    static String render(ReportedRun run, ReportFormat format) {
        return switch (format) {
            case HTML -> HtmlReport.of(run);
            case MARKDOWN -> MarkdownReport.of(run);
            case JUNIT -> JunitReport.of(run);
        };
    }

    /** Written beside its place and moved over it, so a CI step never reads half a report. */
    private static void replace(Path file, String content) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot write: " + FileErrors.reason(e), e);
        }
    }
}
