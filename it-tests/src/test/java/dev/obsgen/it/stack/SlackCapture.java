package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;

/** Stands in for a Slack incoming webhook: Alertmanager posts one message per notification; Slack answers 200. */
public final class SlackCapture extends HttpCapture {
    SlackCapture() {
        this("Slack");
    }

    /** A capture named for whose webhook it stands in for, such as {@code Slack of team 'serving'}. */
    SlackCapture(String service) {
        super(service, "/services/webhook", 200, "ok");
    }

    /**
     * Waits for a message received after the mark whose title starts with the status ({@code FIRING} or
     * {@code RESOLVED}), names the alert, and contains {@code detail} anywhere (use "" for no detail).
     */
    public JsonNode awaitMessage(int mark, String status, String alertName, String detail) {
        return await(mark, "a " + status + " message for " + alertName + (detail.isEmpty() ? "" : " mentioning " + detail),
                message -> title(message).startsWith("[" + status) && title(message).contains("] " + alertName + " (")
                        && message.toString().contains(detail));
    }

    public boolean mentions(int mark, String text) {
        return receivedSince(mark).stream().anyMatch(message -> message.toString().contains(text));
    }

    public static JsonNode attachment(JsonNode message) {
        return message.path("attachments").path(0);
    }

    public static String title(JsonNode message) {
        return attachment(message).path("title").asText();
    }
}
