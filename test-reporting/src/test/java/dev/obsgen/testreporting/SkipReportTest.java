package dev.obsgen.testreporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Which tests the report prints, and how: every kind of skip with its reason, nothing for a test that ran. */
class SkipReportTest {

    // Run only through the launcher below; surefire does not run nested classes.
    static class Skipping {
        @Test
        @Disabled("the server is not installed here")
        void disabled() {
        }

        @Test
        void assumed() {
            Assumptions.assumeTrue(false, "promtool is not on the PATH");
        }

        @Test
        void aborted() {
            Assumptions.abort("no network");
        }

        @Test
        @EnabledIfSystemProperty(named = "obsgen.never.set", matches = "yes")
        void conditional() {
        }

        @Test
        void assumedWithoutReason() {
            Assumptions.assumeTrue(false);
        }
    }

    static class Running {
        @Test
        void passes() {
        }

        @Test
        void fails() {
            throw new AssertionError("a failure is not a skip");
        }
    }

    @Disabled("a whole class set aside")
    static class DisabledClass {
        @Test
        void never() {
        }
    }

    static Stream<Arguments> classes() {
        return Stream.of(
                Arguments.of(Skipping.class, List.of(
                        "SKIPPED SkipReportTest$Skipping.aborted(): no network",
                        "SKIPPED SkipReportTest$Skipping.assumed(): promtool is not on the PATH",
                        "SKIPPED SkipReportTest$Skipping.assumedWithoutReason(): assumption is not true",
                        "SKIPPED SkipReportTest$Skipping.conditional(): System property [obsgen.never.set] does not"
                                + " exist",
                        "SKIPPED SkipReportTest$Skipping.disabled(): the server is not installed here")),
                Arguments.of(Running.class, List.of()),
                Arguments.of(DisabledClass.class, List.of(
                        "SKIPPED SkipReportTest$DisabledClass: a whole class set aside")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classes")
    void printsEachSkipWithItsReason(Class<?> tests, List<String> expected) {
        assertEquals(expected, run(tests));
    }

    private static List<String> run(Class<?> tests) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests)).build(),
                new SkipReport(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        return printed.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }
}
