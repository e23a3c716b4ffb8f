package dev.obsgen.it.preview;

import dev.obsgen.it.stack.Binaries;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link Chromium} of the test run: started for the first test that asks, kept in the root
 * context's store and closed (browser killed, profile deleted) when the run ends, whether the tests passed or not.
 * Without the Debian package {@code chromium} each test is aborted with the package to install, or fails on CI
 * ({@link Binaries}).
 */
public final class ChromiumExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        var binary = Binaries.chromium();
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, type -> Chromium.start(binary),
                Chromium.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
    }
}
