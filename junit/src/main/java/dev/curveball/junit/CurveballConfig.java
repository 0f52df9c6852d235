package dev.curveball.junit;

import dev.curveball.core.agent.Agent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A suite's settings as an annotation, on a test class or a {@code @TestFactory} method (the
 * method's wins): the factory then takes a {@link CurveballSuite} parameter set up from them, to
 * play as it is or to change first. The agent class needs a public no-argument constructor; an
 * agent that needs arguments is made in the method with {@link Curveball#suite(Agent)} instead.
 *
 * <pre>{@code @CurveballConfig(agent = RefundBot.class, world = "src/test/curveball/world", count = 12, seed = 7)
 * class RefundBotTest {
 *     @TestFactory
 *     Stream<DynamicTest> conversations(CurveballSuite suite) {
 *         return suite.tests();
 *     }
 * }}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(CurveballExtension.class)
public @interface CurveballConfig {
    Class<? extends Agent> agent();

    /** The world folder (holding {@code world.yaml}). */
    String world();

    /** A scenarios file; leave empty and set {@link #count()} to generate them. */
    String scenarios() default "";

    /** Scenarios to generate (0: play {@link #scenarios()}). */
    int count() default 0;

    long seed() default 1;

    int trials() default 1;

    int parallel() default CurveballSuite.DEFAULT_PARALLEL;

    /** A folder of persona templates instead of the bundled ones. */
    String personaFolder() default "";

    /** Only these personas play (none: all of them). */
    String[] personas() default {};

    /** The folder run directories go under. */
    String out() default "target/curveball";

    /** ERROR conversations abort their tests rather than fail them. */
    boolean abortOnError() default false;
}
