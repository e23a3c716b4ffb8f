package dev.obsgen.model.dashboard;

import dev.obsgen.model.metric.Metric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields every panel builder shares. Width ({@link #span}) and {@link #height} are what the layout needs; a
 * panel flows into the grid unless {@link #gridPos} places it. The unit is the one set, else that of the
 * {@link #metric} the panel shows.
 */
public abstract class PanelBuilder<B extends PanelBuilder<B, P>, P extends Panel> {
    private static final String REF_IDS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final String title;
    private String description = "";
    private Integer id;
    private int span = 12;
    private int height = 8;
    private GridPos gridPos;
    private DatasourceRef datasource = DatasourceRef.prometheusVariable();
    private final List<PrometheusTarget> targets = new ArrayList<>();
    private GrafanaUnit unit;
    private Metric metric;
    private Integer decimals;
    private Double min;
    private Double max;
    private String noValue;
    private Thresholds thresholds;
    private FieldConfig.ColorMode color;
    private final List<ValueMapping> mappings = new ArrayList<>();
    private final List<DataLink> links = new ArrayList<>();
    private final List<FieldOverride> overrides = new ArrayList<>();
    private final List<Transformation> transformations = new ArrayList<>();
    private RawFields raw = RawFields.none();

    protected PanelBuilder(String title) {
        this.title = title;
    }

    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    public B description(String text) {
        this.description = text;
        return self();
    }

    /** A fixed panel id; the dashboard numbers panels without one. */
    public B id(int value) {
        this.id = value;
        return self();
    }

    /** The width in grid columns, 1 to 24. */
    public B span(int columns) {
        this.span = columns;
        return self();
    }

    /** The height in grid rows of about 30 px. */
    public B height(int rows) {
        this.height = rows;
        return self();
    }

    /** An explicit position instead of flowing into the grid. */
    public B gridPos(GridPos position) {
        this.gridPos = position;
        if (position != null) {
            this.span = position.w();
            this.height = position.h();
        }
        return self();
    }

    public B datasource(DatasourceRef value) {
        this.datasource = value;
        return self();
    }

    public B withTarget(PrometheusTarget target) {
        targets.add(target);
        return self();
    }

    public B withTarget(PrometheusTarget.Builder target) {
        return withTarget(target == null ? null : target.build());
    }

    public B unit(GrafanaUnit value) {
        this.unit = value;
        return self();
    }

    /**
     * The metric this panel shows: its unit becomes the panel's unit unless {@link #unit} is set. The model must
     * declare it (check {@code dashboard/panel-metric}): a metric it does not declare is an error, not a hint.
     */
    public B metric(Metric value) {
        this.metric = value;
        return self();
    }

    public B decimals(int value) {
        this.decimals = value;
        return self();
    }

    public B min(double value) {
        this.min = value;
        return self();
    }

    public B max(double value) {
        this.max = value;
        return self();
    }

    public B noValue(String text) {
        this.noValue = text;
        return self();
    }

    public B thresholds(Thresholds value) {
        this.thresholds = value;
        return self();
    }

    /**
     * How values are coloured ({@code fieldConfig.defaults.color.mode}); the Grafana Foundation SDK's name. Not to be
     * confused with the stat panel's {@code colorMode}, which says what a stat paints (value or background).
     */
    public B colorScheme(FieldConfig.ColorMode value) {
        this.color = value;
        return self();
    }

    public B withMapping(ValueMapping mapping) {
        mappings.add(mapping);
        return self();
    }

    public B withLink(DataLink link) {
        links.add(link);
        return self();
    }

    public B withOverride(FieldOverride override) {
        overrides.add(override);
        return self();
    }

    public B withTransformation(Transformation transformation) {
        transformations.add(transformation);
        return self();
    }

    /**
     * A Grafana JSON field the typed model does not have, at a path in the panel's JSON such as
     * {@code options.legend.sortBy}; see {@link RawFields}. The renderer refuses a path the model already writes.
     */
    public B rawField(String path, Object value) {
        this.raw = raw.with(path, value);
        return self();
    }

    /** Raw fields under {@code options}, one per entry. */
    public B rawOptions(Map<String, ?> values) {
        this.raw = raw.withAll("options", values);
        return self();
    }

    /** Raw fields under {@code fieldConfig.defaults}, one per entry, such as {@code custom.lineInterpolation}. */
    public B rawFieldConfig(Map<String, ?> values) {
        this.raw = raw.withAll("fieldConfig.defaults", values);
        return self();
    }

    /** The shared part, with the unit resolved and every query given a refId (A, B, ...) unless it has one. */
    protected PanelCommon common() {
        GrafanaUnit resolved = unit != null ? unit : metric != null ? GrafanaUnit.of(metric.unit()) : null;
        Set<String> used = new HashSet<>();
        targets.forEach(t -> used.add(t == null ? null : t.refId()));
        List<PrometheusTarget> named = new ArrayList<>();
        int next = 0;
        for (PrometheusTarget target : targets) {
            if (target == null || target.refId() != null) {
                named.add(target);
                continue;
            }
            String refId;
            do {
                refId = refId(next++);
            } while (used.contains(refId));
            named.add(target.withRefId(refId));
        }
        FieldConfig fieldConfig = new FieldConfig(resolved, decimals, min, max, noValue, thresholds, color, mappings, links);
        return new PanelCommon(id, title, description, span, height, gridPos, datasource, named, fieldConfig,
                overrides, transformations, raw, metric == null ? null : metric.name());
    }

    /** Grafana's own naming: A to Z, then AA, AB and so on. */
    private static String refId(int index) {
        String letter = String.valueOf(REF_IDS.charAt(index % REF_IDS.length()));
        return index < REF_IDS.length() ? letter : refId(index / REF_IDS.length() - 1) + letter;
    }

    public abstract P build();
}
