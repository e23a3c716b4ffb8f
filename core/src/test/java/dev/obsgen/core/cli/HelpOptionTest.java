package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A help request prints the usage on stdout and succeeds; a wrong argument prints it on stderr and exits 2. */
class HelpOptionTest {

    static Stream<Arguments> helpRequests() {
        return Stream.of(
                Arguments.of("--help"),
                Arguments.of("-h"),
                Arguments.of("help"),
                Arguments.of("--debug --help"),
                Arguments.of("generate --help"),
                Arguments.of("check --help"),
                Arguments.of("compose --help"),
                Arguments.of("compose-check -h"),
                Arguments.of("lint --help"),
                Arguments.of("lint rules.yml --help"),
                Arguments.of("verify --help"),
                Arguments.of("import --help"),
                Arguments.of("generate --model com.acme.Model --help"));
    }

    static Stream<Arguments> wrongArguments() {
        return Stream.of(
                Arguments.of("", "usage: obsgen"),
                Arguments.of("frobnicate", "usage: obsgen"),
                Arguments.of("--helpme", "usage: obsgen"),
                Arguments.of("generate --model", "missing value after --model"),
                Arguments.of("generate --bogus x", "unknown option --bogus"),
                Arguments.of("lint --bogus", "unknown option --bogus"),
                Arguments.of("lint", "name at least one rule file"),
                Arguments.of("verify --bogus x", "--bogus"),
                Arguments.of("import --bogus", "--bogus"));
    }

    @ParameterizedTest(name = "obsgen {0}")
    @MethodSource("helpRequests")
    void helpGoesToStdoutAndExitsZero(String arguments) {
        Printed printed = run(arguments);
        assertEquals(0, printed.status(), printed.err());
        assertTrue(printed.out().startsWith("usage: obsgen generate"), printed.out());
        assertTrue(printed.out().contains("obsgen lint") && printed.out().contains("--help"), printed.out());
        assertEquals("", printed.err());
    }

    @ParameterizedTest(name = "obsgen {0}")
    @MethodSource("wrongArguments")
    void aWrongArgumentGoesToStderrAndExitsTwo(String arguments, String message) {
        Printed printed = run(arguments);
        assertEquals(2, printed.status(), printed.err());
        assertEquals("", printed.out());
        assertTrue(printed.err().contains(message), printed.err());
    }

    private record Printed(int status, String out, String err) {
    }

    private static Printed run(String arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
        int status = Obsgen.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Printed(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
