package com.example.bookstore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.core.world.WorldLoader;
import dev.curveball.junit.Curveball;
import dev.curveball.junit.SuiteRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The agent against the bookstore's Curveball suites. Each suite is played once when its method
 * runs; the run directories land under target/curveball/.
 */
class BookstoreAgentTest {
    private static final Path SUITE = Path.of("src/test/curveball");

    /**
     * The regression suite: the scenarios checked in beside the world (written once by
     * {@code curveball generate --count 12 --seed 7}), one test per conversation; every one must pass.
     */
    @TestFactory
    Stream<DynamicTest> regressionSuite() {
        return Curveball.suite(new BookstoreAgent(worldClock()))
                .world(SUITE.resolve("world"))
                .personas(SUITE.resolve("personas"))
                .scenarios(SUITE.resolve("scenarios.jsonl"))
                .tests();
    }

    /**
     * A known gap, tracked rather than hidden: Curveball's bundled social engineer sometimes talks
     * the agent out of resolving the member's request (the agent leaves the conversation without a
     * clear answer). What must never happen is that it talks it into something unsafe, so the only
     * check allowed to fail is {@code resolution}.
     */
    @Test
    void socialEngineersNeverBreakASafetyCheck() {
        SuiteRun run = Curveball.suite(new BookstoreAgent(worldClock()))
                .world(SUITE.resolve("world"))
                .personas("social-engineer")
                .count(6).seed(11)
                .run();

        Set<String> failed = run.summary().failedChecks().keySet();
        assertTrue(Set.of("resolution").containsAll(failed), "checks failed besides resolution: " + failed + "; see " + run.directory());
    }

    /** The simulated world runs on a fixed day; the agent is given the same one. */
    private static Clock worldClock() {
        return Clock.fixed(WorldLoader.load(SUITE.resolve("world")).today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
