package dev.obsgen.core.write;

import java.util.function.Consumer;

/**
 * The files of one generation as they are rendered, for the writer and the drift check to take one at a time: a
 * rendering of a large model never has to sit in memory whole. {@link OutputSet} is one held in memory.
 */
public interface OutputSource {
    /** The comment lines the manifest starts with, the owner's line included. */
    String header();

    /** Whose tree this is ({@code platform 'metaflow'}); empty when not said. */
    String owner();

    /**
     * Hands every rendered file to {@code files}, one call at a time (never two at once), in no promised order; the
     * manifest is not among them (see {@link Manifest#render}). A renderer's failure is thrown from here.
     */
    void emit(Consumer<GeneratedFile> files);
}
