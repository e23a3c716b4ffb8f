package dev.obsgen.model.collection;

/** One arrow of the architecture diagram: {@code from} sends {@code signal} to {@code to}, both named nodes. */
public record Link(String from, String to, Signal signal) {
    public static Link of(String from, Signal signal, String to) {
        return new Link(from, to, signal);
    }
}
