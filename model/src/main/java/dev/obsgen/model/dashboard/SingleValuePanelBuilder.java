package dev.obsgen.model.dashboard;

/**
 * What single-value panels share (stat, gauge, bar gauge): how each series is reduced to one value and how the
 * values are laid out. Each kind gives its own default orientation.
 */
public abstract class SingleValuePanelBuilder<B extends SingleValuePanelBuilder<B, P>, P extends Panel>
        extends PanelBuilder<B, P> {
    private ReduceOptions reduceOptions = ReduceOptions.lastNotNull();
    private Orientation orientation;

    protected SingleValuePanelBuilder(String title, Orientation orientation) {
        super(title);
        this.orientation = orientation;
    }

    public B reduceOptions(ReduceOptions value) {
        this.reduceOptions = value;
        return self();
    }

    public B orientation(Orientation value) {
        this.orientation = value;
        return self();
    }

    protected ReduceOptions reduceOptions() {
        return reduceOptions;
    }

    protected Orientation orientation() {
        return orientation;
    }
}
