package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.util.List;

/**
 * What a panel's queries returned, for a preview drawn with data. {@link #NONE} draws the layout only (the
 * committed previews); any other source draws its series, and a query it answers with nothing shows "no data".
 */
@FunctionalInterface
public interface PreviewData {
    /** No data at all: panels show their queries' legends, nothing is said to be missing. */
    PreviewData NONE = new PreviewData() {
        @Override
        public List<PreviewSeries> series(Panel panel, PrometheusTarget target) {
            return List.of();
        }

        @Override
        public boolean queried() {
            return false;
        }
    };

    /** The series one query of the panel returned; empty when it returned none. Not asked for hidden queries. */
    List<PreviewSeries> series(Panel panel, PrometheusTarget target);

    /** Whether the queries were run at all, so that an empty answer means "no data". */
    default boolean queried() {
        return true;
    }
}
