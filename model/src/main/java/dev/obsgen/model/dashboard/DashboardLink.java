package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * A link at the top of the dashboard: to the dashboards carrying some tags, or to a URL. {@code includeVars} and
 * {@code keepTime} carry the variables and time range over.
 */
public record DashboardLink(String title, Type type, @Nullable String url, List<String> tags, String icon,
                            String tooltip, boolean asDropdown, boolean targetBlank, boolean includeVars,
                            boolean keepTime) {
    public enum Type {
        LINK("link"), DASHBOARDS("dashboards");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public DashboardLink {
        tags = Values.list(tags);
        icon = icon == null ? "" : icon;
        tooltip = tooltip == null ? "" : tooltip;
        if (type == Type.LINK && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("link '" + title + "' needs a url");
        }
    }

    /** A drop-down of the dashboards tagged with all the given tags, keeping time range and variables. */
    public static DashboardLink dashboards(String title, String... tags) {
        return new DashboardLink(title, Type.DASHBOARDS, null, Values.of(tags), "external link", "", true, false, true, true);
    }

    public static DashboardLink url(String title, String url) {
        return new DashboardLink(title, Type.LINK, url, List.of(), "external link", "", false, true, false, false);
    }
}
