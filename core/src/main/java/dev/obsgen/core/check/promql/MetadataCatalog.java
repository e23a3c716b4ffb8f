package dev.obsgen.core.check.promql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.model.metric.MetricType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Metric types for rules without a model, read from a Prometheus {@code /api/v1/metadata} response or from a
 * metrics exposition ({@code # TYPE} lines). It knows types, not labels; names it does not list are not errors.
 */
public final class MetadataCatalog implements TypedCatalog {
    private final Map<String, CatalogEntry> entries = new TreeMap<>();

    public static MetadataCatalog read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        MetadataCatalog catalog = new MetadataCatalog();
        if (text.stripLeading().startsWith("{")) {
            JsonNode data = new ObjectMapper().readTree(text).path("data");
            if (!data.isObject()) {
                throw new IOException(file + " is JSON but not a /api/v1/metadata response (no 'data' object)");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode first = field.getValue().path(0);
                catalog.add(field.getKey(), first.path("type").asText(""));
            }
        } else {
            for (String line : text.split("\n")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length >= 4 && parts[0].equals("#") && parts[1].equals("TYPE")) {
                    catalog.add(parts[2], parts[3]);
                }
            }
        }
        if (catalog.entries.isEmpty()) {
            throw new IOException(file + " lists no metric types: give a /api/v1/metadata response or an exposition with # TYPE lines");
        }
        return catalog;
    }

    private void add(String name, String typeName) {
        MetricType type;
        try {
            type = MetricType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return;
        }
        Map<String, SeriesRole> series = new HashMap<>();
        switch (type) {
            case HISTOGRAM -> {
                series.put(name + "_bucket", SeriesRole.BUCKET);
                series.put(name + "_sum", SeriesRole.SUM);
                series.put(name + "_count", SeriesRole.COUNT);
            }
            case SUMMARY -> {
                series.put(name, SeriesRole.QUANTILE);
                series.put(name + "_sum", SeriesRole.SUM);
                series.put(name + "_count", SeriesRole.COUNT);
            }
            default -> series.put(name, SeriesRole.VALUE);
        }
        series.forEach((seriesName, role) -> entries.putIfAbsent(seriesName,
                new CatalogEntry(seriesName, name, type, role, null, Map.of(), null, false)));
    }

    @Override
    public Optional<CatalogEntry> lookup(String seriesName) {
        CatalogEntry entry = entries.get(seriesName);
        return entry != null ? Optional.of(entry) : new NameCatalog().lookup(seriesName);
    }

    @Override
    public Collection<String> names() {
        return entries.keySet();
    }
}
