package dev.obsgen.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells a YAML file of dashboards (a ConfigMap, a List of them as kube-prometheus ships, a grafana-operator
 * GrafanaDashboard or GrafanaManifest, or a dashboard.grafana.app Dashboard or folder.grafana.app Folder resource as
 * Git Sync and grafanactl keep them) from a rule file by its top-level kinds, so one import can take a folder holding both.
 */
final class DashboardManifests {
    private static final Pattern DASHBOARD_KIND = Pattern.compile("(?m)^(?:- )?\\s*kind:\\s*[\"']?(ConfigMap|GrafanaDashboard|GrafanaManifest|Dashboard|Folder)[\"']?\\s*$");
    private static final Pattern RULE_KIND = Pattern.compile("(?m)^(?:- )?\\s*kind:\\s*[\"']?PrometheusRule[\"']?\\s*$|^groups:");

    private DashboardManifests() {
    }

    static boolean holdsDashboards(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
            return false;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return DASHBOARD_KIND.matcher(text).find() && !RULE_KIND.matcher(text).find();
        } catch (IOException | RuntimeException e) {
            // The rule file reader reports a file it cannot read, with the reason.
            return false;
        }
    }
}
