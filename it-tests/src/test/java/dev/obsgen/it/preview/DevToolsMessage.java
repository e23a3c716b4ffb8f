package dev.obsgen.it.preview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.it.stack.HttpJson;
import java.io.IOException;
import java.util.Optional;

/**
 * One message Chromium sends over the DevTools protocol: the response to a command ({@code id} with {@code result} or
 * {@code error}) or an event ({@code method} with {@code params}), either tagged with the {@code sessionId} of the page
 * it concerns when it does not concern the browser itself.
 */
record DevToolsMessage(int id, String sessionId, String method, JsonNode params, JsonNode result, JsonNode error) {
    static final int NO_ID = -1;

    static DevToolsMessage parse(String text) {
        JsonNode json;
        try {
            json = HttpJson.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Chromium sent a DevTools message that is not JSON: " + text, e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalStateException("Chromium sent a DevTools message that is not a JSON object: " + text);
        }
        return new DevToolsMessage(json.path("id").asInt(NO_ID), json.path("sessionId").asText(""),
                json.path("method").asText(""), json.path("params"), json.path("result"), json.path("error"));
    }

    boolean isResponse() {
        return id != NO_ID;
    }

    boolean isEvent(String eventMethod) {
        return !isResponse() && method.equals(eventMethod);
    }

    /**
     * Whether this event is the load of the document one navigation started: a {@code Page.lifecycleEvent} named
     * {@code load} for the frame and loader {@code Page.navigate} answered with. {@code Page.loadEventFired} names
     * neither, so the load of the tab's first {@code about:blank} could pass for it.
     */
    boolean isLoadOf(String frameId, String loaderId) {
        return isEvent("Page.lifecycleEvent") && "load".equals(params.path("name").asText())
                && frameId.equals(params.path("frameId").asText()) && loaderId.equals(params.path("loaderId").asText());
    }

    /**
     * The result of the command this message answers, or the failure it reports: a protocol error, a navigation that
     * did not reach its page ({@code errorText} of {@code Page.navigate}), or a script that threw
     * ({@code exceptionDetails} of {@code Runtime.evaluate}).
     */
    JsonNode resultOf(String command) {
        if (!error.isMissingNode()) {
            throw new DevToolsException(command + " failed: " + error.path("message").asText()
                    + " (code " + error.path("code").asInt() + ")" + data(error));
        }
        if (!result.path("errorText").asText("").isEmpty()) {
            throw new DevToolsException(command + " failed: " + result.path("errorText").asText());
        }
        if (!result.path("exceptionDetails").isMissingNode()) {
            throw new DevToolsException(command + " threw: " + exceptionText(result.path("exceptionDetails")));
        }
        return result;
    }

    /**
     * What this event says went wrong on the page: an uncaught exception, a console error, or a browser log entry of
     * level error (a resource that failed to load, a document that does not parse). Empty for everything else.
     */
    Optional<String> pageProblem() {
        if (isResponse()) {
            return Optional.empty();
        }
        return switch (method) {
            case "Runtime.exceptionThrown" -> Optional.of("uncaught exception: "
                    + exceptionText(params.path("exceptionDetails")));
            case "Runtime.consoleAPICalled" -> "error".equals(params.path("type").asText()) || "assert".equals(
                    params.path("type").asText()) ? Optional.of("console." + params.path("type").asText() + ": "
                    + consoleText(params.path("args"))) : Optional.empty();
            case "Log.entryAdded" -> "error".equals(params.path("entry").path("level").asText())
                    ? Optional.of("log error (" + params.path("entry").path("source").asText() + "): "
                    + params.path("entry").path("text").asText() + at(params.path("entry").path("url").asText(),
                    params.path("entry").path("lineNumber"))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String exceptionText(JsonNode details) {
        String description = details.path("exception").path("description").asText("");
        String text = description.isEmpty() ? details.path("text").asText() : description;
        return text + at(details.path("url").asText(""), details.path("lineNumber"));
    }

    private static String consoleText(JsonNode args) {
        StringBuilder text = new StringBuilder();
        for (JsonNode arg : args) {
            JsonNode value = arg.path("value");
            text.append(text.isEmpty() ? "" : " ").append(value.isMissingNode()
                    ? arg.path("description").asText(arg.path("type").asText()) : value.asText());
        }
        return text.toString();
    }

    private static String at(String url, JsonNode line) {
        if (url.isEmpty()) {
            return "";
        }
        // The protocol counts lines from 0.
        return " at " + url + (line.isNumber() ? ":" + (line.asInt() + 1) : "");
    }

    private static String data(JsonNode error) {
        String data = error.path("data").asText("");
        return data.isEmpty() ? "" : ": " + data;
    }
}
