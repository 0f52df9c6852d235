package dev.curveball.junit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.error.CurveballException;
import java.lang.reflect.InvocationTargetException;

/**
 * Where a Curveball suite in a team's own JUnit 5 build starts: the agent under test, then the
 * suite's world and scenarios, then {@link CurveballSuite#tests()} as the body of a
 * {@code @TestFactory}. The suite is played once, when the factory runs; each conversation
 * (scenario x trial) then reports its verdict as one dynamic test.
 *
 * <pre>{@code class RefundBotTest {
 *     @TestFactory
 *     Stream<DynamicTest> refunds() {
 *         return Curveball.suite(new RefundBot())
 *                 .world("src/test/curveball/world")
 *                 .count(12).seed(7)
 *                 .tests();
 *     }
 * }}</pre>
 */
public final class Curveball {
    private Curveball() {
    }

    /** A suite played against this instance (one instance plays every conversation, in parallel when asked). */
    public static CurveballSuite suite(Agent agent) {
        if (agent == null) {
            throw CurveballException.invalidInput("Curveball.suite(agent): the agent is null; pass the Agent instance to test");
        }
        return new CurveballSuite(agent);
    }

    /** A suite played against a new instance of {@code type}, made with its public no-argument constructor. */
    public static CurveballSuite suite(Class<? extends Agent> type) {
        return suite(instance(type));
    }

    static Agent instance(Class<? extends Agent> type) {
        if (type == null) {
            throw CurveballException.invalidInput("Curveball.suite(type): the agent class is null; pass the Agent class to test");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw CurveballException.invalidInput("agent " + type.getName() + ": has no public no-argument constructor;"
                    + " give it one, or pass an instance: Curveball.suite(new " + type.getSimpleName() + "(...))");
        } catch (InvocationTargetException e) {
            throw CurveballException.invalidInput("agent " + type.getName() + ": its constructor threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw CurveballException.invalidInput("agent " + type.getName() + ": cannot be made (" + e + ");"
                    + " make the class and its constructor public, or pass an instance", e);
        }
    }
}
