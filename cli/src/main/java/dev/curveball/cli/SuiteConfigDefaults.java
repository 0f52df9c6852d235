package dev.curveball.cli;

import dev.curveball.core.agent.ModelAgentFile;
import dev.curveball.core.config.NightlySettings;
import dev.curveball.core.config.SuiteConfig;
import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.error.CurveballException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Feeds a suite's {@code curveball.yaml} to {@code generate} and {@code run} as option defaults, so a
 * flag on the command line still wins and the commands read their options as usual. The file is
 * {@code --config FILE} when given, else {@code curveball.yaml} in the working directory when there
 * is one; it is read only when one of those commands asks, so {@code init} and {@code demo} never do.
 *
 * <p>Picocli applies defaults after it has read the command line (so {@code --config} may come
 * before or after the subcommand) and treats a required option that gets a default as given.
 *
 * <p>Two values are not copied as they stand: {@code out} names the folder run directories go
 * under ({@code run} writes {@code <out>/run-<time>}), and {@code run} plays the {@code scenarios}
 * file once {@code generate} has written it, and until then generates {@code count} scenarios on the
 * fly with {@code seed}: the same scenarios either way. ({@code RunCommand} lets {@code --count} on
 * the command line win over a scenarios file that comes from here.)
 */
final class SuiteConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** The commands that take their defaults from the config; the others ignore it. */
    static final Set<String> READ_BY = Set.of("generate", "run", "nightly");
    /** Said under the options of the commands that read the config. */
    static final String FOOTER = "%nOptions not given take their values from curveball.yaml when there is one (--config FILE, "
            + "else the one in the current folder).";

    private final CurveballCommand root;
    private SuiteConfigFile loaded;

    SuiteConfigDefaults(CurveballCommand root) {
        this.root = root;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || arg.command() == null) {
            return null;
        }
        String command = arg.command().name();
        if (!READ_BY.contains(command) || helpRequested(arg)) {
            return null;
        }
        if (option.group() != null) {
            // Picocli builds an option group (--scenarios | --count) while it reads the command line, and a config error
            // thrown then escapes its handlers as a stack trace; the same error surfaces from the next option's default.
            try {
                return config().map(c -> value(c, command, option)).orElse(null);
            } catch (CurveballException deferred) {
                return null;
            }
        }
        return config().map(c -> value(c, command, option)).orElse(null);
    }

    private String value(SuiteConfigFile file, String command, OptionSpec option) {
        SuiteConfig c = file.values();
        if (command.equals("nightly")) {
            Optional<String> nightly = nightly(file, option);
            if (nightly != null) {
                return nightly.orElse(null);
            }
        }
        return switch (option.longestName()) {
            case "--world" -> folder(file, "world", c.world(), dir -> Files.isRegularFile(dir.resolve("world.yaml")),
                    "is not a world directory (expected a folder holding world.yaml)");
            case "--personas" -> folder(file, "personas", c.personas(), Files::isDirectory,
                    "is not a directory (expected a folder of persona .yaml files)");
            case "--seed" -> text(c.seed());
            case "--agent" -> c.agent() != null && ModelAgentFile.named(c.agent()) ? path(file, c.agent()) : c.agent();
            case "--model" -> c.model();
            case "--trials" -> text(c.trials());
            case "--parallel" -> text(c.parallel());
            case "--max-error-rate" -> text(c.maxErrorRate());
            case "--prices" -> path(file, c.prices());
            case "--max-spend" -> c.maxSpend() == null ? null : c.maxSpend().toPlainString();
            case "--model-rpm" -> text(c.limits().modelRpm());
            case "--model-concurrency" -> text(c.limits().modelConcurrency());
            case "--agent-rpm" -> text(c.limits().agentRpm());
            case "--agent-concurrency" -> text(c.limits().agentConcurrency());
            case "--max-retries" -> text(c.limits().maxRetries());
            case "--retry-max-time" -> text(c.limits().retryMaxTime());
            case "--count" -> command.equals("run") && scenariosWritten(file).isPresent() ? null : text(c.count());
            case "--scenarios" -> scenariosWritten(file).map(Path::toString).orElse(null);
            case "--out" -> command.equals("generate") ? path(file, c.scenarios())
                    : c.out() == null ? null : Options.timestamped(file.resolve(c.out()), "run").toString();
            default -> null;
        };
    }

    /**
     * The options {@code nightly} takes from its own block, or none for the seed (a new one per date),
     * the scenarios file (it generates fresh ones) and the run directory (it names its own under
     * {@code out}); null for the options it shares with {@code run}.
     */
    private static Optional<String> nightly(SuiteConfigFile file, OptionSpec option) {
        NightlySettings n = file.values().nightly();
        return switch (option.longestName()) {
            case "--seed", "--scenarios", "--out" -> Optional.empty();
            case "--count" -> Optional.ofNullable(text(file.values().count()));
            case "--golden" -> Optional.ofNullable(path(file, n.golden()));
            case "--baseline" -> Optional.ofNullable(n.baseline() == null || n.baseline().equals(NightlySettings.LATEST)
                    || n.baseline().equals(NightlyCommand.NO_BASELINE) ? n.baseline() : path(file, n.baseline()));
            case "--min" -> Optional.ofNullable(text(n.minGate()));
            case "--alpha" -> Optional.ofNullable(text(n.alpha()));
            case "--max-regressions" -> Optional.ofNullable(text(n.maxRegressions()));
            case "--report" -> Optional.ofNullable(n.report() == null ? null : String.join(",", n.report()));
            default -> null;
        };
    }

    /** The config's scenarios file once it exists. */
    private static Optional<Path> scenariosWritten(SuiteConfigFile file) {
        return Optional.ofNullable(file.resolve(file.values().scenarios())).filter(Files::isRegularFile);
    }

    /** {@code --help} and {@code --version} need no defaults, and must work even when the config is broken. */
    private static boolean helpRequested(ArgSpec arg) {
        CommandLine line = arg.command().commandLine();
        return line != null && (line.isUsageHelpRequested() || line.isVersionHelpRequested());
    }

    /**
     * The folder {@code field} names, checked here because only here is it known to come from the
     * config: a wrong path is reported at the line that wrote it, not as if typed on the command line.
     */
    private static String folder(SuiteConfigFile file, String field, String value, Predicate<Path> fits, String problem) {
        Path folder = file.resolve(value);
        if (folder != null && !fits.test(folder)) {
            throw CurveballException.invalidInput(file.where(field) + ": field '" + field + "': " + folder + " " + problem);
        }
        return folder == null ? null : folder.toString();
    }

    /** The config {@code generate} and {@code run} read, if there is one, for values that are no option's default ({@code agent_headers}). */
    Optional<SuiteConfigFile> config() {
        Path file = root.config != null ? root.config : root.workingDirectory().resolve(SuiteConfigFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (root.config == null) {
                return Optional.empty();
            }
            throw CurveballException.invalidInput("--config: " + file
                    + (Files.isDirectory(file) ? " is a directory; expected a " + SuiteConfigFile.FILE_NAME + " file"
                    : Files.exists(file) ? " is not a regular file; expected a " + SuiteConfigFile.FILE_NAME + " file" : ": file not found"));
        }
        if (loaded == null || !loaded.file().equals(file)) {
            loaded = SuiteConfigFile.read(file);
        }
        return Optional.of(loaded);
    }

    private static String path(SuiteConfigFile file, String value) {
        return Optional.ofNullable(file.resolve(value)).map(Path::toString).orElse(null);
    }

    private static String text(Object value) {
        return Optional.ofNullable(value).map(Object::toString).orElse(null);
    }
}
