package dev.curveball.junit;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a {@code @TestFactory} method a {@link CurveballSuite} set up from the
 * {@link CurveballConfig} on the method, else on its class. Registered by the annotation itself.
 */
public final class CurveballExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CurveballSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        CurveballConfig config = config(context.getRequiredTestMethod())
                .or(() -> context.getTestClass().flatMap(CurveballExtension::config))
                .orElseThrow(() -> new ParameterResolutionException("a CurveballSuite parameter needs @CurveballConfig on "
                        + context.getRequiredTestMethod() + " or its class"));
        return suite(config);
    }

    static CurveballSuite suite(CurveballConfig config) {
        CurveballSuite suite = Curveball.suite(config.agent()).world(config.world()).seed(config.seed()).trials(config.trials())
                .parallel(config.parallel()).out(Path.of(config.out()));
        if (!config.scenarios().isEmpty()) {
            suite.scenarios(config.scenarios());
        }
        if (config.count() != 0) {
            suite.count(config.count());
        }
        if (!config.personaFolder().isEmpty()) {
            suite.personas(Path.of(config.personaFolder()));
        }
        if (config.personas().length > 0) {
            suite.personas(config.personas());
        }
        return config.abortOnError() ? suite.abortOnError() : suite;
    }

    private static Optional<CurveballConfig> config(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(CurveballConfig.class));
    }
}
