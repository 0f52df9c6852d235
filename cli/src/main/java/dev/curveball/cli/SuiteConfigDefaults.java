package dev.curveball.cli;

import dev.curveball.core.config.SuiteConfig;
import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.error.CurveballException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        if ((!command.equals("generate") && !command.equals("run")) || helpRequested(arg)) {
            return null;
        }
        return config().map(c -> value(c, command, option)).orElse(null);
    }

    private String value(SuiteConfigFile file, String command, OptionSpec option) {
        SuiteConfig c = file.values();
        return switch (option.longestName()) {
            case "--world" -> path(file, c.world());
            case "--personas" -> path(file, c.personas());
            case "--seed" -> text(c.seed());
            case "--agent" -> c.agent();
            case "--trials" -> text(c.trials());
            case "--parallel" -> text(c.parallel());
            case "--count" -> command.equals("run") && scenariosWritten(file).isPresent() ? null : text(c.count());
            case "--scenarios" -> scenariosWritten(file).map(Path::toString).orElse(null);
            case "--out" -> command.equals("generate") ? path(file, c.scenarios())
                    : c.out() == null ? null : Options.timestamped(file.resolve(c.out()), "run").toString();
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

    private Optional<SuiteConfigFile> config() {
        Path file = root.config != null ? root.config : root.workingDirectory().resolve(SuiteConfigFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (root.config == null) {
                return Optional.empty();
            }
            throw CurveballException.invalidInput("--config: " + file + ": file not found");
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
