package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Dimension;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.Blame;
import dev.curveball.core.verdict.BlameReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.FailedConversation;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunResult;
import dev.curveball.results.SummaryCalculator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run summary's line about the simulated user: its error rate, and the failures it caused listed apart from the agent's. */
class SummaryPrinterTest {
    private static final BlameReason STOPPED_EARLY = new BlameReason(3, "the user said goal met at event 3 while the agent's last reply only asks");

    @TempDir
    Path tmp;

    private static Verdict verdict(String scenario, Outcome outcome, Party party) {
        List<CheckResult> checks = outcome == Outcome.FAIL ? List.of(CheckResult.failed("resolution", 3, "no outcome of the task holds"))
                : List.of();
        Verdict v = new Verdict(scenario, 1, outcome, List.of(), List.of(Dimension.OUTCOME), checks, List.of(), EndReason.GOAL_MET, null);
        return party == null ? v : v.withBlame(new Blame(party, List.of(STOPPED_EARLY)),
                party == Party.SIMULATOR ? List.of(STOPPED_EARLY) : List.of());
    }

    @Test
    void listsTheFailuresTheSimulatorCausedAndLeavesThemOutOfThePassRate() {
        try (RunDirectory dir = RunDirectory.prepare(tmp.resolve("run"), false)) {
            List<Verdict> verdicts = List.of(verdict("s0001", Outcome.PASS, null), verdict("s0002", Outcome.FAIL, Party.AGENT),
                    verdict("s0003", Outcome.FAIL, Party.SIMULATOR), verdict("s0004", Outcome.PASS, null));
            RunResult result = new RunResult(dir, List.of(), List.of(), verdicts, SummaryCalculator.summarize(verdicts, 1, 0, List.of()),
                    false, false, Optional.empty());
            StringWriter text = new StringWriter();

            new SummaryPrinter(new PrintWriter(text)).print(result);

            assertThat(text.toString()).contains("  passed 2, failed 2, errors 0; pass rate 66.7% (95% CI 20.8–93.9%)\n"
                    + "  simulated user: at fault in 1 of 4 judged conversations (25.0%); it caused 1 failure, left out of the pass rate: s0003-t1\n");
        }
    }

    @Test
    void aFailureTheSimulatorCausedSaysSoInTheListOfFailedConversations() {
        List<Verdict> verdicts = List.of(verdict("s0002", Outcome.FAIL, Party.AGENT), verdict("s0003", Outcome.FAIL, Party.SIMULATOR));
        StringWriter text = new StringWriter();

        new FailedConversationsPrinter(new PrintWriter(text)).print(FailedConversation.of(List.of(), verdicts), tmp, false);

        assertThat(text.toString()).contains("  s0002-t1  resolution at event 3: no outcome of the task holds\n"
                + "  s0003-t1  resolution at event 3: no outcome of the task holds; caused by the simulated user: the user said goal met at "
                + "event 3 while the agent's last reply only asks (not the agent's failure)\n");
    }
}
