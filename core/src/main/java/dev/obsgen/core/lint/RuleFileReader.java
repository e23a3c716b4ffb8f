package dev.obsgen.core.lint;

import dev.obsgen.core.check.FindingSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads Prometheus rule files ({@code groups:}) and Prometheus Operator {@code PrometheusRule} manifests, keeping
 * the position of every rule and expression. A file that is not YAML or not of that shape becomes a
 * {@code lint/input} problem naming the file and line, never an exception.
 *
 * <p>The file is read as a stream of YAML events, not as one tree: only one rule is composed at a time, and the
 * rules of one group are handed out together when the group ends ({@link RuleFileVisitor}), so memory follows the
 * largest group, not the file. What is not a group or a rule (a manifest's metadata, YAML that is not a rule file) is
 * composed and dropped. An alias is resolved to what its anchor names, as the whole tree would have it; what is
 * anchored is composed and kept for it.
 */
public final class RuleFileReader {
    public static final String SHAPE = LintInput.ID;

    /**
     * What a file holds. {@code ruleFile} is false for YAML that parsed but is neither a rule file nor a
     * {@code PrometheusRule} (a deployment, an Alertmanager configuration), which lint skips in a folder.
     */
    public record Result(List<RuleSource> rules, List<GroupSource> groups, List<LintProblem> problems,
                         boolean ruleFile, List<Integer> documentLines) {
    }

    /** Reads the whole file into one result: for files of a size the importer reads. */
    public Result read(Path path) {
        List<RuleSource> rules = new ArrayList<>();
        List<GroupSource> groups = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        List<Integer> documentLines = new ArrayList<>();
        Map<Integer, List<Object>> lists = new HashMap<>();
        boolean ruleFile = read(path, new RuleFileVisitor() {
            @Override
            public void group(int list, GroupSource group, List<RuleSource> groupRules) {
                List<Object> read = lists.computeIfAbsent(list, l -> new ArrayList<>());
                read.add(group);
                read.addAll(groupRules);
            }

            @Override
            public void problem(int list, LintProblem problem) {
                if (list == FILE) {
                    problems.add(problem);
                } else {
                    lists.computeIfAbsent(list, l -> new ArrayList<>()).add(problem);
                }
            }

            @Override
            public void documentEnd(int list, int line) {
                documentLines.add(line);
                for (Object read : lists.getOrDefault(list, List.of())) {
                    if (read instanceof GroupSource group) {
                        groups.add(group);
                    } else if (read instanceof RuleSource rule) {
                        rules.add(rule);
                    } else {
                        problems.add((LintProblem) read);
                    }
                }
                lists.clear();
            }
        });
        return new Result(rules, groups, problems, ruleFile, documentLines);
    }

    /**
     * Reads a file as a stream, handing each group to the visitor as it ends; true when the file is a rule file or a
     * PrometheusRule (or is broken in a way that makes it no other YAML), whatever else is wrong with it.
     */
    public boolean read(Path path, RuleFileVisitor visitor) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            visitor.problem(RuleFileVisitor.FILE, new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE, "no such file"));
            return true;
        }
        SourceLines lines;
        try {
            lines = new SourceLines(Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return unreadable(file, e, visitor);
        }
        LoaderOptions options = new LoaderOptions();
        // Read as a stream, a document of any size fits: the limit SnakeYAML sets against huge trees is not needed.
        options.setCodePointLimit(Integer.MAX_VALUE);
        boolean ruleFile;
        Stream stream = new Stream(file, new ParserImpl(new StreamReader(lines), options), lines, visitor);
        try (lines) {
            ruleFile = stream.readAll();
        } catch (MarkedYAMLException e) {
            if (lines.failure() != null) {
                return unreadable(file, lines.failure(), visitor);
            }
            ruleFile = true;
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            visitor.problem(RuleFileVisitor.FILE, new LintProblem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, FindingSeverity.ERROR, SHAPE, "is not valid YAML: "
                    + e.getProblem()));
        } catch (IOException | RuntimeException e) {
            if (lines.failure() != null) {
                return unreadable(file, lines.failure(), visitor);
            }
            ruleFile = true;
            visitor.problem(RuleFileVisitor.FILE, new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE,
                    "is not valid YAML: " + e.getMessage()));
        }
        if (!stream.anyDocument && stream.problems == 0) {
            visitor.problem(RuleFileVisitor.FILE, new LintProblem(file, 1, 1, FindingSeverity.ERROR, SHAPE,
                    "is empty: a rule file has 'groups:'"));
        }
        return ruleFile;
    }

    private static boolean unreadable(String file, IOException failure, RuleFileVisitor visitor) {
        visitor.problem(RuleFileVisitor.FILE, new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE,
                "cannot be read as UTF-8 text: " + failure.getMessage()));
        return true;
    }

    /** More nodes than the aliases of any rule file stand for; the 40,000-alert benchmark file has none. */
    static final long MAX_ALIASED_NODES = 1_000_000;

    /** An alias of no node the reader has (none before it, or the document it is in), or a node holding itself. */
    private static final class BadAlias extends RuntimeException {
        private final Mark mark;

        BadAlias(String problem, Mark mark) {
            super(problem, null, false, false);
            this.mark = mark;
        }
    }

    /** The events of one file and what reading them has found so far. */
    private final class Stream {
        private final String file;
        private final Parser parser;
        private final SourceLines lines;
        private final RuleFileVisitor visitor;
        private final Map<String, Node> anchors = new HashMap<>();
        /** How many nodes each anchored node stands for with its aliases expanded, known without expanding them. */
        private final Map<Node, Long> expandedSizes = new java.util.IdentityHashMap<>();
        /** The same for the node compose returned last: held for anchored nodes only, so memory stays flat. */
        private long lastSize;
        /** The nodes this document's aliases have stood for so far. */
        private long aliasedNodes;
        private final Deque<Event> replay = new ArrayDeque<>();
        private boolean anyDocument;
        private int problems;
        private int lists;

        Stream(String file, Parser parser, SourceLines lines, RuleFileVisitor visitor) {
            this.file = file;
            this.parser = parser;
            this.lines = lines;
            this.visitor = visitor;
        }

        private Event next() {
            return replay.isEmpty() ? parser.getEvent() : replay.pollFirst();
        }

        /**
         * The next entry of the mapping being streamed, or null at its end. A key that is not a scalar is composed (so
         * its anchors count) and has no name.
         */
        private Entry nextEntry() {
            Event key = next();
            if (key instanceof MappingEndEvent) {
                return null;
            }
            String name = key instanceof ScalarEvent scalar ? scalar.getValue() : null;
            if (name == null) {
                compose(key);
            }
            return new Entry(name, next());
        }

        /** One entry of a streamed mapping: its key's text (null for a key that is not a scalar) and its value's start. */
        private record Entry(String name, Event value) {
        }

        /**
         * The event that starts a node this reader streams (a list of groups or rules, a group, a spec). An alias is
         * replaced by the events of the node its anchor names, and an anchored node is composed first, so a later
         * alias finds it: as the whole tree would have it, at the cost of keeping what is anchored.
         */
        private Event streamed(Event start) {
            Node node;
            if (start instanceof AliasEvent alias) {
                node = anchors.get(alias.getAnchor());
                if (node == null) {
                    throw new BadAlias("found undefined alias " + alias.getAnchor(), alias.getStartMark());
                }
                aliased(node, alias.getStartMark());
            } else if (start instanceof CollectionStartEvent collection && collection.getAnchor() != null) {
                node = compose(start);
            } else {
                return start;
            }
            List<Event> events = new ArrayList<>();
            events(node, events, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            for (int i = events.size() - 1; i >= 0; i--) {
                replay.addFirst(events.get(i));
            }
            return next();
        }

        /** The events of a composed node, anchors and aliases resolved. */
        private void events(Node node, List<Event> events, java.util.Set<Node> open) {
            if (!open.add(node)) {
                throw new BadAlias("a node holds itself through an alias", node.getStartMark());
            }
            if (node instanceof ScalarNode scalar) {
                boolean implicit = Tag.NULL.equals(scalar.getTag());
                events.add(new ScalarEvent(null, implicit ? null : scalar.getTag().getValue(),
                        new ImplicitTuple(implicit, false), scalar.getValue(), scalar.getStartMark(),
                        scalar.getEndMark(), scalar.getScalarStyle()));
            } else if (node instanceof SequenceNode sequence) {
                events.add(new SequenceStartEvent(null, null, true, sequence.getStartMark(), sequence.getEndMark(),
                        sequence.getFlowStyle()));
                sequence.getValue().forEach(item -> events(item, events, open));
                events.add(new SequenceEndEvent(sequence.getEndMark(), sequence.getEndMark()));
            } else {
                MappingNode mapping = (MappingNode) node;
                events.add(new MappingStartEvent(null, null, true, mapping.getStartMark(), mapping.getEndMark(),
                        mapping.getFlowStyle()));
                for (NodeTuple tuple : mapping.getValue()) {
                    events(tuple.getKeyNode(), events, open);
                    events(tuple.getValueNode(), events, open);
                }
                events.add(new MappingEndEvent(mapping.getEndMark(), mapping.getEndMark()));
            }
            open.remove(node);
        }

        private void problem(int list, LintProblem problem) {
            problems++;
            visitor.problem(list, problem);
        }

        private void shape(int list, Mark mark, String message) {
            problem(list, new LintProblem(file, mark.getLine() + 1, mark.getColumn() + 1, FindingSeverity.ERROR,
                    SHAPE, message));
        }

        boolean readAll() {
            boolean ruleFile = false;
            next();
            while (next() instanceof DocumentStartEvent) {
                anyDocument = true;
                anchors.clear();
                expandedSizes.clear();
                aliasedNodes = 0;
                try {
                    ruleFile |= readDocument(next());
                } catch (BadAlias e) {
                    shape(RuleFileVisitor.FILE, e.mark, "is not valid YAML: " + e.getMessage());
                    return true;
                }
                next();
            }
            return ruleFile;
        }

        /** Reads one YAML document; true when it is a rule file or a PrometheusRule, whatever else is wrong with it. */
        private boolean readDocument(Event root) {
            Mark start = root.getStartMark();
            if (!(root instanceof MappingStartEvent mapping)) {
                compose(root);
                shape(RuleFileVisitor.FILE, start, "is not a rule file: expected a mapping with 'groups:'");
                visitor.documentEnd(RuleFileVisitor.FILE, start.getLine() + 1);
                return false;
            }
            anchor(mapping, null);
            int groups = RuleFileVisitor.FILE;
            int specGroups = RuleFileVisitor.FILE;
            String kind = null;
            for (Entry entry; (entry = nextEntry()) != null; ) {
                String name = entry.name();
                Event value = entry.value();
                if ("groups".equals(name)) {
                    groups = readGroups(streamed(value));
                } else if ("kind".equals(name)) {
                    kind = value instanceof ScalarEvent scalar ? scalar.getValue() : null;
                    compose(value);
                } else if ("spec".equals(name)) {
                    specGroups = readSpec(streamed(value));
                } else {
                    compose(value);
                }
            }
            boolean manifest = "PrometheusRule".equals(kind);
            int list = manifest ? specGroups : groups;
            if (list == RuleFileVisitor.FILE) {
                shape(RuleFileVisitor.FILE, start, "is not a rule file: no 'groups:' (nor a PrometheusRule with spec.groups)");
                visitor.documentEnd(RuleFileVisitor.FILE, start.getLine() + 1);
                return manifest;
            }
            visitor.documentEnd(list, start.getLine() + 1);
            return true;
        }

        /** The list number of the last {@code groups} of a PrometheusRule's spec, or none. */
        private int readSpec(Event spec) {
            if (!(spec instanceof MappingStartEvent)) {
                compose(spec);
                return RuleFileVisitor.FILE;
            }
            int groups = RuleFileVisitor.FILE;
            for (Entry entry; (entry = nextEntry()) != null; ) {
                String name = entry.name();
                Event value = entry.value();
                if ("groups".equals(name)) {
                    groups = readGroups(streamed(value));
                } else {
                    compose(value);
                }
            }
            return groups;
        }

        /** Reads one list of groups, giving it the next list number. */
        private int readGroups(Event start) {
            int list = lists++;
            if (!(start instanceof SequenceStartEvent sequence)) {
                compose(start);
                shape(list, start.getStartMark(), "'groups' must be a list");
                return list;
            }
            Map<String, Integer> groupLines = new HashMap<>();
            Event group;
            while (!((group = next()) instanceof SequenceEndEvent)) {
                readGroup(list, streamed(group), groupLines);
            }
            return list;
        }

        private void readGroup(int list, Event start, Map<String, Integer> groupLines) {
            if (!(start instanceof MappingStartEvent mapping)) {
                compose(start);
                shape(list, start.getStartMark(), "a group must be a mapping with 'name' and 'rules'");
                return;
            }
            Mark mark = start.getStartMark();
            String name = null;
            ScalarNode interval = null;
            List<RuleSource> rules = new ArrayList<>();
            List<LintProblem> ruleProblems = new ArrayList<>();
            Mark notAList = null;
            for (Entry entry; (entry = nextEntry()) != null; ) {
                String field = entry.name();
                Event value = entry.value();
                if ("rules".equals(field)) {
                    // As in a mapping read whole, the last 'rules' counts.
                    rules = new ArrayList<>();
                    ruleProblems = new ArrayList<>();
                    notAList = readRules(streamed(value), rules, ruleProblems);
                } else if ("name".equals(field)) {
                    name = compose(value) instanceof ScalarNode scalar ? scalar.getValue() : null;
                } else if ("interval".equals(field)) {
                    interval = compose(value) instanceof ScalarNode scalar ? scalar : null;
                } else {
                    compose(value);
                }
            }
            int line = mark.getLine() + 1;
            if (name == null) {
                shape(list, mark, "a group has no 'name'");
            } else if (groupLines.containsKey(name)) {
                // As promtool: group names are unique within a file.
                shape(list, mark, "group '" + name + "' is repeated in this file (first at line "
                        + groupLines.get(name) + "); Prometheus refuses the file");
            } else {
                groupLines.put(name, line);
            }
            String intervalText = interval == null ? null : interval.getValue();
            GroupSource group = new GroupSource(file, name, intervalText, line,
                    interval == null ? null : position(interval, lines));
            if (notAList != null) {
                shape(list, notAList, "'rules' of group '" + name + "' must be a list");
            }
            ruleProblems.forEach(p -> problem(list, p));
            List<RuleSource> inGroup = new ArrayList<>(rules.size());
            for (RuleSource rule : rules) {
                inGroup.add(new RuleSource(rule.file(), name, intervalText, rule.line(), rule.alert(), rule.record(),
                        rule.expr(), rule.exprPosition(), rule.forDuration(), rule.keepFiringFor(), rule.labels(),
                        rule.annotations(), rule.labelPositions(), rule.annotationPositions(), rule.fieldPositions()));
            }
            visitor.group(list, group, inGroup);
        }

        /**
         * Reads a group's rules one at a time; the mark of the value where it is neither a list nor left empty (a
         * group without rules, or with 'rules:' left empty, is one of 0 rules, as promtool reads it).
         */
        private Mark readRules(Event start, List<RuleSource> rules, List<LintProblem> ruleProblems) {
            if (!(start instanceof SequenceStartEvent sequence)) {
                Node value = compose(start);
                return isNull(value) ? null : start.getStartMark();
            }
            Event rule;
            while (!((rule = next()) instanceof SequenceEndEvent)) {
                lines.forgetBefore(rule.getStartMark().getLine());
                RuleSource read = readRule(file, compose(rule), lines, ruleProblems);
                if (read != null) {
                    rules.add(read);
                }
            }
            return null;
        }

        private void anchor(NodeEvent event, Node node) {
            if (event.getAnchor() != null) {
                if (node == null) {
                    anchors.remove(event.getAnchor());
                } else {
                    anchors.put(event.getAnchor(), node);
                }
            }
        }

        private void sized(CollectionStartEvent start, Node node, long size) {
            lastSize = size;
            if (start.getAnchor() != null) {
                expandedSizes.put(node, size);
            }
        }

        /**
         * Counts what an alias stands for, and stops a document whose aliases stand for more nodes than any rule file
         * holds: aliases of aliases grow a few lines into billions of nodes (a "billion laughs"), which would hold the
         * reader for ever.
         */
        private void aliased(Node node, Mark mark) {
            aliasedNodes += expandedSizes.getOrDefault(node, 1L);
            if (aliasedNodes > MAX_ALIASED_NODES) {
                throw new BadAlias("its aliases stand for more than " + MAX_ALIASED_NODES + " nodes", mark);
            }
        }

        /** Composes the node that starts with this event, as SnakeYAML's composer would, keeping its anchors. */
        private Node compose(Event start) {
            if (start instanceof AliasEvent alias) {
                Node node = anchors.get(alias.getAnchor());
                if (node == null) {
                    throw new BadAlias("found undefined alias " + alias.getAnchor(), alias.getStartMark());
                }
                aliased(node, alias.getStartMark());
                lastSize = expandedSizes.getOrDefault(node, 1L);
                return node;
            }
            if (start instanceof ScalarEvent scalar) {
                Tag tag = scalar.getTag() != null && !scalar.getTag().equals("!") ? new Tag(scalar.getTag())
                        : scalar.getImplicit().canOmitTagInPlainScalar() && isNullText(scalar.getValue()) ? Tag.NULL
                        : Tag.STR;
                Node node = new ScalarNode(tag, true, scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                        scalar.getScalarStyle());
                anchor(scalar, node);
                lastSize = 1;
                return node;
            }
            CollectionStartEvent collection = (CollectionStartEvent) start;
            DumperOptions.FlowStyle flow = collection.getFlowStyle();
            if (start instanceof SequenceStartEvent) {
                List<Node> items = new ArrayList<>();
                SequenceNode node = new SequenceNode(Tag.SEQ, true, items, start.getStartMark(), null, flow);
                anchor(collection, node);
                Event item;
                long size = 1;
                while (!((item = next()) instanceof SequenceEndEvent)) {
                    items.add(compose(item));
                    size += lastSize;
                }
                node.setEndMark(item.getEndMark());
                sized(collection, node, size);
                return node;
            }
            List<NodeTuple> tuples = new ArrayList<>();
            MappingNode node = new MappingNode(Tag.MAP, true, tuples, start.getStartMark(), null, flow);
            anchor(collection, node);
            Event key;
            long size = 1;
            while (!((key = next()) instanceof MappingEndEvent)) {
                Node keyNode = compose(key);
                size += lastSize;
                tuples.add(new NodeTuple(keyNode, compose(next())));
                size += lastSize;
            }
            node.setEndMark(key.getEndMark());
            sized(collection, node, size);
            return node;
        }
    }

    /** The plain scalars YAML 1.1 resolves to null, as SnakeYAML's resolver does. */
    private static boolean isNullText(String value) {
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** A rule as written, not yet in its group (whose name may follow its rules), or null with a problem. */
    private RuleSource readRule(String file, Node ruleNode, SourceLines lines, List<LintProblem> problems) {
        if (!(ruleNode instanceof MappingNode rule)) {
            problems.add(shape(file, ruleNode, "a rule must be a mapping with 'alert' or 'record' and 'expr'"));
            return null;
        }
        Map<String, Node> fields = fields(rule);
        String alert = text(fields.get("alert"));
        String record = text(fields.get("record"));
        Node exprNode = fields.get("expr");
        if (alert == null && record == null) {
            problems.add(shape(file, rule, "a rule needs 'alert' or 'record'"));
            return null;
        }
        if (alert != null && record != null) {
            problems.add(shape(file, rule, "a rule has either 'alert' or 'record', not both"));
            return null;
        }
        if (!(exprNode instanceof ScalarNode exprScalar)) {
            problems.add(shape(file, rule, "rule '" + (alert != null ? alert : record) + "' has no 'expr'"));
            return null;
        }
        return new RuleSource(file, null, null, rule.getStartMark().getLine() + 1, alert, record,
                exprScalar.getValue(), position(exprScalar, lines), text(fields.get("for")),
                text(fields.get("keep_firing_for")), strings(fields.get("labels")), strings(fields.get("annotations")),
                positions(fields.get("labels"), lines), positions(fields.get("annotations"), lines),
                scalarPositions(fields, lines));
    }

    private static ExprPosition position(ScalarNode scalar, SourceLines lines) {
        Mark mark = scalar.getStartMark();
        DumperOptions.ScalarStyle style = scalar.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            int contentLine = mark.getLine() + 1;
            int indent = lines.has(contentLine) ? lines.indent(contentLine) : 0;
            List<Integer> folded = new ArrayList<>();
            if (style == DumperOptions.ScalarStyle.FOLDED) {
                for (int i = contentLine; i <= scalar.getEndMark().getLine() && lines.has(i); i++) {
                    folded.add(lines.blank(i) ? 0 : lines.length(i) - Math.min(indent, lines.length(i)));
                }
            }
            return new ExprPosition(mark.getLine() + 1, mark.getColumn() + 1, true, indent, folded);
        }
        boolean quoted = style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || style == DumperOptions.ScalarStyle.SINGLE_QUOTED;
        return new ExprPosition(mark.getLine() + 1, mark.getColumn() + 1 + (quoted ? 1 : 0), false, 0);
    }

    private static Map<String, Node> fields(MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return fields;
    }

    private static Map<String, String> strings(Node node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    values.put(key.getValue(), value.getValue());
                }
            }
        }
        return values;
    }

    /** Where each value of a mapping stands, so a finding in a label's or annotation's template has a line. */
    private static Map<String, ExprPosition> positions(Node node, SourceLines lines) {
        Map<String, ExprPosition> positions = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    positions.put(key.getValue(), position(value, lines));
                }
            }
        }
        return positions;
    }

    /** Where the rule's own scalar fields stand, so a finding about its name or a duration lands on the value. */
    private static Map<String, ExprPosition> scalarPositions(Map<String, Node> fields, SourceLines lines) {
        Map<String, ExprPosition> positions = new LinkedHashMap<>();
        for (String key : List.of("alert", "record", "for", "keep_firing_for")) {
            if (fields.get(key) instanceof ScalarNode value) {
                positions.put(key, position(value, lines));
            }
        }
        return positions;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static LintProblem shape(String file, Node node, String message) {
        Mark mark = node.getStartMark();
        return new LintProblem(file, mark.getLine() + 1, mark.getColumn() + 1, FindingSeverity.ERROR, SHAPE, message);
    }
}
