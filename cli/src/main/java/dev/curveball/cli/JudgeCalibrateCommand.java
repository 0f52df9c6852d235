package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.verdict.HumanLabel;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import dev.curveball.results.calibration.Calibration;
import dev.curveball.results.calibration.HumanLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curveball judge calibrate LABELS.jsonl RUN}: how the run's verdicts agree with a person's
 * labels of the same conversations. Reads both, changes neither.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare a run's verdicts with human labels of its conversations: agreement, Cohen's kappa with its 95%% interval "
                + "(large-sample standard error), true-positive rate (judge FAIL when the person said FAIL) and true-negative rate, "
                + "per outcome, per labelled check and per labelled criterion the judge graded; then every disagreement.",
                "ERROR conversations and labels the run has no verdict for are counted apart. The labels file: docs/formats.md, "
                + "\"Human labels\"; a sample: examples/acme-support/labels/."})
final class JudgeCalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LABELS.jsonl",
            description = "Human labels, one JSON object a line: scenario_id, trial, outcome (PASS or FAIL), optional checks, criteria, note.")
    Path labels;

    @Parameters(index = "1", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<HumanLabel> read = HumanLabels.read(labels);
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (its --out)");
        }
        RunRecords records = RunRecords.read(run);
        List<Verdict> verdicts = records.conversations().stream().map(PlayedConversation::verdict).flatMap(Optional::stream).toList();
        if (verdicts.isEmpty()) {
            throw CurveballException.invalidInput(run + ": holds no verdicts yet (no verdicts.jsonl); calibrate a run that has finished");
        }
        Calibration calibration = Calibration.of(verdicts, read);
        if (calibration.leftOut().size() == read.size() && calibration.leftOut().values().stream().allMatch(Calibration.NO_VERDICT::equals)) {
            throw CurveballException.invalidInput(labels + ": none of its " + read.size() + " labels names a conversation of " + run
                    + " (it holds " + verdicts.size() + "); are these the labels of another run?");
        }
        new CalibrationPrinter(spec.commandLine().getOut()).print(labels, run, calibration);
        return ExitCodes.OK;
    }
}
