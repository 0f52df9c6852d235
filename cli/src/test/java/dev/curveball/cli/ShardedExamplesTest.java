package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.curveball.results.shard.Shard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The sharded examples call Curveball as this build parses it: the GitHub Actions matrix (one shard
 * per matrix entry, N the matrix's size, artifacts the merge job downloads) and the Kubernetes
 * Indexed Job (N completions, {@code --shard auto/N}, a shared volume the merge Job reads).
 */
class ShardedExamplesTest {
    private static final Path WORKFLOW = Path.of("../examples/github-actions/curveball-sharded.yml");
    private static final Path KUBERNETES = Path.of("../examples/kubernetes");
    private static final Pattern SHARD = Pattern.compile("--shard (?:\"([^\"]+)\"|(\\S+))");

    @Test
    void eachMatrixJobPlaysItsOwnShardOfAsManyAsTheMatrixHas() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        JsonNode shardJob = workflow.get("jobs").get("shard");
        List<Integer> matrix = StreamSupport.stream(shardJob.get("strategy").get("matrix").get("shard").spliterator(), false)
                .map(JsonNode::asInt).toList();
        String call = curveballLine(step(shardJob, "Curveball shard").get("run").asText(), "./curveball ");

        assertThat(matrix).isEqualTo(IntStream.rangeClosed(1, matrix.size()).boxed().toList());
        assertThat(shardJob.get("strategy").get("fail-fast").asBoolean()).isFalse();
        for (int i : matrix) {
            String args = call.replace("${{ matrix.shard }}", String.valueOf(i)).replace("${{ strategy.job-total }}", String.valueOf(matrix.size()))
                    .replace("\"$SUITE\"", "../" + workflow.get("env").get("SUITE").asText()).replace("\"$out\"", "shards/shard-" + i);
            CommandLine.ParseResult run = parse(args);
            assertThat(run.commandSpec().name()).isEqualTo("run");
            assertThat(ShardOption.parse(run.matchedOptionValue("--shard", "").replace("\"", ""), Map.of())).isEqualTo(new Shard(i, matrix.size()));
        }
        JsonNode upload = step(shardJob, "Upload the shard's run directory");
        assertThat(upload.get("if").asText()).startsWith("always()");
        assertThat(upload.get("with").get("name").asText()).isEqualTo("curveball-shard-${{ matrix.shard }}");
    }

    @Test
    void theMergeJobDownloadsEveryShardThenMergesReportsAndGatesAfterPublishing() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        JsonNode merge = workflow.get("jobs").get("merge");
        List<JsonNode> steps = steps(merge);
        String script = step(merge, "Merge, report and gate").get("run").asText();

        assertThat(merge.get("needs").asText()).isEqualTo("shard");
        assertThat(merge.get("if").asText()).isEqualTo("always()");
        assertThat(step(merge, "Download every shard").get("with").get("pattern").asText()).isEqualTo("curveball-shard-*");
        CommandLine.ParseResult parsed = parse(curveballLine(script, "./curveball merge").replace("\"$out\"", "runs/merged")
                .replace("shards/curveball-shard-*", "shards/curveball-shard-1 shards/curveball-shard-2"));
        assertThat(parsed.commandSpec().name()).isEqualTo("merge");
        assertThat(parsed.matchedOptionValue("--out", Path.of(""))).isEqualTo(Path.of("runs/merged"));
        assertThat(parse(curveballLine(script, "./curveball gate").replace("\"$out\"", "runs/merged").replace("\"$MIN_GATE\"", "24"))
                .commandSpec().name()).isEqualTo("gate");
        JsonNode fail = steps.get(steps.size() - 1);
        assertThat(fail.get("if").asText()).isEqualTo("always()");
        assertThat(fail.get("run").asText()).contains("1) echo").contains("exit 1").contains("2) echo").contains("exit 2");
    }

    @Test
    void theIndexedJobHasOneCompletionPerShardAndEveryIndexPlaysADifferentShard() throws IOException {
        JsonNode job = new YAMLMapper().readTree(KUBERNETES.resolve("shards-job.yaml").toFile());
        JsonNode spec = job.get("spec");
        JsonNode pod = spec.get("template").get("spec");
        String script = pod.get("containers").get(0).get("args").get(0).asText();
        String call = curveballLine(script, "curveball.jar run").replace("/suite/curveball.yaml", "../examples/starter-suite/curveball.yaml")
                .replace("\"$out\"", "runs/shard").replace(" $resume", "");
        int completions = spec.get("completions").asInt();

        assertThat(spec.get("completionMode").asText()).isEqualTo("Indexed");
        assertThat(spec.get("parallelism").asInt()).isBetween(1, completions);
        assertThat(parse(call).commandSpec().name()).isEqualTo("run");
        String shard = shardValue(call);
        assertThat(shard).isEqualTo("auto/" + completions);
        List<Shard> played = new ArrayList<>();
        for (int index = 0; index < completions; index++) {
            played.add(ShardOption.parse(shard, Map.of(ShardOption.INDEX_VARIABLE, String.valueOf(index))));
        }
        assertThat(played).extracting(Shard::index).containsExactlyElementsOf(IntStream.rangeClosed(1, completions).boxed().toList());
        assertThat(script).contains("shard-$((JOB_COMPLETION_INDEX + 1))").contains("--resume");
        assertThat(spec.get("podFailurePolicy").toString()).contains("FailJob").contains("[2]");
    }

    @Test
    void theShardsAndTheMergeShareOneVolume() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        String claim = yaml.readTree(KUBERNETES.resolve("runs-pvc.yaml").toFile()).get("metadata").get("name").asText();
        JsonNode merge = yaml.readTree(KUBERNETES.resolve("merge-job.yaml").toFile()).get("spec").get("template").get("spec");
        String script = merge.get("containers").get(0).get("args").get(0).asText();

        for (String file : List.of("shards-job.yaml", "merge-job.yaml")) {
            JsonNode pod = yaml.readTree(KUBERNETES.resolve(file).toFile()).get("spec").get("template").get("spec");
            assertThat(pod.get("volumes").get(0).get("persistentVolumeClaim").get("claimName").asText()).as(file).isEqualTo(claim);
            assertThat(pod.get("containers").get(0).get("volumeMounts").get(0).get("mountPath").asText()).as(file).isEqualTo("/runs");
        }
        CommandLine.ParseResult parsed = parse(curveballLine(script, "curveball.jar merge")
                .replace("/runs/$RUN/shard-*", "/runs/r/shard-1 /runs/r/shard-2").replace("$RUN", "r"));
        assertThat(parsed.commandSpec().name()).isEqualTo("merge");
        assertThat(parsed.matchedOptionValue("--out", Path.of(""))).isEqualTo(Path.of("/runs/r/merged"));
    }

    /** The Curveball arguments of the script's line holding {@code marker}: what follows {@code ./curveball } or {@code curveball.jar }. */
    private static String curveballLine(String script, String marker) {
        String line = script.lines().map(String::strip).filter(l -> l.contains(marker)).findFirst().orElseThrow();
        String from = line.contains("curveball.jar ") ? "curveball.jar " : "./curveball ";
        return line.substring(line.indexOf(from) + from.length());
    }

    private static String shardValue(String call) {
        Matcher shard = SHARD.matcher(call);
        assertThat(shard.find()).as(call).isTrue();
        return shard.group(1) != null ? shard.group(1) : shard.group(2);
    }

    private static CommandLine.ParseResult parse(String args) {
        CommandLine line = CurveballCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                Path.of(".."));
        return line.parseArgs(Arrays.stream(args.split(" +")).map(a -> a.replace("\"", "")).toArray(String[]::new)).subcommand();
    }

    private static List<JsonNode> steps(JsonNode job) {
        return StreamSupport.stream(job.get("steps").spliterator(), false).toList();
    }

    private static JsonNode step(JsonNode job, String name) {
        return steps(job).stream().filter(s -> s.has("name") && s.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
