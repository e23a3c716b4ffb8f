package dev.obsgen.core.importer;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One method of the imported model's source: its name, its body (statements, indented by the writer) with the
 * {@code return} that gives the element, the type it returns, and the imports its body needs.
 *
 * @param name       a Java identifier unique in the class
 * @param returnType the simple name of the element type, such as {@code RuleGroup} or {@code Dashboard}
 * @param body       the statements, one per line, without the method's braces or indentation
 * @param imports    fully qualified names the body uses
 */
public record JavaMethod(String name, String returnType, String body, SortedSet<String> imports) {
    public JavaMethod {
        imports = new TreeSet<>(imports == null ? Set.of() : imports);
    }
}
