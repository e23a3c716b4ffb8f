package dev.obsgen.core.gotemplate;

import dev.obsgen.core.gotemplate.Node.ActionNode;
import dev.obsgen.core.gotemplate.Node.ChainNode;
import dev.obsgen.core.gotemplate.Node.CommandNode;
import dev.obsgen.core.gotemplate.Node.DotNode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows what an alert template's pipelines carry: the alert's value, the result of a {@code query} call (a list
 * of samples), one of its samples, a sample's labels. From that it knows which queries the template runs with which
 * labels read from them, and where it prints the alert's value, formatted or not. Dot is the alert in the main
 * template, the pipeline's value inside {@code with}, each element inside {@code range}; variables carry what they
 * were declared with, in the block that declares them.
 */
final class DataFlow {
    /** What a pipeline or operand evaluates to, as far as these checks care. */
    private enum Type {
        ALERT, VALUE, FORMATTED_VALUE, RESULT, SAMPLE, SAMPLE_LABELS, OTHER
    }

    /** A value: its type, the query it comes from (for a result, a sample, its labels), where it was read. */
    private record Data(Type type, QueryBuilder query, int offset) {
        static final Data OTHER = new Data(Type.OTHER, null, 0);

        Data as(Type type) {
            return new Data(type, query, offset);
        }
    }

    private static final class QueryBuilder {
        final String query;
        final int offset;
        final boolean verbatim;
        final List<LabelReference> read = new ArrayList<>();

        QueryBuilder(String query, int offset, boolean verbatim) {
            this.query = query;
            this.offset = offset;
            this.verbatim = verbatim;
        }
    }

    /** Functions that print their argument in a form made for reading. */
    private static final Set<String> FORMATTING = Set.of("humanize", "humanize1024", "humanizeDuration",
            "humanizePercentage", "humanizeTimestamp", "printf", "toTime", "toDuration");
    /** Functions that print their argument as Go prints it, every digit of a float. */
    private static final Set<String> VERBATIM = Set.of("print", "println", "html", "js", "urlquery");

    private final int from;
    private final List<QueryBuilder> queries = new ArrayList<>();
    private final List<ValuePrint> prints = new ArrayList<>();

    private DataFlow(int from) {
        this.from = from;
    }

    /** What the template does with data, skipping what stands before offset {@code from}. */
    static DataFlow of(Template template, int from) {
        DataFlow flow = new DataFlow(from);
        flow.list(template.root(), new Data(Type.ALERT, null, 0), new HashMap<>());
        // A definition's dot and $ are whatever its caller passes.
        template.definitions().values().forEach(definition -> flow.list(definition, Data.OTHER,
                new HashMap<>(Map.of("$", Data.OTHER))));
        return flow;
    }

    List<TemplateQuery> queries() {
        return queries.stream().map(q -> new TemplateQuery(q.query, q.offset - from, q.verbatim, q.read)).toList();
    }

    List<ValuePrint> valuePrints() {
        return List.copyOf(prints);
    }

    private void list(ListNode list, Data dot, Map<String, Data> outer) {
        if (list == null) {
            return;
        }
        // Variables declared in a block end with it.
        Map<String, Data> vars = new HashMap<>(outer);
        for (Node node : list.nodes()) {
            if (node.offset() < from) {
                continue;
            }
            node(node, dot, vars);
        }
    }

    private void node(Node node, Data dot, Map<String, Data> vars) {
        if (node instanceof ActionNode action) {
            Data value = pipe(action.pipe(), dot, vars);
            if (!action.pipe().declarations().isEmpty()) {
                action.pipe().declarations().forEach(variable -> vars.put(variable.ident().get(0), value));
            } else if ((value.type() == Type.VALUE || value.type() == Type.FORMATTED_VALUE)) {
                prints.add(new ValuePrint(value.offset() - from, value.type() == Type.FORMATTED_VALUE));
            }
        } else if (node instanceof IfNode branch) {
            pipe(branch.pipe(), dot, vars);
            list(branch.list(), dot, vars);
            list(branch.elseList(), dot, vars);
        } else if (node instanceof RangeNode branch) {
            Data over = pipe(branch.pipe(), dot, vars);
            Data element = over.type() == Type.RESULT ? over.as(Type.SAMPLE) : Data.OTHER;
            Map<String, Data> inner = new HashMap<>(vars);
            List<VariableNode> declarations = branch.pipe().declarations();
            if (!declarations.isEmpty()) {
                inner.put(declarations.get(declarations.size() - 1).ident().get(0), element);
                if (declarations.size() == 2) {
                    inner.put(declarations.get(0).ident().get(0), Data.OTHER);
                }
            }
            list(branch.list(), element, inner);
            list(branch.elseList(), dot, vars);
        } else if (node instanceof WithNode branch) {
            Data value = pipe(branch.pipe(), dot, vars);
            Map<String, Data> inner = new HashMap<>(vars);
            branch.pipe().declarations().forEach(variable -> inner.put(variable.ident().get(0), value));
            list(branch.list(), value, inner);
            list(branch.elseList(), dot, vars);
        } else if (node instanceof TemplateNode call) {
            pipe(call.pipe(), dot, vars);
        }
    }

    private Data pipe(PipeNode pipe, Data dot, Map<String, Data> vars) {
        if (pipe == null) {
            return Data.OTHER;
        }
        Data piped = null;
        for (CommandNode command : pipe.commands()) {
            piped = command(command, piped, dot, vars);
        }
        return piped == null ? Data.OTHER : piped;
    }

    /** A command; {@code piped} is the value of the command before it in the pipeline, its last argument. */
    private Data command(CommandNode command, Data piped, Data dot, Map<String, Data> vars) {
        List<Node> nodes = command.arguments();
        if (!(nodes.get(0) instanceof IdentifierNode function)) {
            nodes.subList(1, nodes.size()).forEach(node -> operand(node, dot, vars));
            return operand(nodes.get(0), dot, vars);
        }
        List<Data> args = new ArrayList<>();
        for (Node node : nodes.subList(1, nodes.size())) {
            args.add(operand(node, dot, vars));
        }
        if (piped != null) {
            args.add(piped);
        }
        Data last = args.isEmpty() ? Data.OTHER : args.get(args.size() - 1);
        String first = nodes.size() > 1 && nodes.get(1) instanceof StringNode s ? s.value() : null;
        int firstOffset = nodes.size() > 1 ? nodes.get(1).offset() : command.offset();
        switch (function.name()) {
            case "query":
                if (nodes.size() == 2 && nodes.get(1) instanceof StringNode constant) {
                    boolean verbatim = constant.quoted().length() == constant.value().length() + 2;
                    QueryBuilder query = new QueryBuilder(constant.value(), constant.offset() + 1, verbatim);
                    queries.add(query);
                    return new Data(Type.RESULT, query, constant.offset());
                }
                return Data.OTHER;
            case "first":
                return last.type() == Type.RESULT ? last.as(Type.SAMPLE) : Data.OTHER;
            case "label":
                if (first != null && args.size() == 2 && last.type() == Type.SAMPLE) {
                    read(last, first, firstOffset);
                }
                return Data.OTHER;
            case "sortByLabel":
                if (first != null && args.size() == 2 && last.type() == Type.RESULT) {
                    read(last, first, firstOffset);
                    return last;
                }
                return Data.OTHER;
            case "index":
                if (nodes.size() == 3 && args.get(0).type() == Type.SAMPLE_LABELS
                        && nodes.get(2) instanceof StringNode key) {
                    read(args.get(0), key.value(), key.offset());
                }
                return Data.OTHER;
            case "printf":
                // %v prints a float as print does, every digit.
                return printed(first != null && first.contains("%v") ? "print" : "printf", args);
            default:
                return printed(function.name(), args);
        }
    }

    /** What a function makes of the alert's value among its arguments. */
    private static Data printed(String function, List<Data> args) {
        Data value = args.stream().filter(arg -> arg.type() == Type.VALUE).findFirst()
                .orElse(args.stream().filter(arg -> arg.type() == Type.FORMATTED_VALUE).findFirst().orElse(null));
        if (value == null) {
            return Data.OTHER;
        }
        if (FORMATTING.contains(function)) {
            return value.as(Type.FORMATTED_VALUE);
        }
        return VERBATIM.contains(function) ? value : Data.OTHER;
    }

    private Data operand(Node node, Data dot, Map<String, Data> vars) {
        if (node instanceof DotNode) {
            return dot;
        }
        if (node instanceof VariableNode variable) {
            List<String> ident = variable.ident();
            String name = ident.get(0);
            Data base;
            if (name.equals("$value") && !vars.containsKey(name)) {
                base = new Data(Type.VALUE, null, variable.offset());
            } else if (name.equals("$")) {
                base = vars.containsKey("$") ? vars.get("$") : new Data(Type.ALERT, null, variable.offset());
            } else {
                base = vars.getOrDefault(name, Data.OTHER);
            }
            return fields(base, ident.subList(1, ident.size()), variable.offset());
        }
        if (node instanceof FieldNode field) {
            return fields(dot, field.ident(), field.offset());
        }
        if (node instanceof ChainNode chain) {
            return fields(operand(chain.node(), dot, vars), chain.fields(), chain.offset());
        }
        if (node instanceof PipeNode pipe) {
            return pipe(pipe, dot, vars);
        }
        return Data.OTHER;
    }

    private Data fields(Data base, List<String> fields, int offset) {
        Data current = base;
        for (String field : fields) {
            current = switch (current.type()) {
                case ALERT -> field.equals("Value") ? new Data(Type.VALUE, null, offset) : Data.OTHER;
                case SAMPLE -> field.equals("Labels") ? current.as(Type.SAMPLE_LABELS) : Data.OTHER;
                case SAMPLE_LABELS -> {
                    read(current, field, offset);
                    yield Data.OTHER;
                }
                default -> Data.OTHER;
            };
        }
        return current;
    }

    private void read(Data data, String label, int offset) {
        if (offset >= from) {
            data.query().read.add(new LabelReference(label, offset - from));
        }
    }
}
