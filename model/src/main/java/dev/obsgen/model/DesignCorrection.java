package dev.obsgen.model;

import java.util.Objects;

/** Where the model departs from the design document it implements: what the design said, what the model does, and why. */
public record DesignCorrection(String element, String designSays, String modelDoes, String why) {
    public DesignCorrection {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(designSays, "designSays");
        Objects.requireNonNull(modelDoes, "modelDoes");
        Objects.requireNonNull(why, "why");
    }
}
