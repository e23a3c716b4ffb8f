package dev.obsgen.model;

/** Where the model departs from the design document it implements: what the design said, what the model does, and why. */
public record DesignCorrection(String element, String designSays, String modelDoes, String why) {
}
