package dev.obsgen.testreporting;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints {@code SKIPPED <test>: <reason>} on the console for each test that did not run: one disabled or skipped by
 * a condition, and one whose assumption failed (JUnit calls it aborted). Surefire's XML reports hold the reasons too,
 * but nobody reads them when the build is green, and a skip nobody sees is a test nobody runs. Registered through
 * {@code META-INF/services}, so every module whose test class path holds this jar prints its skips.
 */
public final class SkipReport implements TestExecutionListener {
    private final PrintStream out;

    public SkipReport() {
        this(System.out);
    }

    SkipReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(SkipReport::reason).orElse("aborted"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        out.println("SKIPPED " + name(test) + ": " + (reason == null || reason.isBlank() ? "no reason given" : reason));
        out.flush();
    }

    /** The class and method for a test method, the class for a class, else what JUnit shows. */
    static String name(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource method) {
            String simple = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
            String display = test.getDisplayName();
            String call = method.getMethodName() + "()";
            return simple + "." + (display.startsWith(method.getMethodName()) ? call : call + " [" + display + "]");
        }
        if (source instanceof ClassSource type) {
            return type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1);
        }
        return test.getDisplayName();
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        // JUnit prefixes an assumption's message: "Assumption failed: <message>".
        return message == null ? failure.getClass().getSimpleName() : message.replaceFirst("^Assumption failed: ", "");
    }
}
