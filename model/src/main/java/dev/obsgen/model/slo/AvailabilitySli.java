package dev.obsgen.model.slo;

/** The scrapes of a declared job that found a target down are the bad events. */
public record AvailabilitySli(String job) implements Sli {
}
