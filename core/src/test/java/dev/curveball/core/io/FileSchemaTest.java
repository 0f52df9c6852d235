package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.Persona;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileSchemaTest {
    private static final Path PERSONA = Path.of("../personas/withholder.yaml");

    @Test
    void compilesEachSchemaOnceAndSharesIt() {
        assertThat(FileSchema.named("world")).isSameAs(FileSchema.named("world"));
    }

    @Test
    void checksFilesFromManyThreadsAtOnce() throws Exception {
        String good = Files.readString(PERSONA);
        String bad = good.replace("patience: ", "patience: -");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> outcome(i % 2 == 0 ? good : bad))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "withholder" : outcome(bad));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcome(bad)).matches("withholder.yaml:\\d+:\\d+: field 'patience' must be positive, was -\\d+");
    }

    private static String outcome(String text) {
        try {
            return Yaml.read("withholder.yaml", text, Persona.class, FileSchema.named("persona")).id();
        } catch (CurveballException e) {
            return e.getMessage();
        }
    }
}
