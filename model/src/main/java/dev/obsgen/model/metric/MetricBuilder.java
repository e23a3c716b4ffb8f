package dev.obsgen.model.metric;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** The fields every metric kind shares; each kind's builder adds its own. */
public abstract class MetricBuilder<B extends MetricBuilder<B, M>, M extends Metric> {
    final String name;
    String help = "";
    Unit unit = Unit.NONE;
    final List<Label> labels = new ArrayList<>();
    String job;
    String designNote = "";

    MetricBuilder(String name) {
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B help(String text) {
        this.help = text;
        return self();
    }

    public B unit(Unit value) {
        this.unit = value;
        return self();
    }

    /** Appends labels without allowed values. */
    public B withLabels(String... names) {
        for (String labelName : Values.of(names)) {
            labels.add(Label.of(labelName));
        }
        return self();
    }

    public B withLabel(Label label) {
        labels.add(label);
        return self();
    }

    /** Appends a label that may take only the given values. */
    public B withLabel(String labelName, String... allowedValues) {
        labels.add(Label.of(labelName, allowedValues));
        return self();
    }

    public B job(String scrapeJob) {
        this.job = scrapeJob;
        return self();
    }

    public B designNote(String note) {
        this.designNote = note;
        return self();
    }

    public abstract M build();
}
