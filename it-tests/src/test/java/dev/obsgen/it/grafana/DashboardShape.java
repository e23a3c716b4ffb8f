package dev.obsgen.it.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Grafana must keep of a provisioned dashboard: its uid, its schemaVersion (a migration raises it) and every
 * panel, rows' children included, with the query text of each target. Equal shapes mean nothing was dropped or
 * rewritten on the way in.
 */
record DashboardShape(String uid, int schemaVersion, List<PanelShape> panels) {
    record PanelShape(String title, List<String> exprs) {
    }

    static DashboardShape of(JsonNode dashboard) {
        List<PanelShape> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel(panel));
            for (JsonNode child : panel.path("panels")) {
                panels.add(panel(child));
            }
        }
        return new DashboardShape(dashboard.path("uid").asText(), dashboard.path("schemaVersion").asInt(), panels);
    }

    private static PanelShape panel(JsonNode panel) {
        List<String> exprs = new ArrayList<>();
        for (JsonNode target : panel.path("targets")) {
            exprs.add(target.path("expr").asText());
        }
        return new PanelShape(panel.path("title").asText(), exprs);
    }
}
