package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;

/**
 * A dashboard as the Kubernetes-style resource Grafana 12 and later store, Git Sync reads from a repository and
 * grafanactl pushes: {@code apiVersion}, {@code kind: Dashboard}, {@code metadata.name} the dashboard's uid, the
 * folder's uid in the {@code grafana.app/folder} annotation, and the dashboard itself under {@code spec} (the classic
 * JSON for the v1 resource, the v2 spec for v2).
 *
 * <p>The version follows the release: Grafana 12 serves {@code v1beta1} and (from 12.2) {@code v2beta1}, Grafana 13
 * serves {@code v1} and {@code v2} (its HTTP API docs and Git Sync's export use {@code v1}). No namespace is
 * written: Git Sync rejects a file whose namespace is not its repository's, and grafanactl fills in its context's.
 */
public final class DashboardResource {
    public static final String GROUP = "dashboard.grafana.app";
    /** The annotation holding the uid of the folder a resource sits in. */
    public static final String FOLDER_ANNOTATION = "grafana.app/folder";

    private DashboardResource() {
    }

    /** The {@code apiVersion} of the format's resource on the release; classic JSON has none. */
    public static String apiVersion(DashboardFormat format, GrafanaVersion version) {
        boolean thirteen = version.major() >= 13;
        return switch (format) {
            case CLASSIC -> throw new IllegalArgumentException("classic dashboard JSON is not a resource");
            case RESOURCE -> GROUP + (thirteen ? "/v1" : "/v1beta1");
            // The spec's own shape follows the same line: DashboardV2 writes v2beta1 where this says v2beta1.
            case V2 -> GROUP + (DashboardV2.isBeta(version) ? "/v2beta1" : "/v2");
        };
    }

    /** What the format's files are, for the notes beside them: {@code v1 resource} or {@code v2 resource}. */
    static String describe(DashboardFormat format) {
        return switch (format) {
            case CLASSIC -> "classic JSON";
            case RESOURCE -> "v1 resource";
            case V2 -> "v2 resource";
        };
    }

    /** The resource around {@code spec}, the dashboard in the format's shape. */
    public static Map<String, Object> of(Dashboard dashboard, Object spec, DashboardFormat format,
                                         GrafanaVersion version) {
        JsonObject metadata = JsonObject.of().put("name", dashboard.uid());
        if (!dashboard.folder().isEmpty()) {
            metadata.put("annotations", JsonObject.of().put(FOLDER_ANNOTATION, FolderResource.uid(dashboard.folder())));
        }
        return JsonObject.of()
                .put("apiVersion", apiVersion(format, version))
                .put("kind", "Dashboard")
                .put("metadata", metadata)
                .put("spec", spec)
                .map();
    }
}
