package dev.obsgen.core.gotemplate;

import dev.obsgen.core.gotemplate.Node.ActionNode;
import dev.obsgen.core.gotemplate.Node.ChainNode;
import dev.obsgen.core.gotemplate.Node.CommandNode;
import dev.obsgen.core.gotemplate.Node.FieldNode;
import dev.obsgen.core.gotemplate.Node.IdentifierNode;
import dev.obsgen.core.gotemplate.Node.IfNode;
import dev.obsgen.core.gotemplate.Node.ListNode;
import dev.obsgen.core.gotemplate.Node.PipeNode;
import dev.obsgen.core.gotemplate.Node.RangeNode;
import dev.obsgen.core.gotemplate.Node.StringNode;
import dev.obsgen.core.gotemplate.Node.TemplateNode;
import dev.obsgen.core.gotemplate.Node.VariableNode;
import dev.obsgen.core.gotemplate.Node.WithNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert labels a parsed alert template reads: {@code $labels.x}, {@code $.Labels.x}, {@code .Labels.x} where
 * dot is still the alert, {@code .x} inside {@code {{with $labels}}}, and {@code index $labels "x"}. Dot is the
 * alert only in the main template outside the bodies of {@code range} and {@code with}, which rebind it; a
 * {@code {{define}}} body gets whatever its caller passes, so only {@code $labels} counts there, and Go's parser
 * has already refused that (a definition sees no outer variable).
 */
final class LabelReferences {
    /** What dot holds where a node stands. */
    private enum Dot {
        ALERT, LABELS, OTHER
    }

    private final List<LabelReference> found = new ArrayList<>();
    private final int from;
    /** {@code $} is the data the template runs on: the alert in the main template, anything in a definition. */
    private boolean inDefinition;

    private LabelReferences(int from) {
        this.from = from;
    }

    /** The references in the template, skipping what stands before offset {@code from}. */
    static List<LabelReference> of(Template template, int from) {
        LabelReferences references = new LabelReferences(from);
        references.list(template.root(), Dot.ALERT);
        references.inDefinition = true;
        template.definitions().values().forEach(definition -> references.list(definition, Dot.OTHER));
        return references.found;
    }

    private void list(ListNode list, Dot dot) {
        if (list != null) {
            list.nodes().forEach(node -> node(node, dot));
        }
    }

    private void node(Node node, Dot dot) {
        if (node.offset() < from) {
            return;
        }
        if (node instanceof ActionNode action) {
            pipe(action.pipe(), dot);
        } else if (node instanceof IfNode branch) {
            pipe(branch.pipe(), dot);
            list(branch.list(), dot);
            list(branch.elseList(), dot);
        } else if (node instanceof RangeNode branch) {
            pipe(branch.pipe(), dot);
            list(branch.list(), Dot.OTHER);
            list(branch.elseList(), dot);
        } else if (node instanceof WithNode branch) {
            pipe(branch.pipe(), dot);
            list(branch.list(), isLabels(branch.pipe(), dot) ? Dot.LABELS : Dot.OTHER);
            list(branch.elseList(), dot);
        } else if (node instanceof TemplateNode call) {
            pipe(call.pipe(), dot);
        }
    }

    private void pipe(PipeNode pipe, Dot dot) {
        if (pipe != null) {
            pipe.commands().forEach(command -> command(command, dot));
        }
    }

    private void command(CommandNode command, Dot dot) {
        List<Node> arguments = command.arguments();
        if (arguments.size() >= 3 && arguments.get(0) instanceof IdentifierNode function
                && function.name().equals("index") && isLabels(arguments.get(1), dot)
                && arguments.get(2) instanceof StringNode key) {
            found.add(new LabelReference(key.value(), arguments.get(1).offset() - from));
        }
        arguments.forEach(argument -> operand(argument, dot));
    }

    private void operand(Node node, Dot dot) {
        if (node instanceof VariableNode variable) {
            List<String> ident = variable.ident();
            if (ident.get(0).equals("$labels") && ident.size() >= 2) {
                found.add(new LabelReference(ident.get(1), variable.offset() - from));
            } else if (ident.get(0).equals("$") && !inDefinition && ident.size() >= 3
                    && ident.get(1).equals("Labels")) {
                found.add(new LabelReference(ident.get(2), variable.offset() - from));
            }
        } else if (node instanceof FieldNode field) {
            List<String> ident = field.ident();
            if (dot == Dot.ALERT && ident.size() >= 2 && ident.get(0).equals("Labels")) {
                found.add(new LabelReference(ident.get(1), field.offset() - from));
            } else if (dot == Dot.LABELS) {
                found.add(new LabelReference(ident.get(0), field.offset() - from));
            }
        } else if (node instanceof ChainNode chain) {
            operand(chain.node(), dot);
        } else if (node instanceof PipeNode pipe) {
            pipe(pipe, dot);
        }
    }

    /** Whether the node, or a pipeline of just that node, is the alert's label map. */
    private boolean isLabels(Node node, Dot dot) {
        if (node instanceof PipeNode pipe) {
            return pipe.declarations().isEmpty() && pipe.commands().size() == 1
                    && pipe.commands().get(0).arguments().size() == 1
                    && isLabels(pipe.commands().get(0).arguments().get(0), dot);
        }
        if (node instanceof VariableNode variable) {
            return variable.ident().equals(List.of("$labels"))
                    || !inDefinition && variable.ident().equals(List.of("$", "Labels"));
        }
        return node instanceof FieldNode field && dot == Dot.ALERT && field.ident().equals(List.of("Labels"));
    }
}
