package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/**
 * What every panel kind has: id and grid position (given by the dashboard's layout unless declared), title,
 * description, declared width and height, data source, queries, field options, overrides and transformations.
 */
public record PanelCommon(Integer id, String title, String description, int width, int height, GridPos gridPos,
                          DatasourceRef datasource, List<PrometheusTarget> targets, FieldConfig fieldConfig,
                          List<FieldOverride> overrides, List<Transformation> transformations) {
    public PanelCommon {
        Objects.requireNonNull(title, "panel title");
        Objects.requireNonNull(fieldConfig, "panel field config");
        description = description == null ? "" : description;
        targets = Values.list(targets);
        overrides = Values.list(overrides);
        transformations = Values.list(transformations);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("panel '" + title + "' needs a positive width and height");
        }
    }

    public PanelCommon placed(int newId, GridPos position) {
        return new PanelCommon(newId, title, description, position.w(), position.h(), position, datasource, targets,
                fieldConfig, overrides, transformations);
    }
}
