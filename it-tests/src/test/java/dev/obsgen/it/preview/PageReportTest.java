package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The panel boxes a page drew against the dashboard's panel ids: the same ids pass in any order, nothing else does. */
class PageReportTest {
    private static final List<String> DASHBOARD = List.of("1", "2", "3");

    static Stream<Arguments> boxes() {
        return Stream.of(
                Arguments.of(List.of("1", "2", "3"), ""),
                Arguments.of(List.of("3", "1", "2"), ""),
                // As many boxes as panels, so a count would pass: one panel drawn twice, another not at all.
                Arguments.of(List.of("1", "1", "3"), "page.svg: panel boxes drawn [1, 1, 3], the dashboard's panels are "
                        + "[1, 2, 3]: no box for [2], boxes beyond its panels [1]"),
                Arguments.of(List.of("1", "2", "9"), "page.svg: panel boxes drawn [1, 2, 9], the dashboard's panels are "
                        + "[1, 2, 3]: no box for [3], boxes beyond its panels [9]"),
                Arguments.of(List.of("1", "2"), "page.svg: panel boxes drawn [1, 2], the dashboard's panels are "
                        + "[1, 2, 3]: no box for [3], boxes beyond its panels []"),
                Arguments.of(List.of("1", "2", "3", "3"), "page.svg: panel boxes drawn [1, 2, 3, 3], the dashboard's "
                        + "panels are [1, 2, 3]: no box for [], boxes beyond its panels [3]"),
                Arguments.of(List.of(), "page.svg: panel boxes drawn [], the dashboard's panels are [1, 2, 3]: "
                        + "no box for [1, 2, 3], boxes beyond its panels []"));
    }

    @ParameterizedTest
    @MethodSource("boxes")
    void theBoxesMustBeTheDashboardsPanels(List<String> boxed, String failure) {
        PageReport report = new PageReport(Path.of("/p/page.svg"), List.of(), boxed, List.of(), List.of(),
                Path.of("/p/page.png"));
        assertEquals(failure.isEmpty() ? List.of() : List.of(failure), report.failures(DASHBOARD));
    }
}
