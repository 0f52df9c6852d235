package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.results.shard.Shard;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --shard I/N}: play the I-th of N slices of the suite (1-based, as Playwright and Jest
 * count). {@code --shard auto/N} takes I from {@code JOB_COMPLETION_INDEX}, which a Kubernetes
 * Indexed Job sets from 0 in each pod: I = that index + 1.
 */
final class ShardOption {
    /** The variable a Kubernetes Indexed Job sets in each of its pods, 0 to completions - 1. */
    static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    static final String AUTO = "auto";

    private static final Pattern FORM = Pattern.compile("(\\d+|" + AUTO + ")/(\\d+)");

    private ShardOption() {
    }

    /** The shard {@code value} names; bad input (exit 2) naming {@code --shard}, or the variable, when it names none. */
    static Shard parse(String value, Map<String, String> environment) {
        Matcher form = FORM.matcher(value.strip());
        if (!form.matches()) {
            throw CurveballException.invalidInput("--shard: expected I/N, such as 2/3 (the 2nd of 3 shards), or " + AUTO + "/N to take I from $"
                    + INDEX_VARIABLE + ", got '" + value + "'");
        }
        long count = number(form.group(2));
        if (count < 1 || count > Shard.MAX_COUNT) {
            throw CurveballException.invalidInput("--shard " + value + ": the count N must be 1 to " + Shard.MAX_COUNT + ", was " + form.group(2));
        }
        if (form.group(1).equals(AUTO)) {
            return new Shard(fromEnvironment(value, (int) count, environment), (int) count);
        }
        long index = number(form.group(1));
        if (index < 1 || index > count) {
            throw CurveballException.invalidInput("--shard " + value + ": the index I must be 1 to " + count + " (shards count from 1), was "
                    + form.group(1));
        }
        return new Shard((int) index, (int) count);
    }

    private static int fromEnvironment(String value, int count, Map<String, String> environment) {
        String given = environment.get(INDEX_VARIABLE);
        if (given == null || given.isBlank()) {
            throw CurveballException.invalidInput("--shard " + value + ": $" + INDEX_VARIABLE + " is not set; a Kubernetes Indexed Job sets it"
                    + " in each pod; elsewhere give the index, as in --shard 1/" + count);
        }
        if (!given.strip().matches("\\d{1,4}") || Integer.parseInt(given.strip()) >= count) {
            throw CurveballException.invalidInput("--shard " + value + ": $" + INDEX_VARIABLE + " is '" + given + "', not an index from 0 to "
                    + (count - 1) + " (does the Job's completions equal N, " + count + "?)");
        }
        return Integer.parseInt(given.strip()) + 1;
    }

    /** The digits' value; past a long, any number too large to be a shard's. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
