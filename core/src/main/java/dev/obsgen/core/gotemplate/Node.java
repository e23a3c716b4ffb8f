package dev.obsgen.core.gotemplate;

import java.util.List;

/**
 * A node of a parsed template, as in Go's {@code text/template/parse/node.go}. Every node knows the char offset
 * where it starts in the text that was parsed.
 */
public sealed interface Node {
    int offset();

    /** A sequence of nodes: a template's body, or a branch of a control structure. */
    record ListNode(int offset, List<Node> nodes) implements Node {
        public ListNode {
            nodes = List.copyOf(nodes);
        }
    }

    /** Text outside any action, trim markers applied. */
    record TextNode(int offset, String text) implements Node {
    }

    /** An action that prints or declares: {@code {{ pipeline }}}. */
    record ActionNode(int offset, PipeNode pipe) implements Node {
    }

    /**
     * Commands joined by {@code |}, with the variables it declares ({@code $x :=}) or assigns ({@code $x =}).
     */
    record PipeNode(int offset, boolean isAssign, List<VariableNode> declarations, List<CommandNode> commands)
            implements Node {
        public PipeNode {
            declarations = List.copyOf(declarations);
            commands = List.copyOf(commands);
        }
    }

    /** A function or value with its arguments, space-separated. */
    record CommandNode(int offset, List<Node> arguments) implements Node {
        public CommandNode {
            arguments = List.copyOf(arguments);
        }
    }

    /** The name of a function. */
    record IdentifierNode(int offset, String name) implements Node {
    }

    /** A variable with the fields that follow it: {@code $labels.instance} is {@code [$labels, instance]}. */
    record VariableNode(int offset, List<String> ident) implements Node {
        public VariableNode {
            ident = List.copyOf(ident);
        }
    }

    /** A field chain on dot: {@code .Labels.instance} is {@code [Labels, instance]}. */
    record FieldNode(int offset, List<String> ident) implements Node {
        public FieldNode {
            ident = List.copyOf(ident);
        }
    }

    /** Fields on a term that is neither dot nor a variable, such as {@code (index $x 0).Name}. */
    record ChainNode(int offset, Node node, List<String> fields) implements Node {
        public ChainNode {
            fields = List.copyOf(fields);
        }
    }

    record DotNode(int offset) implements Node {
    }

    record NilNode(int offset) implements Node {
    }

    record BoolNode(int offset, boolean value) implements Node {
    }

    /** A number or character constant as written; the parser has checked that Go reads it. */
    record NumberNode(int offset, String text) implements Node {
    }

    /** A string constant: as written, and its value. */
    record StringNode(int offset, String quoted, String value) implements Node {
    }

    /** {@code {{if}}}; an {@code {{else if}}} is an if node alone in the else list. */
    record IfNode(int offset, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
    }

    /** {@code {{range}}}: dot is each element in the list, unchanged in the else list. */
    record RangeNode(int offset, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
    }

    /** {@code {{with}}}: dot is the pipeline's value in the list, unchanged in the else list. */
    record WithNode(int offset, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
    }

    /** {@code {{template "name" pipeline}}}, also what a {@code {{block}}} leaves in place. */
    record TemplateNode(int offset, String name, PipeNode pipe) implements Node {
    }

    record BreakNode(int offset) implements Node {
    }

    record ContinueNode(int offset) implements Node {
    }
}
