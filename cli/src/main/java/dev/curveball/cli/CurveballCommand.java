package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.model.KeyMask;
import dev.curveball.core.model.MaskedError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command. The one place where exceptions become exit codes: a
 * {@link CurveballException} prints its message and exits with its code, anything else is a bug
 * in Curveball (exit 4); {@code --stacktrace} shows the stack trace either way. Error messages are
 * printed with key-shaped tokens masked, and all output passes through a {@link TerminalWriter}.
 */
@Command(name = "curveball", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds where an AI agent breaks before production does: adversarial simulated users, "
                + "a fault-injecting tool world, hard checks on every trace.",
        subcommands = {DemoCommand.class, InitCommand.class, GenerateCommand.class, RunCommand.class, JudgeCommand.class, PersonasCommand.class,
                SchemasCommand.class, ShowCommand.class, ReportCommand.class, GoldenCommand.class, GateCommand.class, CompareCommand.class, NightlyCommand.class, MergeCommand.class,
                CommandLine.HelpCommand.class})
public final class CurveballCommand implements Runnable {

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "The suite config whose values generate and run take as defaults (default: ./curveball.yaml when present).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The process environment, or the map a test hands in (model keys and base URLs are read here). */
    private final Map<String, String> environment;
    /** Where ./curveball.yaml is looked for and init writes by default: the process's working directory, or a test's folder. */
    private final Path workingDirectory;

    private CurveballCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    Map<String, String> environment() {
        return environment;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (demo, init, generate, run, judge, report, compare, gate, golden, nightly, merge, show, personas, schemas)");
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return commandLine(out, err, environment, Path.of(""));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory) {
        CurveballCommand root = new CurveballCommand(environment, workingDirectory);
        CommandLine line = new CommandLine(root);
        line.setOut(terminal(out));
        line.setErr(terminal(err));
        // Colours would be escape sequences, which the terminal writer writes out visibly.
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setDefaultValueProvider(new SuiteConfigDefaults(root));
        Options.registerNumberConverters(line);
        line.getSubcommands().values().forEach(CurveballCommand::hideConfigUnlessRead);
        line.setExecutionExceptionHandler(CurveballCommand::handle);
        line.setParameterExceptionHandler((e, args) -> {
            // A bad curveball.yaml surfaces while picocli applies defaults: say what is wrong in it, not how to call the command.
            if (e.getCause() instanceof CurveballException bad) {
                line.getErr().println("curveball: " + KeyMask.mask(bad.getMessage()));
                return bad.exitCode();
            }
            line.getErr().println("curveball: " + KeyMask.mask(UsageErrors.describe(e)));
            return ExitCodes.INVALID_INPUT;
        });
        return line;
    }

    /** Everything printed goes through the {@link TerminalWriter}, which writes control characters out visibly. */
    private static PrintWriter terminal(PrintWriter writer) {
        return new PrintWriter(new TerminalWriter(writer), true);
    }

    /** {@code --config} is accepted everywhere (it may come before the command) but shown only where it is read. */
    private static void hideConfigUnlessRead(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        command.getSubcommands().values().forEach(CurveballCommand::hideConfigUnlessRead);
        CommandLine.Model.OptionSpec config = spec.findOption("--config");
        if (config != null && !SuiteConfigDefaults.READ_BY.contains(spec.name())) {
            spec.remove(config);
            spec.addOption(CommandLine.Model.OptionSpec.builder(config).hidden(true).scopeType(CommandLine.ScopeType.LOCAL).build());
        }
    }

    private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        boolean showTrace = parsed.matchedOption("--stacktrace") != null
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--stacktrace") != null);
        int code;
        // An error may quote a file or a service; whatever is shaped like a key in it is blanked out.
        if (e instanceof CurveballException ce) {
            err.println("curveball: " + KeyMask.mask(ce.getMessage()));
            code = ce.exitCode();
        } else {
            err.println("curveball: internal error (a bug in Curveball, please report it): " + KeyMask.mask(e.toString()));
            code = ExitCodes.INTERNAL;
        }
        if (showTrace) {
            MaskedError.of(e, null).printStackTrace(err);
        } else if (code == ExitCodes.INTERNAL) {
            err.println("Run again with --stacktrace for the details.");
        }
        err.flush();
        return code;
    }
}
