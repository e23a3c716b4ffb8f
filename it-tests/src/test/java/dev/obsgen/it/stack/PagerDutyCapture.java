package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stands in for the PagerDuty Events API v2: Alertmanager posts one event per notification, {@code trigger} when the
 * group fires and {@code resolve} when it resolves, and PagerDuty answers 202.
 */
public final class PagerDutyCapture extends HttpCapture {
    PagerDutyCapture() {
        this("PagerDuty");
    }

    /** A capture named for whose service it stands in for, such as {@code PagerDuty of team 'serving'}. */
    PagerDutyCapture(String service) {
        super(service, "/v2/enqueue", 202, "{\"status\":\"success\",\"message\":\"Event processed\"}");
    }

    /** Waits for an event of the action ({@code trigger} or {@code resolve}) about the alert, received after the mark. */
    public JsonNode awaitEvent(int mark, String action, String alertName) {
        return await(mark, "a '" + action + "' event for " + alertName,
                event -> action.equals(event.path("event_action").asText()) && alertName.equals(alertName(event)));
    }

    public boolean mentions(int mark, String alertName) {
        return receivedSince(mark).stream().anyMatch(event -> event.toString().contains(alertName));
    }

    public static String alertName(JsonNode event) {
        return event.path("payload").path("custom_details").path("alertname").asText();
    }
}
