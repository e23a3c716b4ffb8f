package dev.obsgen.it.preview;

import dev.obsgen.core.render.preview.PreviewData;
import dev.obsgen.core.render.preview.PreviewSeries;
import dev.obsgen.it.stack.RangeResult;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.util.ArrayList;
import java.util.List;

/** The live series of a dashboard's panels, as a preview draws them, each named by its target's legend format. */
record LivePreviewData(LivePanelData live) implements PreviewData {
    @Override
    public List<PreviewSeries> series(Panel panel, PrometheusTarget target) {
        LivePanelData.Panel queried = live.panels().get(panel.common().id());
        RangeResult result = queried == null ? null : queried.results().get(target.refId());
        if (result == null) {
            return List.of();
        }
        List<PreviewSeries> series = new ArrayList<>();
        for (RangeResult.Series one : result.series()) {
            List<double[]> points = new ArrayList<>();
            one.points().forEach(point -> points.add(new double[] {point.timestamp(), point.value()}));
            series.add(new PreviewSeries(SeriesLegend.of(target.legendFormat(), one.labels(), result.promql()), points));
        }
        return series;
    }
}
