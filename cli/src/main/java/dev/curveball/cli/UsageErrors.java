package dev.curveball.cli;

import dev.curveball.core.category.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One line for a command line picocli could not parse, in the house voice: what is wrong, the
 * nearest name for a typo, and where the options are listed
 * ({@code unknown option '--cout' (did you mean '--count'?); see 'curveball generate --help'}).
 */
final class UsageErrors {
    private static final Pattern TWICE_IN_GROUP = Pattern.compile("^expected only one match but got .*?=\\{(--[\\w-]+)=");

    private UsageErrors() {
    }

    static String describe(ParameterException e) {
        CommandLine line = e.getCommandLine();
        String message = e.getMessage().replaceFirst("^Error: ", "");
        String problem = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched, line.getCommandSpec())
                : e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() instanceof OptionSpec option
                ? option.longestName() + ": " + conversion.getMessage()
                : TWICE_IN_GROUP.matcher(message).find() ? givenTwice(message)
                : message;
        return problem.replaceFirst("\\.$", "") + "; see '" + line.getCommandSpec().qualifiedName() + " --help'";
    }

    /** An option of a group given twice: picocli says "expected only one match but got [group]={--count=2} and ...". */
    private static String givenTwice(String message) {
        Matcher option = TWICE_IN_GROUP.matcher(message);
        option.find();
        return "option '" + option.group(1) + "' should be specified only once";
    }

    private static String unmatched(UnmatchedArgumentException e, CommandSpec spec) {
        List<String> args = e.getUnmatched();
        String given = args.isEmpty() ? "" : args.get(0);
        if (e.isUnknownOption()) {
            String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
            return "unknown option '" + name + "'" + nearest(name, optionNames(spec)).map(n -> " (did you mean '" + n + "'?)").orElse("");
        }
        if (!spec.subcommands().isEmpty()) {
            List<String> commands = new ArrayList<>(spec.subcommands().keySet());
            List<String> beginning = commands.stream().filter(c -> c.startsWith(given)).toList();
            return beginning.size() == 1 && !given.isEmpty() ? "unknown command '" + given + "' (did you mean '" + beginning.get(0) + "'?)"
                    : Vocabulary.unknown("command", given, commands);
        }
        return "unexpected argument '" + given + "'";
    }

    private static Optional<String> nearest(String given, List<String> names) {
        List<String> beginning = names.stream().filter(n -> n.startsWith(given)).toList();
        return beginning.size() == 1 ? Optional.of(beginning.get(0)) : Vocabulary.nearest(given, names);
    }

    private static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).flatMap(o -> List.of(o.names()).stream()).filter(n -> n.startsWith("--")).toList();
    }
}
