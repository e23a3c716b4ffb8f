package dev.obsgen.core.gotemplate;

import dev.obsgen.core.gotemplate.Node.ListNode;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Go {@code text/template}: the body of the named template and the templates its {@code {{define}}} and
 * {@code {{block}}} actions define.
 */
public record Template(String name, ListNode root, Map<String, ListNode> definitions) {
    public Template {
        definitions = Map.copyOf(definitions);
    }

    /**
     * Parses as Go's {@code template.New(name).Funcs(...).Parse(text)} does, checking every function name against
     * {@code functions}.
     *
     * @throws TemplateParseException where and why Go would reject it
     */
    public static Template parse(String name, String text, Set<String> functions) {
        return Parser.parse(name, text, functions);
    }
}
