package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final String WORLD = "../examples/acme-support";

    @TempDir
    Path tmp;

    @Test
    void writesTheSuiteAndPrintsCoverageUnreachableTagsAndDiversity() throws Exception {
        Path suite = tmp.resolve("suite.jsonl");

        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "40", "--seed", "7", "--out", suite.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(suite)).hasSize(40);
        assertThat(run.out()).startsWith("Wrote 40 scenarios for acme-support (seed 7, openings by template) to " + suite)
                .containsPattern("Coverage: \\d+ of 29 tags reachable in this world; all covered, by the first \\d+ scenarios")
                .containsPattern("\n  tool-failures +\\d+\n    timeout +\\d+\n")
                .containsPattern("\n    latency +0  unreachable\n")
                .contains("Unreachable in this world (what this suite cannot test):\n  cost: no persona, task or fault profile is tagged cost\n")
                .contains("Openings (dedup lexical, near-duplicate from similarity 0.50):")
                .containsPattern("near-duplicates: \\d+ found, \\d+ rewritten, \\d+ remaining")
                .contains("(all 780 pairs)")
                .containsPattern("distinct-2: 0\\.\\d{3} \\(\\d+ unique of \\d+ word bigrams\\)");
    }

    @Test
    void theDefaultSuitePrintsItsPairCoverageAndThePairsTheWorldCannotReach() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "60", "--seed", "11", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("\nPair coverage: \\d+ of \\d+ pairs reachable in this world; all covered, by the first \\d+ scenarios\n")
                .containsPattern("\n  tactic x trap +64 of 64 reachable, 64 covered, by \\d+ to \\d+ scenarios each\n")
                .containsPattern("\n  trap x fault kind +\\d+ of \\d+ reachable, \\d+ covered")
                .doesNotContain("Pairs not covered yet")
                .contains("Pairs unreachable in this world (what this suite cannot test together):\n")
                .contains("\n  restricted-data x timeout, error, rate-limit, partial-data, superseded-first, empty-retrieval, injected-instructions, "
                        + "silent-no-op: the tasks with trap "
                        + "restricted-data (restricted-account-notes) list fault profiles injecting only permission-denied\n");
    }

    @Test
    void aCountTooSmallForThePairsNamesTheOnesItMissedAndTheCountThatCoversThem() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "12", "--seed", "11", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("\nPair coverage: \\d+ of \\d+ pairs reachable in this world; \\d+ covered; --count \\d+ or more covers them all\n")
                .containsPattern("\nPairs not covered yet:\n(  [a-z-]+ x [a-z-]+(, [a-z-]+)*\n)+Pairs unreachable");
    }

    @Test
    void createsTheFoldersOfTheOutputFile() {
        Path suite = tmp.resolve("suites/nightly/suite.jsonl");

        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "2", "--out", suite.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(suite).isRegularFile();
    }

    @Test
    void anOutputThatIsAFolderIsBadInput() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "2", "--out", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --out: " + tmp + " is a directory; expected the scenarios file to write\n");
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");

        CliRun.of("generate", "--world", WORLD, "--count", "30", "--seed", "3", "--out", a.toString());
        CliRun.of("generate", "--world", WORLD, "--count", "30", "--seed", "3", "--out", b.toString());

        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }

    @Test
    void dedupOffSaysNearDuplicatesWereNotChecked() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "5", "--dedup", "off", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Openings (dedup off):").contains("near-duplicates: not checked (--dedup off)");
    }

    @Test
    void semanticDedupWithoutTheEmbeddingsModuleSaysHowToEnableIt() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "5", "--dedup", "semantic", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: semantic dedup needs the curveball-embeddings module")
                .contains("./curveball").doesNotContain("Exception");
        assertThat(tmp.resolve("s.jsonl")).doesNotExist();
    }

    @Test
    void aDedupModeTypoGetsTheNearestMode() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--dedup", "lexcial", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown dedup mode 'lexcial' (did you mean 'lexical'?)");
    }

    @Test
    void aSimilarityOutsideZeroToOneIsRefused() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--similarity", "1.5", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--similarity must be above 0 and at most 1, was 1.5");
    }

    @Test
    void aSimilarityWithDedupOffIsRefusedRatherThanIgnored() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--dedup", "off", "--similarity", "0.8", "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--similarity sets when --dedup lexical or semantic rewrites an opening; with --dedup off nothing is "
                + "rewritten: drop --similarity or choose a dedup mode");
        assertThat(tmp.resolve("s.jsonl")).doesNotExist();
    }

    @Test
    void writesIntoAFolderThatDoesNotExistYet() {
        Path suite = tmp.resolve("suites/nightly/s.jsonl");

        CliRun run = CliRun.of("generate", "--world", WORLD, "--count", "3", "--out", suite.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(suite).exists();
    }
}
