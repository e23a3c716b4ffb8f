package dev.obsgen.core.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an import could not carry over exactly: each note names the file, the element and what was put in an escape
 * hatch (or guessed) and why. Nothing is dropped without a note; the import report prints them all.
 */
public final class ImportNotes {
    /** One note; {@code element} names the rule, group, dashboard or panel as the input file does. */
    public record Note(String file, String element, String message) {
        public String format() {
            return file + ": " + element + ": " + message;
        }
    }

    private final List<Note> notes = new ArrayList<>();

    public void add(String file, String element, String message) {
        notes.add(new Note(file, element, message));
    }

    public List<Note> all() {
        return notes.stream().sorted(Comparator.comparing(Note::file).thenComparing(Note::element)
                .thenComparing(Note::message)).toList();
    }
}
