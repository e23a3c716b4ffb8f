package dev.obsgen.core.importer;

import dev.obsgen.core.importer.dashboard.DashboardImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.lint.RuleFileReader;
import dev.obsgen.core.lint.RuleSource;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.prometheus.RuleFileRenderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports kube-prometheus' rule manifests, compiles the class written, defines its model, renders its rule files and
 * compares them with the input rule by rule: same groups and intervals, rule names and kinds, expressions equal once
 * parsed and printed, the same {@code for}, {@code keep_firing_for}, labels and annotations. Every rule that does not
 * come back exactly must be explained by a note of the import.
 */
class ImportRoundTripTest {
    static final Path KUBE_PROMETHEUS = Path.of("src/test/resources/import/kube-prometheus");
    static final String CLASS = "com.example.ImportedObservability";

    @TempDir
    Path work;

    @Test
    void kubePrometheusRulesRoundTrip() throws IOException {
        Importer.Result result = new Importer(new DashboardImport(), null, CheckRegistry.standard())
                .run(CLASS, List.of(KUBE_PROMETHEUS));
        Observability model = ImportedSource.define(result, work);
        // Kept for reading: the class an import of kube-prometheus writes.
        Path kept = Path.of("target/import-round-trip").resolve(result.relativePath());
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, result.source(), StandardCharsets.UTF_8);

        Path rendered = work.resolve("rendered");
        for (GeneratedFile file : new RuleFileRenderer().render(model, RenderSettings.of(CLASS))) {
            Path target = rendered.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        Map<String, List<RuleSource>> input = groups(KUBE_PROMETHEUS);
        Map<String, List<RuleSource>> output = groups(rendered);
        assertEquals(input.keySet(), output.keySet(), "the same rule groups");

        Map<String, String> explained = result.notes().all().stream()
                .filter(n -> !n.message().startsWith("suppressed "))
                .collect(Collectors.toMap(ImportNotes.Note::element, ImportNotes.Note::message, (a, b) -> a + "\n" + b));
        int rules = 0;
        int exact = 0;
        List<String> differing = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map.Entry<String, List<RuleSource>> group : input.entrySet()) {
            List<RuleSource> before = group.getValue();
            List<RuleSource> after = output.get(group.getKey());
            assertEquals(before.size(), after.size(), "rules of group " + group.getKey());
            for (int i = 0; i < before.size(); i++) {
                rules++;
                List<String> reasons = differences(before.get(i), after.get(i));
                if (reasons.isEmpty()) {
                    exact++;
                    continue;
                }
                String element = (before.get(i).isAlert() ? "alert '" : "recording rule '") + before.get(i).name()
                        + "' in group '" + group.getKey() + "'";
                differing.add(element + ": " + String.join("; ", reasons));
                if (!explains(explained.get(element), reasons)) {
                    unexplained.add(element + ": " + String.join("; ", reasons));
                }
            }
        }
        System.out.println("import round trip: " + exact + " of " + rules + " kube-prometheus rules come back exactly");
        differing.forEach(d -> System.out.println("  differs (explained by a note): " + d));
        System.out.println("import: " + result.summary());
        assertTrue(rules > 100, "the kube-prometheus manifests hold more than a hundred rules");
        assertTrue(unexplained.isEmpty(), () -> "rules that differ with no note saying why:\n  "
                + String.join("\n  ", unexplained));
    }

    /**
     * Whether the notes on a rule explain each way it differs: a changed annotation by a note naming that annotation,
     * anything else by any note on the rule.
     */
    static boolean explains(String notes, List<String> reasons) {
        if (notes == null) {
            return false;
        }
        for (String reason : reasons) {
            if (reason.startsWith("annotations: ")) {
                for (String change : reason.substring("annotations: ".length()).split(", (?=[a-z_]+ ')")) {
                    if (!notes.contains(change.substring(0, change.indexOf(' ')))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Group name to its rules, in file order, over every rule file in the folder. */
    static Map<String, List<RuleSource>> groups(Path folder) throws IOException {
        Map<String, List<RuleSource>> groups = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            RuleFileReader.Result read = new RuleFileReader().read(file);
            assertTrue(read.problems().isEmpty(), () -> file + ": " + read.problems());
            for (RuleSource rule : read.rules()) {
                groups.computeIfAbsent(rule.group(), g -> new ArrayList<>()).add(rule);
            }
        }
        return groups;
    }

    static List<String> differences(RuleSource before, RuleSource after) {
        List<String> reasons = new ArrayList<>();
        if (before.isAlert() != after.isAlert() || !before.name().equals(after.name())) {
            reasons.add("name or kind " + before.name() + " became " + after.name());
        }
        if (!Objects.equals(before.groupInterval(), after.groupInterval())) {
            reasons.add("group interval " + before.groupInterval() + " became " + after.groupInterval());
        }
        if (!printed(before.expr()).equals(printed(after.expr()))) {
            reasons.add("expression differs");
        }
        if (!Objects.equals(before.forDuration(), after.forDuration())) {
            reasons.add("for " + before.forDuration() + " became " + after.forDuration());
        }
        if (!Objects.equals(before.keepFiringFor(), after.keepFiringFor())) {
            reasons.add("keep_firing_for " + before.keepFiringFor() + " became " + after.keepFiringFor());
        }
        if (!new TreeMap<>(before.labels()).equals(new TreeMap<>(after.labels()))) {
            reasons.add("labels " + new TreeMap<>(before.labels()) + " became " + new TreeMap<>(after.labels()));
        }
        if (!new TreeMap<>(before.annotations()).equals(new TreeMap<>(after.annotations()))) {
            Map<String, String> was = new TreeMap<>(before.annotations());
            Map<String, String> is = new TreeMap<>(after.annotations());
            List<String> changed = new ArrayList<>();
            for (String key : new java.util.TreeSet<>(Stream.concat(was.keySet().stream(), is.keySet().stream())
                    .toList())) {
                if (!Objects.equals(was.get(key), is.get(key))) {
                    changed.add(key + " '" + was.get(key) + "' became '" + is.get(key) + "'");
                }
            }
            reasons.add("annotations: " + String.join(", ", changed));
        }
        return reasons;
    }

    static String printed(String expr) {
        try {
            return PromQL.print(PromQL.parse(expr));
        } catch (ParseException e) {
            return "unparsable: " + expr.strip();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
