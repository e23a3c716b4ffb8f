package dev.obsgen.core.check.promql;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog a generation writes as {@code obsgen-catalog.json}, read back: every series the model declares,
 * records or has Prometheus write, with its labels, declared values and scrape interval, so rules written without
 * the model are checked as strictly as its own ({@link #complete()}: a name it does not list is an error), and the
 * severities its routing handles. The field names below are the file's format, written by the catalog renderer.
 */
public final class CatalogFile extends ListedCatalog {
    public static final String PATH = "obsgen-catalog.json";
    public static final String GENERATED_BY = "generatedBy";
    public static final String GENERATOR = "obsgen";
    public static final String FORMAT = "format";
    public static final int FORMAT_VERSION = 1;
    public static final String NOTICE = "notice";
    public static final String OWNER = "owner";
    public static final String METRICS = "metrics";
    public static final String RECORDED = "recordedSeries";
    public static final String PROMETHEUS = "prometheusSeries";
    public static final String ROUTING = "routing";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String UNIT = "unit";
    public static final String HELP = "help";
    public static final String JOB = "job";
    public static final String SCRAPE_INTERVAL = "scrapeInterval";
    public static final String LABELS = "labels";
    public static final String LABEL_VALUES = "labelValues";
    public static final String SERIES = "series";
    public static final String ROLE = "role";
    public static final String GROUP = "group";
    public static final String WRITTEN_FOR = "writtenFor";
    public static final String FOR_TARGETS = "targets";
    public static final String FOR_ALERTS = "alerts";
    public static final String DEFAULT_RECEIVER = "defaultReceiver";
    public static final String RECEIVERS = "receivers";
    public static final String ROUTES = "routes";
    public static final String SEVERITY = "severity";
    public static final String RECEIVER = "receiver";

    /** A catalog is generated, not written by hand; a larger file is not one and is refused before it is read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final List<String> routedSeverities;
    private final List<String> receivers;

    CatalogFile(Map<String, CatalogEntry> entries, List<String> routedSeverities, List<String> receivers) {
        entries.values().forEach(this::add);
        this.routedSeverities = routedSeverities == null ? null : List.copyOf(routedSeverities);
        this.receivers = List.copyOf(receivers);
    }

    /**
     * Reads an {@code obsgen-catalog.json}; every problem is an {@link IOException} whose message is one line that
     * names the file and the JSON path ({@code $.metrics[3].type}) or the line and column where it went wrong.
     */
    public static CatalogFile read(Path file) throws IOException {
        String text = text(file);
        return CatalogFileReader.readIfCatalog(file.toString(), text).orElseThrow(() -> new IOException(file
                + ": $." + GENERATED_BY + ": missing; this is not an obsgen catalog (" + PATH + ")"));
    }

    /**
     * The file as an obsgen catalog, or empty when it is some other catalog (a metadata response, an exposition:
     * JSON without a {@code generatedBy} field, or not JSON). JSON that does not parse is an error here, with its
     * position, whatever it was meant to be.
     */
    public static Optional<CatalogFile> readIfCatalog(Path file) throws IOException {
        String text = text(file);
        if (!text.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        return CatalogFileReader.readIfCatalog(file.toString(), text);
    }

    private static String text(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        if (size > MAX_BYTES) {
            throw new IOException(file + ": " + size + " bytes is larger than a catalog can be (" + MAX_BYTES + ")");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The severities some route handles, in the file's order; empty when the catalog has no routing. */
    public Optional<List<String>> routedSeverities() {
        return Optional.ofNullable(routedSeverities);
    }

    public List<String> receivers() {
        return receivers;
    }
}
