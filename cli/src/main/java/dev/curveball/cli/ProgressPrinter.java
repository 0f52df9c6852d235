package dev.curveball.cli;

import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.cost.RoleCost;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.ResumedTraces;
import dev.curveball.results.RunListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows a run's progress on stderr: done of total, pass, fail and error so far, the time left at the
 * recent rate and the spend. On a terminal ({@link #live}) it is one line redrawn in place, at most
 * ten times a second; elsewhere (a CI log) a plain line every tenth of the run or every 30 seconds,
 * whichever comes first. The last line is always printed ({@link #finish}). Counts only go up:
 * parallel conversations report their counts in any order, and a count lower than one already
 * seen is not shown again.
 *
 * <pre>{@code [#####-----] 420/1000  pass 300 fail 100 error 20  ETA 1m12s  $0.42      (live)
 *   420/1000 conversations played  pass 300 fail 100 error 20  ETA 1m12s  $0.42   (plain)}</pre>
 */
final class ProgressPrinter implements RunListener {
    static final long REDRAW_MILLIS = 100;
    static final long PLAIN_EVERY_MILLIS = 30_000;
    private static final int BAR = 10;

    private final PrintWriter err;
    private final boolean live;
    private final LongSupplier clock;
    private final RecentRate rate;
    private int highest;
    private int total;
    private int printed;
    private long printedAt;
    private int passed;
    private int failed;
    private int errors;
    private int ungraded;
    private ConversationCost spent = ConversationCost.NONE;
    private int drawnWidth;
    private boolean finalShown;

    private ProgressPrinter(PrintWriter err, boolean live, LongSupplier clock) {
        this.err = err;
        this.live = live;
        this.clock = clock;
        this.rate = new RecentRate();
        this.printedAt = clock.getAsLong();
        rate.add(printedAt, 0);
    }

    /** Plain lines, as for a CI log. */
    ProgressPrinter(PrintWriter err) {
        this(err, false, System::currentTimeMillis);
    }

    /** One line redrawn in place: for a terminal only (it writes carriage returns). */
    static ProgressPrinter live(PrintWriter terminal, LongSupplier clockMillis) {
        return new ProgressPrinter(terminal, true, clockMillis);
    }

    static ProgressPrinter plain(PrintWriter err, LongSupplier clockMillis) {
        return new ProgressPrinter(err, false, clockMillis);
    }

    @Override
    public synchronized void conversationEnded(Verdict verdict, int done, int total) {
        this.total = total;
        count(verdict);
        if (done <= highest) {
            return;
        }
        highest = done;
        long now = clock.getAsLong();
        rate.add(now, done);
        if (done == total) {
            show(now, true);
        } else if (live ? now - printedAt >= REDRAW_MILLIS : due(done, now)) {
            show(now, false);
        }
    }

    /** The last line, if it is not on the screen yet: a run stopped short (--max-spend, an interrupt) never reaches its total. */
    synchronized void finish() {
        if (!finalShown && total > 0) {
            show(clock.getAsLong(), true);
        }
    }

    private boolean due(int done, long now) {
        int step = Math.max(1, total / 10);
        return done / step > printed / step || now - printedAt >= PLAIN_EVERY_MILLIS;
    }

    private void count(Verdict verdict) {
        if (verdict == null) {
            return;
        }
        switch (verdict.outcome()) {
            case PASS -> passed++;
            case FAIL -> failed++;
            case ERROR -> errors++;
            case UNGRADED -> ungraded++;
        }
        spent = spent.plus(verdict.costOrNone());
    }

    private void show(long now, boolean last) {
        printed = highest;
        printedAt = now;
        finalShown = last;
        if (live) {
            String line = bar() + " " + highest + "/" + total + "  " + figures(last);
            int pad = Math.max(0, drawnWidth - line.length());
            drawnWidth = line.length();
            err.print("\r" + line + " ".repeat(pad) + (last ? "\n" : ""));
        } else {
            err.println("  " + highest + "/" + total + " conversations played  " + figures(last));
        }
        err.flush();
    }

    private String bar() {
        int filled = total == 0 ? 0 : (int) Math.min(BAR, (long) highest * BAR / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
    }

    /** "pass 300 fail 100 error 20  ETA 1m12s  $0.42": no ETA on the last line, no spend while nothing was counted. */
    private String figures(boolean last) {
        StringBuilder line = new StringBuilder("pass ").append(passed).append(" fail ").append(failed).append(" error ").append(errors);
        if (ungraded > 0) {
            line.append(" ungraded ").append(ungraded);
        }
        if (!last) {
            line.append("  ETA ").append(rate.eta(total - highest).map(ProgressPrinter::duration).orElse("--"));
        }
        RoleCost total = spent.total();
        if (total.tokens() > 0 || total.usd().signum() > 0) { // nothing counted is not "$0": an agent may just not report usage
            line.append("  ").append(total.describeUsd());
        }
        return line.toString();
    }

    /** "45s", "1m12s", "2h03m". */
    static String duration(long millis) {
        long seconds = Math.max(0, (millis + 999) / 1000);
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format("%02d", seconds % 3600 / 60) + "m";
    }

    /** "resuming: 7 of 40 conversations already played; dropped 33 duplicate trace lines and 1 line cut short by a crash". */
    @Override
    public synchronized void resumed(ResumedTraces previous, int total) {
        highest = previous.kept();
        printed = highest;
        this.total = total;
        rate.reset(clock.getAsLong(), highest);
        StringBuilder line = new StringBuilder("  resuming: " + previous.kept() + " of " + total + " conversations already played");
        if (previous.droppedAny()) {
            line.append("; dropped from traces.jsonl ");
            if (previous.duplicates() > 0) {
                line.append(previous.duplicates()).append(previous.duplicates() == 1 ? " duplicate line" : " duplicate lines")
                        .append(" (a scenario and trial already there; the first was kept)");
            }
            if (previous.cutShort()) {
                line.append(previous.duplicates() > 0 ? " and " : "").append("1 last line cut short by a crash");
            }
        }
        err.println(line);
        err.flush();
    }
}
