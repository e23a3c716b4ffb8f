package dev.obsgen.core.render.elasticsearch;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code elasticsearch/<store>/<template>.index-template.json}: the body of {@code PUT _index_template/<template>} for each
 * search store, the same for Elasticsearch 7.8+ and OpenSearch. Fields outside the record are kept in the source
 * but not indexed ({@code dynamic: false}): a service logging an extra field loses no line and grows no mapping.
 * The template's {@code _meta} says it is generated, from which model, and by what.
 */
public final class IndexTemplateRenderer implements Renderer {
    public static final String DIRECTORY = "elasticsearch/";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.collection() == null) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (Store store : model.collection().stores()) {
            if (store instanceof SearchStore search) {
                files.add(GeneratedFile.text(path(search), JsonText.write(document(model, search, settings.header()))));
            }
        }
        return files;
    }

    public static String path(SearchStore store) {
        return DIRECTORY + store.name() + "/" + store.template().name() + ".index-template.json";
    }

    /**
     * The template body. Its {@code _meta} (user metadata both Elasticsearch and OpenSearch keep with the template
     * and return with it) says the template is generated, since JSON has no comment to carry the header.
     */
    static Map<String, Object> document(Observability model, SearchStore store, String header) {
        IndexTemplate template = store.template();
        Map<String, Object> mappings = new LinkedHashMap<>();
        mappings.put("dynamic", false);
        mappings.put("properties", IndexMapping.of(model, store).properties());
        Map<String, Object> indexSettings = new LinkedHashMap<>();
        indexSettings.put("number_of_shards", template.shards());
        indexSettings.put("number_of_replicas", template.replicas());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("settings", indexSettings);
        body.put("mappings", mappings);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_meta", Map.of("description", header, "managed_by", "obsgen"));
        document.put("index_patterns", template.patterns());
        document.put("priority", template.priority());
        if (template.dataStream()) {
            document.put("data_stream", Map.of());
        }
        document.put("template", body);
        return document;
    }
}
