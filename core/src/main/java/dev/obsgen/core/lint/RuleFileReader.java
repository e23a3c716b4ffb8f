package dev.obsgen.core.lint;

import dev.obsgen.core.check.FindingSeverity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads Prometheus rule files ({@code groups:}) and Prometheus Operator {@code PrometheusRule} manifests, keeping
 * the position of every rule and expression. A file that is not YAML or not of that shape becomes a
 * {@code lint/input} problem naming the file and line, never an exception.
 */
public final class RuleFileReader {
    public static final String SHAPE = LintInput.ID;

    /**
     * What a file holds. {@code ruleFile} is false for YAML that parsed but is neither a rule file nor a
     * {@code PrometheusRule} (a deployment, an Alertmanager configuration), which lint skips in a folder.
     */
    public record Result(List<RuleSource> rules, List<GroupSource> groups, List<LintProblem> problems,
                         boolean ruleFile, List<Integer> documentLines) {
        /**
         * The file's YAML documents, each with its own groups and rules: the Prometheus Operator loads each
         * {@code PrometheusRule} of a multi-document file as a rule file of its own.
         */
        List<Result> documents() {
            if (documentLines.size() <= 1) {
                return List.of(this);
            }
            List<Result> documents = new ArrayList<>();
            for (int i = 0; i < documentLines.size(); i++) {
                int from = documentLines.get(i);
                int to = i + 1 < documentLines.size() ? documentLines.get(i + 1) : Integer.MAX_VALUE;
                documents.add(new Result(rules.stream().filter(r -> r.line() >= from && r.line() < to).toList(),
                        groups.stream().filter(g -> g.line() >= from && g.line() < to).toList(), List.of(), ruleFile,
                        List.of(from)));
            }
            return documents;
        }
    }

    public Result read(Path path) {
        String file = path.toString();
        List<RuleSource> rules = new ArrayList<>();
        List<GroupSource> groups = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        List<Integer> documentLines = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            problems.add(new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE, "no such file"));
            return new Result(rules, groups, problems, true, documentLines);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE, "cannot be read as UTF-8 text: "
                    + e.getMessage()));
            return new Result(rules, groups, problems, true, documentLines);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(256 * 1024 * 1024);
        options.setMaxAliasesForCollections(100);
        boolean anyDocument = false;
        boolean ruleFile = false;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (Node document : new Yaml(options).composeAll(reader)) {
                if (document == null) {
                    continue;
                }
                anyDocument = true;
                documentLines.add(document.getStartMark().getLine() + 1);
                ruleFile |= readDocument(file, document, lines, rules, groups, problems);
            }
        } catch (MarkedYAMLException e) {
            ruleFile = true;
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new LintProblem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    FindingSeverity.ERROR, SHAPE, "is not valid YAML: " + e.getProblem()));
        } catch (IOException | RuntimeException e) {
            ruleFile = true;
            problems.add(new LintProblem(file, 0, 0, FindingSeverity.ERROR, SHAPE, "is not valid YAML: " + e.getMessage()));
        }
        if (!anyDocument && problems.isEmpty()) {
            problems.add(new LintProblem(file, 1, 1, FindingSeverity.ERROR, SHAPE, "is empty: a rule file has 'groups:'"));
        }
        return new Result(rules, groups, problems, ruleFile, documentLines);
    }

    /** Reads one YAML document; true when it is a rule file or a PrometheusRule, whatever else is wrong with it. */
    private boolean readDocument(String file, Node document, List<String> lines, List<RuleSource> rules,
                                 List<GroupSource> groupSources, List<LintProblem> problems) {
        if (!(document instanceof MappingNode root)) {
            problems.add(shape(file, document, "is not a rule file: expected a mapping with 'groups:'"));
            return false;
        }
        Map<String, Node> top = fields(root);
        Node groups = top.get("groups");
        boolean manifest = top.containsKey("kind") && "PrometheusRule".equals(text(top.get("kind")));
        if (manifest) {
            Node spec = top.get("spec");
            groups = spec instanceof MappingNode specMapping ? fields(specMapping).get("groups") : null;
        }
        if (groups == null) {
            problems.add(shape(file, document, "is not a rule file: no 'groups:' (nor a PrometheusRule with spec.groups)"));
            return manifest;
        }
        if (!(groups instanceof SequenceNode groupList)) {
            problems.add(shape(file, groups, "'groups' must be a list"));
            return true;
        }
        Map<String, Integer> groupLines = new HashMap<>();
        for (Node groupNode : groupList.getValue()) {
            if (!(groupNode instanceof MappingNode group)) {
                problems.add(shape(file, groupNode, "a group must be a mapping with 'name' and 'rules'"));
                continue;
            }
            Map<String, Node> groupFields = fields(group);
            String name = text(groupFields.get("name"));
            int line = group.getStartMark().getLine() + 1;
            if (name == null) {
                problems.add(shape(file, group, "a group has no 'name'"));
            } else if (groupLines.containsKey(name)) {
                // As promtool: group names are unique within a file.
                problems.add(shape(file, group, "group '" + name + "' is repeated in this file (first at line "
                        + groupLines.get(name) + "); Prometheus refuses the file"));
            } else {
                groupLines.put(name, line);
            }
            String interval = text(groupFields.get("interval"));
            groupSources.add(new GroupSource(file, name, interval, line,
                    groupFields.get("interval") instanceof ScalarNode value ? position(value, lines) : null));
            Node ruleList = groupFields.get("rules");
            if (!(ruleList instanceof SequenceNode ruleSequence)) {
                // A group without rules, or with 'rules:' left empty, is one of 0 rules, as promtool reads it.
                if (ruleList != null && !isNull(ruleList)) {
                    problems.add(shape(file, ruleList, "'rules' of group '" + name + "' must be a list"));
                }
                continue;
            }
            for (Node ruleNode : ruleSequence.getValue()) {
                readRule(file, name, interval, ruleNode, lines, rules, problems);
            }
        }
        return true;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private void readRule(String file, String group, String interval, Node ruleNode, List<String> lines,
                          List<RuleSource> rules, List<LintProblem> problems) {
        if (!(ruleNode instanceof MappingNode rule)) {
            problems.add(shape(file, ruleNode, "a rule must be a mapping with 'alert' or 'record' and 'expr'"));
            return;
        }
        Map<String, Node> fields = fields(rule);
        String alert = text(fields.get("alert"));
        String record = text(fields.get("record"));
        Node exprNode = fields.get("expr");
        if (alert == null && record == null) {
            problems.add(shape(file, rule, "a rule needs 'alert' or 'record'"));
            return;
        }
        if (alert != null && record != null) {
            problems.add(shape(file, rule, "a rule has either 'alert' or 'record', not both"));
            return;
        }
        if (!(exprNode instanceof ScalarNode exprScalar)) {
            problems.add(shape(file, rule, "rule '" + (alert != null ? alert : record) + "' has no 'expr'"));
            return;
        }
        rules.add(new RuleSource(file, group, interval, rule.getStartMark().getLine() + 1, alert, record,
                exprScalar.getValue(), position(exprScalar, lines), text(fields.get("for")),
                text(fields.get("keep_firing_for")), strings(fields.get("labels")), strings(fields.get("annotations")),
                positions(fields.get("labels"), lines), positions(fields.get("annotations"), lines),
                scalarPositions(fields, lines)));
    }

    private static ExprPosition position(ScalarNode scalar, List<String> lines) {
        Mark mark = scalar.getStartMark();
        DumperOptions.ScalarStyle style = scalar.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            int contentLine = mark.getLine() + 1;
            int indent = 0;
            if (contentLine < lines.size()) {
                String first = lines.get(contentLine);
                while (indent < first.length() && first.charAt(indent) == ' ') {
                    indent++;
                }
            }
            List<Integer> folded = new ArrayList<>();
            if (style == DumperOptions.ScalarStyle.FOLDED) {
                int end = Math.min(scalar.getEndMark().getLine() + 1, lines.size());
                for (int i = contentLine; i < end; i++) {
                    String source = lines.get(i);
                    folded.add(source.isBlank() ? 0 : source.substring(Math.min(indent, source.length())).length());
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
    private static Map<String, ExprPosition> positions(Node node, List<String> lines) {
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
    private static Map<String, ExprPosition> scalarPositions(Map<String, Node> fields, List<String> lines) {
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
