package dev.obsgen.it.stack;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Runs a {@link LiveStack} of the Metaflow reference model for one test class ({@code @ExtendWith}), or of a platform
 * composed with teams declared on it ({@code @RegisterExtension} of {@link #composing}): started before the first test,
 * stopped (its processes only) and deleted after the last, whether the tests passed or not. Test and lifecycle
 * methods receive it as a parameter. A failure carries the tails of the Prometheus and Alertmanager logs, as a
 * report entry and as a suppressed exception in the failure's stack trace. Without the binaries each test is
 * aborted with the name of the Debian package to install (or, on CI, the class fails: see {@link Binaries}).
 */
public final class LiveStackExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LiveStackExtension.class);
    private static final String KEY = "stack";
    private static final String UNAVAILABLE = "unavailable";

    private final Supplier<Observability> platform;
    private final List<Observability> teams;

    /** The stack of the Metaflow reference model alone. */
    public LiveStackExtension() {
        this(() -> MetaflowObservability.model().build(), List.of());
    }

    private LiveStackExtension(Supplier<Observability> platform, List<Observability> teams) {
        this.platform = platform;
        this.teams = List.copyOf(teams);
    }

    /** The stack of the platform composed with the teams, each declared on exactly that platform. */
    public static LiveStackExtension composing(Observability platform, List<Observability> teams) {
        return new LiveStackExtension(() -> platform, teams);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path prometheus;
        Path alertmanager;
        try {
            prometheus = Binaries.prometheus();
            alertmanager = Binaries.alertmanager();
        } catch (TestAbortedException missing) {
            // Aborting here would hide the class's tests from the report; each one is aborted with the reason instead.
            context.getStore(NAMESPACE).put(UNAVAILABLE, missing.getMessage());
            return;
        }
        Path directory = Files.createTempDirectory("obsgen-live-stack-");
        LiveStack stack = LiveStack.start(platform.get(), teams, prometheus, alertmanager, directory);
        context.getStore(NAMESPACE).put(KEY, stack);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String unavailable = context.getStore(NAMESPACE).get(UNAVAILABLE, String.class);
        if (unavailable != null) {
            Assumptions.abort(unavailable);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LiveStack stack = context.getStore(NAMESPACE).remove(KEY, LiveStack.class);
        if (stack != null) {
            stack.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LiveStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LiveStack stack = context.getStore(NAMESPACE).get(KEY, LiveStack.class);
        if (stack == null) {
            throw new IllegalStateException("the live stack is not running: it starts in @BeforeAll of a class that "
                    + "registers " + LiveStackExtension.class.getSimpleName());
        }
        return stack;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogs(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogs(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogs(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogs(context, failure);
    }

    private static Throwable withLogs(ExtensionContext context, Throwable failure) {
        LiveStack stack = context.getStore(NAMESPACE).get(KEY, LiveStack.class);
        if (stack != null) {
            String logs = stack.logs();
            context.publishReportEntry("live-stack-logs", logs);
            failure.addSuppressed(new StackLogs(logs));
        }
        return failure;
    }

    /** The process logs, carried in a failure's stack trace. */
    static final class StackLogs extends RuntimeException {
        StackLogs(String logs) {
            super("logs of the live stack at the time of the failure:\n" + logs, null, false, false);
        }
    }
}
