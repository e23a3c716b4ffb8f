package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * What every panel kind has: id and grid position (given by the dashboard's layout unless declared), title,
 * description, declared width and height, data source, queries, field options, overrides and transformations,
 * the {@link RawFields} the typed model does not cover, merged into the panel's JSON at their paths, and the name of
 * the declared metric the panel shows (its unit is the panel's unless one is set; the model must declare it).
 */
public record PanelCommon(@Nullable Integer id, String title, String description, int width, int height,
                          @Nullable GridPos gridPos, DatasourceRef datasource, List<PrometheusTarget> targets,
                          FieldConfig fieldConfig, List<FieldOverride> overrides, List<Transformation> transformations,
                          RawFields raw, @Nullable String metric) {
    public PanelCommon {
        description = description == null ? "" : description;
        targets = Values.list(targets);
        overrides = Values.list(overrides);
        transformations = Values.list(transformations);
        raw = raw == null ? RawFields.none() : raw;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("panel '" + title + "' needs a positive width and height");
        }
    }

    /** A panel without raw fields or a metric. */
    public PanelCommon(Integer id, String title, String description, int width, int height, GridPos gridPos,
                       DatasourceRef datasource, List<PrometheusTarget> targets, FieldConfig fieldConfig,
                       List<FieldOverride> overrides, List<Transformation> transformations) {
        this(id, title, description, width, height, gridPos, datasource, targets, fieldConfig, overrides,
                transformations, RawFields.none(), null);
    }

    public PanelCommon placed(int newId, GridPos position) {
        return new PanelCommon(newId, title, description, position.w(), position.h(), position, datasource, targets,
                fieldConfig, overrides, transformations, raw, metric);
    }
}
