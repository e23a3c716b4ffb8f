package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each DevTools response and event means for the check of a page: a result, a failure, a problem, or nothing. */
class DevToolsMessageTest {

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("Target.createTarget", "{\"id\":1,\"result\":{\"targetId\":\"T1\"}}",
                        "result {\"targetId\":\"T1\"}"),
                Arguments.of("Page.enable", "{\"id\":2,\"result\":{},\"sessionId\":\"S\"}", "result {}"),
                Arguments.of("Page.navigate", "{\"id\":3,\"result\":{\"frameId\":\"F\",\"loaderId\":\"L\"},"
                        + "\"sessionId\":\"S\"}", "result {\"frameId\":\"F\",\"loaderId\":\"L\"}"),
                Arguments.of("Page.navigate", "{\"id\":3,\"result\":{\"frameId\":\"F\",\"errorText\":"
                        + "\"net::ERR_FILE_NOT_FOUND\"},\"sessionId\":\"S\"}",
                        "fails Page.navigate failed: net::ERR_FILE_NOT_FOUND"),
                Arguments.of("Runtime.evaluate", "{\"id\":4,\"result\":{\"result\":{\"type\":\"number\",\"value\":5}}}",
                        "result {\"result\":{\"type\":\"number\",\"value\":5}}"),
                Arguments.of("Runtime.evaluate", "{\"id\":4,\"result\":{\"result\":{\"type\":\"object\"},"
                        + "\"exceptionDetails\":{\"text\":\"Uncaught\",\"exception\":{\"description\":"
                        + "\"TypeError: x is not a function\"}}}}",
                        "fails Runtime.evaluate threw: TypeError: x is not a function"),
                Arguments.of("Page.captureScreenshot", "{\"id\":5,\"error\":{\"code\":-32000,\"message\":"
                        + "\"Unable to capture screenshot\"}}",
                        "fails Page.captureScreenshot failed: Unable to capture screenshot (code -32000)"),
                Arguments.of("Foo.bar", "{\"id\":6,\"error\":{\"code\":-32601,\"message\":\"'Foo.bar' wasn't found\","
                        + "\"data\":\"no such domain\"}}",
                        "fails Foo.bar failed: 'Foo.bar' wasn't found (code -32601): no such domain"));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void aResponseGivesItsResultOrFailsWithChromiumsWords(String command, String message, String outcome) {
        DevToolsMessage parsed = DevToolsMessage.parse(message);
        assertEquals(true, parsed.isResponse());
        assertEquals(java.util.Optional.empty(), parsed.pageProblem(), "a response is no page problem");
        String actual;
        try {
            actual = "result " + parsed.resultOf(command);
        } catch (DevToolsException e) {
            actual = "fails " + e.getMessage();
        }
        assertEquals(outcome, actual);
    }

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("{\"method\":\"Runtime.exceptionThrown\",\"sessionId\":\"S\",\"params\":{\"timestamp\":1,"
                        + "\"exceptionDetails\":{\"exceptionId\":1,\"text\":\"Uncaught\",\"lineNumber\":2,"
                        + "\"columnNumber\":9,\"url\":\"file:///p/a.svg\",\"exception\":{\"type\":\"object\","
                        + "\"description\":\"Error: broken preview\\n    at file:///p/a.svg:3:10\"}}}}",
                        "uncaught exception: Error: broken preview\n    at file:///p/a.svg:3:10 at file:///p/a.svg:3"),
                Arguments.of("{\"method\":\"Runtime.exceptionThrown\",\"params\":{\"exceptionDetails\":"
                        + "{\"text\":\"Uncaught SyntaxError: Unexpected token\"}}}",
                        "uncaught exception: Uncaught SyntaxError: Unexpected token"),
                Arguments.of("{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"error\",\"args\":"
                        + "[{\"type\":\"string\",\"value\":\"drawn wrong\"},{\"type\":\"number\",\"value\":3}]}}",
                        "console.error: drawn wrong 3"),
                Arguments.of("{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"assert\",\"args\":"
                        + "[{\"type\":\"object\",\"description\":\"Object\"}]}}",
                        "console.assert: Object"),
                Arguments.of("{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"log\",\"args\":"
                        + "[{\"type\":\"string\",\"value\":\"fine\"}]}}", ""),
                Arguments.of("{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"warning\",\"args\":"
                        + "[{\"type\":\"string\",\"value\":\"deprecated\"}]}}", ""),
                Arguments.of("{\"method\":\"Log.entryAdded\",\"params\":{\"entry\":{\"source\":\"network\","
                        + "\"level\":\"error\",\"text\":\"Failed to load resource: net::ERR_FILE_NOT_FOUND\","
                        + "\"url\":\"file:///p/missing.png\"}}}",
                        "log error (network): Failed to load resource: net::ERR_FILE_NOT_FOUND at file:///p/missing.png"),
                Arguments.of("{\"method\":\"Log.entryAdded\",\"params\":{\"entry\":{\"source\":\"other\","
                        + "\"level\":\"warning\",\"text\":\"slow\"}}}", ""),
                Arguments.of("{\"method\":\"Log.entryAdded\",\"params\":{\"entry\":{\"source\":\"other\","
                        + "\"level\":\"verbose\",\"text\":\"chatter\"}}}", ""),
                Arguments.of("{\"method\":\"Page.loadEventFired\",\"sessionId\":\"S\",\"params\":{\"timestamp\":2}}", ""),
                Arguments.of("{\"method\":\"Runtime.executionContextCreated\",\"params\":{\"context\":{\"id\":1}}}", ""),
                Arguments.of("{\"method\":\"Target.targetCreated\",\"params\":{\"targetInfo\":{\"type\":\"page\"}}}", ""));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventIsAPageProblemOnlyWhenItReportsAnError(String message, String problem) {
        DevToolsMessage parsed = DevToolsMessage.parse(message);
        assertEquals(false, parsed.isResponse());
        assertEquals(problem, parsed.pageProblem().orElse(""));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventIsMatchedByItsMethodOnly(String message, String ignored) {
        DevToolsMessage parsed = DevToolsMessage.parse(message);
        assertEquals(true, parsed.isEvent(parsed.method()));
        assertEquals(false, parsed.isEvent("Page.frameNavigated"));
    }

    /** Only the load of the document {@code Page.navigate} started (frame F, loader L2) ends the wait for it. */
    static Stream<Arguments> loads() {
        return Stream.of(
                Arguments.of("{\"method\":\"Page.lifecycleEvent\",\"sessionId\":\"S\",\"params\":{\"frameId\":\"F\","
                        + "\"loaderId\":\"L2\",\"name\":\"load\",\"timestamp\":3}}", true),
                // The tab's own about:blank, loaded late: same frame, an earlier loader.
                Arguments.of("{\"method\":\"Page.lifecycleEvent\",\"sessionId\":\"S\",\"params\":{\"frameId\":\"F\","
                        + "\"loaderId\":\"L1\",\"name\":\"load\",\"timestamp\":1}}", false),
                Arguments.of("{\"method\":\"Page.lifecycleEvent\",\"sessionId\":\"S\",\"params\":{\"frameId\":\"F\","
                        + "\"loaderId\":\"L2\",\"name\":\"DOMContentLoaded\",\"timestamp\":2}}", false),
                Arguments.of("{\"method\":\"Page.lifecycleEvent\",\"sessionId\":\"S\",\"params\":{\"frameId\":\"G\","
                        + "\"loaderId\":\"L2\",\"name\":\"load\",\"timestamp\":3}}", false),
                Arguments.of("{\"method\":\"Page.loadEventFired\",\"sessionId\":\"S\",\"params\":{\"timestamp\":3}}",
                        false),
                Arguments.of("{\"id\":7,\"result\":{\"frameId\":\"F\",\"loaderId\":\"L2\",\"name\":\"load\"}}", false));
    }

    @ParameterizedTest
    @MethodSource("loads")
    void onlyTheLoadOfTheNavigatedDocumentEndsTheWait(String message, boolean isTheLoad) {
        assertEquals(isTheLoad, DevToolsMessage.parse(message).isLoadOf("F", "L2"));
    }

    @org.junit.jupiter.api.Test
    void aMessageThatIsNotAJsonObjectIsRefusedWithItsText() {
        for (String text : new String[] {"not json", "[1,2]", "42"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DevToolsMessage.parse(text));
            assertEquals(true, e.getMessage().contains(text), e.getMessage());
        }
    }
}
