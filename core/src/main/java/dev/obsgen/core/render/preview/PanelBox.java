package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.GridPos;

/** A rectangle of the picture in pixels; a panel's is its grid position scaled (see {@link DashboardPreview}). */
record PanelBox(double x, double y, double width, double height) {
    static PanelBox of(GridPos position) {
        return new PanelBox(DashboardPreview.MARGIN + position.x() * DashboardPreview.COLUMN_WIDTH,
                DashboardPreview.HEADER_HEIGHT + position.y() * DashboardPreview.GRID_UNIT,
                position.w() * DashboardPreview.COLUMN_WIDTH - DashboardPreview.GAP,
                position.h() * DashboardPreview.GRID_UNIT - DashboardPreview.GAP);
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }
}
