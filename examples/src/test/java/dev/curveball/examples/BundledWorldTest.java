package dev.curveball.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundledWorldTest {
    @Test
    void theJarCarriesTheSameAcmeSupportWorldAsTheDirectory() {
        World fromDirectory = WorldLoader.load(Path.of("acme-support"));
        World fromJar = WorldLoader.loadResource("worlds/acme-support");

        assertThat(fromJar.toolNames()).isNotEmpty().isEqualTo(fromDirectory.toolNames());
        assertThat(fromJar.documents()).isEqualTo(fromDirectory.documents());
        assertThat(fromJar.tasks()).hasSameSizeAs(fromDirectory.tasks());
    }

    @Test
    void theDemoClockIsTheWorldsToday() {
        assertThat(AcmeClock.TODAY).isEqualTo(WorldLoader.load(Path.of("acme-support")).today());
    }
}
