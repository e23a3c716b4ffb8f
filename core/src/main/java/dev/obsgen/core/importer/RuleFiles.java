package dev.obsgen.core.importer;

import dev.obsgen.core.lint.LintProblem;
import dev.obsgen.core.lint.RuleFileReader;
import dev.obsgen.core.lint.RuleSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the rule groups of Prometheus rule files and PrometheusRule manifests: the rules through the lint reader, and
 * the group and rule fields it does not keep (a group's {@code limit}, anything the model has no field for) from the
 * same YAML, so that each of those becomes a note instead of vanishing.
 */
final class RuleFiles {
    private static final Set<String> GROUP_FIELDS = Set.of("name", "interval", "limit", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("alert", "record", "expr", "for", "keep_firing_for",
            "labels", "annotations");

    /** One group as written in its file. */
    record SourceGroup(String file, String name, String interval, Integer limit, List<RuleSource> rules) {
    }

    private RuleFiles() {
    }

    static List<SourceGroup> read(Path path, String shownName, ImportNotes notes) {
        RuleFileReader.Result result = new RuleFileReader().read(path);
        for (LintProblem problem : result.problems()) {
            notes.add(shownName, "line " + problem.line(), "not imported: " + problem.message());
        }
        Map<String, List<RuleSource>> rulesByGroup = new LinkedHashMap<>();
        for (RuleSource rule : result.rules()) {
            rulesByGroup.computeIfAbsent(String.valueOf(rule.group()), g -> new ArrayList<>()).add(rule);
        }
        Map<String, Integer> limits = new LinkedHashMap<>();
        List<String> groupOrder = new ArrayList<>();
        readFields(path, shownName, notes, limits, groupOrder);
        List<SourceGroup> groups = new ArrayList<>();
        for (String name : groupOrder) {
            List<RuleSource> rules = rulesByGroup.remove(name);
            if (rules == null) {
                notes.add(shownName, "group '" + name + "'", "has no rules; not imported");
                continue;
            }
            groups.add(new SourceGroup(shownName, name, rules.get(0).groupInterval(), limits.get(name), rules));
        }
        rulesByGroup.forEach((name, rules) -> groups.add(new SourceGroup(shownName, name, rules.get(0).groupInterval(),
                null, rules)));
        return groups;
    }

    private static void readFields(Path path, String file, ImportNotes notes, Map<String, Integer> limits,
                                   List<String> groupOrder) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(256 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(options).loadAll(reader)) {
                if (!(document instanceof Map<?, ?> root)) {
                    continue;
                }
                Object groups = root.get("groups");
                if ("PrometheusRule".equals(root.get("kind")) && root.get("spec") instanceof Map<?, ?> spec) {
                    groups = spec.get("groups");
                }
                if (groups instanceof List<?> list) {
                    for (Object group : list) {
                        if (group instanceof Map<?, ?> fields) {
                            readGroup(file, fields, notes, limits, groupOrder);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The lint reader has already reported why the file cannot be read.
        }
    }

    private static void readGroup(String file, Map<?, ?> fields, ImportNotes notes, Map<String, Integer> limits,
                                  List<String> groupOrder) {
        String name = String.valueOf(fields.get("name"));
        if (!groupOrder.contains(name)) {
            groupOrder.add(name);
        }
        String element = "group '" + name + "'";
        for (Object key : fields.keySet()) {
            if (!GROUP_FIELDS.contains(String.valueOf(key))) {
                notes.add(file, element, "field '" + key + "' (" + fields.get(key)
                        + ") has no place in the model; not imported");
            }
        }
        Object limit = fields.get("limit");
        if (limit instanceof Integer value) {
            limits.put(name, value);
        } else if (limit != null) {
            notes.add(file, element, "limit '" + limit + "' is not a whole number; not imported");
        }
        if (fields.get("rules") instanceof List<?> rules) {
            for (Object rule : rules) {
                if (rule instanceof Map<?, ?> ruleFields) {
                    Object ruleName = ruleFields.containsKey("alert") ? ruleFields.get("alert") : ruleFields.get("record");
                    for (Object key : ruleFields.keySet()) {
                        if (!RULE_FIELDS.contains(String.valueOf(key))) {
                            notes.add(file, "rule '" + ruleName + "' in " + element, "field '" + key + "' ("
                                    + ruleFields.get(key) + ") has no place in the model; not imported");
                        }
                    }
                }
            }
        }
    }
}
