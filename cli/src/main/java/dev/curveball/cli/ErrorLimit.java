package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.RunErrors;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * When a run's ERRORs make it fail (exit 3): every conversation an ERROR, so nothing was judged, or
 * a larger share of them than {@code --max-error-rate}. The files stay written either way; the
 * line says why, with the first reason, so a CI log that keeps only stderr still tells.
 */
final class ErrorLimit {
    /** {@code --max-error-rate}'s default: a run that is more ERROR than judged measures the setup, not the agent. */
    static final String DEFAULT = "0.5";

    private ErrorLimit() {
    }

    /** {@code --max-error-rate}: a number from 0 to 1. */
    static final class Rate implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double rate;
            try {
                rate = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a number from 0 to 1, got '" + value + "'");
            }
            if (!(rate >= 0 && rate <= 1)) {
                throw new CommandLine.TypeConversionException("expected a number from 0 to 1 (a share of the conversations), got '" + value + "'");
            }
            return rate;
        }
    }

    static void enforce(RunErrors errors, double maxRate, Path directory) {
        if (errors.errors() == 0) {
            return;
        }
        String first = "first reason (" + conversations(errors.reasons().get(0).count()) + "): " + errors.reasons().get(0).text()
                + "; results written to " + directory;
        if (errors.everyConversation()) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, (errors.conversations() == 1 ? "the only conversation is"
                    : "all " + errors.conversations() + " conversations are") + " ERROR, so nothing was judged: exit 3; " + first);
        }
        if (errors.share() > maxRate) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, errors.errors() + " of " + errors.conversations() + " conversations ("
                    + percent(errors.share()) + ") are ERROR, above --max-error-rate " + number(maxRate) + ": exit 3; " + first);
        }
    }

    static String conversations(int count) {
        return count + (count == 1 ? " conversation" : " conversations");
    }

    /** {@code 70%}, {@code 66.7%}: whole percents without a decimal. */
    static String percent(double share) {
        return number(Math.round(share * 1000) / 10.0) + "%";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
