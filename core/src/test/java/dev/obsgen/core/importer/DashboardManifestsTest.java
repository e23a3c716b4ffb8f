package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which YAML files an import reads as dashboards rather than rules, by their top-level kind. */
class DashboardManifestsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a ConfigMap                    | cm.yaml    | kind: ConfigMap                                                   | true",
        "a GrafanaDashboard             | gd.yml     | kind: GrafanaDashboard                                            | true",
        "a v2 Dashboard resource        | v2.yaml    | 'apiVersion: dashboard.grafana.app/v2\nkind: Dashboard'           | true",
        "a Dashboard quoted             | v1.yaml    | 'apiVersion: dashboard.grafana.app/v1beta1\nkind: \"Dashboard\"'  | true",
        "a GrafanaManifest              | gm.yaml    | 'kind: GrafanaManifest\nspec:\n  template:\n    kind: Dashboard'   | true",
        "a Folder resource              | f.yaml     | 'apiVersion: folder.grafana.app/v1beta1\nkind: Folder'           | true",
        "a PrometheusRule               | rule.yaml  | kind: PrometheusRule                                              | false",
        "a rule file                    | rules.yml  | 'groups:\n- name: g'                                              | false",
        "a dashboard kind in a JSON file | d.json    | kind: Dashboard                                                   | false"})
    void tellsDashboardsFromRules(String name, String file, String text, boolean dashboards) throws IOException {
        assertEquals(dashboards, DashboardManifests.holdsDashboards(Files.writeString(dir.resolve(file),
                text.replace("\\n", "\n"))), name);
    }
}
