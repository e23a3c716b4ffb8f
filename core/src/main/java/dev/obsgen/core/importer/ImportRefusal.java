package dev.obsgen.core.importer;

/**
 * Inputs an import cannot reconcile, such as one dashboard uid with different dashboards in two files: nothing is
 * written, and the message, one line, names the files.
 */
public final class ImportRefusal extends RuntimeException {
    public ImportRefusal(String message) {
        super(message);
    }
}
