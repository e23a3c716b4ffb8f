package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.model.dashboard.DatasourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the code of one dashboard shares while it is written: the file and dashboard the notes name, the imports,
 * the expressions queried, and the data source references, each declared once as a local variable.
 */
final class ImportContext {
    static final String MODEL = "dev.obsgen.model.dashboard.";

    private final String file;
    private final String uid;
    private final ImportNotes notes;
    private final SortedSet<String> imports = new TreeSet<>();
    private final java.util.Set<String> noted = new java.util.HashSet<>();
    private final List<String> expressions = new ArrayList<>();
    private final Map<String, String> datasourceNames = new LinkedHashMap<>();
    private final Map<String, String> datasourceDeclarations = new LinkedHashMap<>();
    private SelectorConstants selectors = new SelectorConstants(List.of(), java.util.Set.of());

    ImportContext(String file, String uid, ImportNotes notes) {
        this.file = file;
        this.uid = uid;
        this.notes = notes;
    }

    String uid() {
        return uid;
    }

    void note(String element, String message) {
        if (!noted.add(element + "\u0000" + message)) {
            return;
        }
        notes.add(file, element.isEmpty() ? "dashboard '" + uid + "'" : "dashboard '" + uid + "' " + element,
                message);
    }

    /** Uses a model type by simple name, such as {@code GridPos}, and returns the name. */
    String model(String simpleName) {
        imports.add(MODEL + simpleName);
        return simpleName;
    }

    /** Uses a type by qualified name and returns its simple name. */
    String use(String qualifiedName) {
        imports.add(qualifiedName);
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    SortedSet<String> imports() {
        return imports;
    }

    void expression(String expr) {
        if (expr != null && !expr.isBlank()) {
            expressions.add(expr);
        }
    }

    List<String> expressions() {
        return expressions;
    }

    /**
     * The code of a data source reference, or null for the model's default ({@code ${datasource}} of type
     * prometheus). A name (the form before Grafana 8.3) becomes a reference of that uid, with a note.
     */
    String datasource(JsonNode node, String element) {
        if (node == null || node.isNull()) {
            return null;
        }
        String type;
        String id;
        if (node.isTextual()) {
            type = "prometheus";
            id = node.asText();
            if (id.equals("$datasource") || id.equals(DatasourceRef.VARIABLE_UID)) {
                note(element, "datasource '" + id + "' given by name (the form before Grafana 8.3), written as a"
                        + " reference to the ${datasource} variable's Prometheus data source");
                id = DatasourceRef.VARIABLE_UID;
            } else {
                note(element, "datasource '" + id + "' given by name (the form before Grafana 8.3), written as a"
                        + " reference of type prometheus with that uid");
            }
        } else {
            type = JsonValues.text(node, "type");
            id = JsonValues.text(node, "uid");
            if (type == null || id == null) {
                note(element, "data source " + JsonValues.shortText(node) + " lacks a type or uid; the model's"
                        + " ${datasource} is used");
                return null;
            }
        }
        if (type.equals("prometheus") && id.equals(DatasourceRef.VARIABLE_UID)) {
            return null;
        }
        String key = type + "\u0000" + id;
        String name = datasourceNames.get(key);
        if (name == null) {
            name = Identifiers.unique(Identifiers.camel(id.replace("$", "").replace("{", "").replace("}", ""),
                    "datasource") + "Source", datasourceNames.values());
            datasourceNames.put(key, name);
            datasourceDeclarations.put(name, model("DatasourceRef") + " " + name + " = new DatasourceRef("
                    + JavaText.string(type) + ", " + JavaText.string(id) + ");");
        }
        return name;
    }

    /** Declares the repeated matchers of the dashboard's queries, before any query is written. */
    void selectors(SelectorConstants constants) {
        this.selectors = constants;
    }

    /** A panel query as Java, using the selector constants. */
    String query(String expr, String indent) {
        return selectors.code(expr, indent);
    }

    /** The local variables of the selectors and data source references used, to precede the dashboard's builder. */
    List<String> declarations() {
        List<String> all = new ArrayList<>(selectors.declarations());
        all.addAll(datasourceDeclarations.values());
        return all;
    }
}
