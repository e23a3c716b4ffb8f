package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * What every panel kind has: id and grid position (given by the dashboard's layout unless declared), title,
 * description, declared width and height, data source, queries, field options, overrides and transformations.
 */
public record PanelCommon(@Nullable Integer id, String title, String description, int width, int height,
                          @Nullable GridPos gridPos, DatasourceRef datasource, List<PrometheusTarget> targets,
                          FieldConfig fieldConfig, List<FieldOverride> overrides, List<Transformation> transformations)
        {
    public PanelCommon {
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
