package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards the architecture: core <- generator, runner, judge <- results <- cli. The runner never
 * reaches the judge (the judge reads finished traces), and no stage reaches the CLI. The
 * embeddings module (the 90 MB sentence model) hangs off the generator and only the bench uses
 * it, so the CLI jar never carries it. The JUnit extension plays runs as the CLI does, beside it. The bench, which nothing depends on, may use any module
 * (ReportBench plays a run against a demo agent and writes its reports).
 */
class ModuleDirectionTest {
    private static final Pattern DEPENDENCY = Pattern.compile("<artifactId>curveball-([a-z]+)</artifactId>(?:\\s*<type>test-jar</type>)?");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("personas", Set.of()),
            Map.entry("generator", Set.of("core", "personas")),
            Map.entry("runner", Set.of("core")),
            Map.entry("judge", Set.of("core")),
            Map.entry("results", Set.of("core", "generator", "runner", "judge")),
            Map.entry("examples", Set.of("core")),
            Map.entry("cli", Set.of("results", "examples", "core")),
            // beside the CLI, on the same library call; examples only for its tests' demo agents
            Map.entry("junit", Set.of("results", "personas", "generator", "core", "examples")),
            Map.entry("embeddings", Set.of("core", "generator")),
            Map.entry("bench", Set.of("core", "personas", "generator", "embeddings", "runner", "results", "examples")));

    @Test
    void everyModuleDependsOnlyOnTheModulesBeneathIt() throws Exception {
        for (var module : ALLOWED.entrySet()) {
            assertThat(curveballDependencies(module.getKey())).as(module.getKey() + "/pom.xml")
                    .isSubsetOf(module.getValue());
        }
    }

    @Test
    void everyModuleOfTheBuildIsGuarded() throws Exception {
        String parent = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<module>([a-z]+)</module>").matcher(parent);
        Set<String> modules = new TreeSet<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(modules);
    }

    private static Set<String> curveballDependencies(String module) throws Exception {
        String pom = Files.readString(Path.of("..", module, "pom.xml"));
        String dependencies = pom.substring(Math.max(0, pom.indexOf("<dependencies>")));
        Set<String> found = new TreeSet<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            found.add(m.group(1));
        }
        found.remove(module);
        return found;
    }
}
