package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curveball show RUN [CONVERSATION]}: a run's conversations one line each, or one conversation
 * as a readable transcript with its verdict, paged when long on a terminal.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a run's conversations, one line each, or one conversation as a transcript with its verdict.",
                "The list puts failures first, then errors, then passes. The transcript shows the user, the agent, tool calls "
                + "and answers, faults, state changes, the end, and each check; the event a failed check names is marked >>.",
                "Event numbers (#13) count from 0, the way the verdict's 'event' field and the messages of 'curveball run' count them."})
final class ShowCommand implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 100;
    static final int MIN_WIDTH = 40;
    private static final Pattern TRIAL = Pattern.compile("(.+)-t(\\d{1,9})");

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CONVERSATION",
            description = "A conversation of the run, as s0007-t1 (scenario s0007, trial 1); s0007 when it has one trial.")
    String conversation;

    @Option(names = "--full", description = "Show tool arguments and answers whole (by default cut after "
            + EventLines.CUT_AT + " characters).")
    boolean full;

    @Option(names = "--no-pager", description = "Print everything at once, never through $PAGER (default on a terminal: less -FRX).")
    boolean noPager;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "Wrap text to COLUMNS (default: the terminal's width, else "
            + DEFAULT_WIDTH + ").")
    Integer width;

    @ParentCommand
    CurveballCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (width != null && width < MIN_WIDTH) {
            throw CurveballException.invalidInput("--width: " + width + " is too narrow (at least " + MIN_WIDTH + " columns)");
        }
        RunRecords records = RunRecords.read(runDirectory());
        boolean terminal = TerminalSize.stdoutIsTerminal();
        Optional<TerminalSize> size = terminal ? TerminalSize.ofControllingTerminal() : Optional.empty();
        int columns = width != null ? width : size.map(TerminalSize::columns).orElse(DEFAULT_WIDTH);
        StringWriter text = new StringWriter();
        PrintWriter page = new PrintWriter(text);
        if (conversation == null) {
            new ConversationListPrinter(page).print(records);
        } else {
            new TranscriptPrinter(page, columns, full).print(records, find(records, conversation));
        }
        page.flush();
        Optional<String> pager = terminal && !noPager ? Pager.command(root.environment()) : Optional.empty();
        Pager.show(text.toString(), spec.commandLine().getOut(), pager, size, root.environment());
        return ExitCodes.OK;
    }

    private Path runDirectory() {
        if (!Files.exists(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        }
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": not a run directory (a file); pass the folder 'curveball run' wrote");
        }
        if (!Files.exists(run.resolve("manifest.json"))) {
            List<String> inside = runsInside(run);
            throw CurveballException.invalidInput(run + ": not a run directory (no manifest.json)" + (inside.isEmpty() ? ""
                    : "; the runs in it: " + String.join(", ", inside.stream().limit(5).toList()) + (inside.size() > 5 ? ", ..." : "")
                    + " (e.g. curveball show " + run.resolve(inside.get(inside.size() - 1)) + ")"));
        }
        return run;
    }

    /** The folders inside {@code dir} holding a run, newest name last: {@code runs/} holds {@code run-<time>} folders. */
    private static List<String> runsInside(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(c -> Files.exists(c.resolve("manifest.json"))).map(c -> c.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The conversation {@code id} names: {@code s0007-t1}, or {@code s0007} when that scenario was played once. */
    static PlayedConversation find(RunRecords records, String id) {
        Optional<PlayedConversation> exact = records.find(id);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<PlayedConversation> ofScenario = records.conversations().stream().filter(c -> c.scenario().id().equals(id)).toList();
        if (ofScenario.size() == 1) {
            return ofScenario.get(0);
        }
        if (ofScenario.size() > 1) {
            throw CurveballException.invalidInput("scenario " + id + " has " + ofScenario.size() + " conversations in " + records.directory()
                    + ", one per trial: " + ofScenario.stream().map(PlayedConversation::id).collect(Collectors.joining(", ")) + "; name one");
        }
        throw notFound(records, id);
    }

    /** Why the run holds no conversation {@code id}: not played yet, a trial the run does not play, or a typo. */
    private static CurveballException notFound(RunRecords records, String id) {
        String list = "; list them with: curveball show " + records.directory();
        List<String> ids = records.conversations().stream().map(PlayedConversation::id).toList();
        if (ids.isEmpty()) {
            return CurveballException.invalidInput("no conversation " + id + " in " + records.directory() + ": it holds none yet");
        }
        List<String> scenarios = records.scenarios().stream().map(Scenario::id).toList();
        Matcher trial = TRIAL.matcher(id);
        int trials = Math.max(1, records.manifest().trials());
        boolean known = trial.matches() && scenarios.contains(trial.group(1));
        if (scenarios.contains(id) || known && Integer.parseInt(trial.group(2)) <= trials && Integer.parseInt(trial.group(2)) >= 1) {
            return CurveballException.invalidInput((scenarios.contains(id) ? "scenario " : "conversation ") + id
                    + " has not been played in " + records.directory() + " (the run stopped before it, or still plays)" + list);
        }
        String why = known ? ": the run plays " + trials + " trial" + (trials == 1 ? "" : "s") + " of each scenario" : "";
        return CurveballException.invalidInput("no conversation " + id + " in " + records.directory() + why + " " + nearest(id, ids) + list);
    }

    /** The one id nearest to {@code given}, or, when none is or several are as near, the range of ids the run holds. */
    private static String nearest(String given, List<String> ids) {
        int best = ids.stream().mapToInt(i -> LevenshteinDistance.getDefaultInstance().apply(given, i)).min().orElse(Integer.MAX_VALUE);
        List<String> nearest = ids.stream().filter(i -> LevenshteinDistance.getDefaultInstance().apply(given, i) == best).toList();
        if (best <= 2 && nearest.size() == 1) {
            return "(did you mean " + nearest.get(0) + "?)";
        }
        return "(it holds " + (ids.size() == 1 ? ids.get(0) : ids.get(0) + " to " + ids.get(ids.size() - 1)) + ")";
    }
}
