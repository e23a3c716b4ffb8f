package dev.obsgen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The expressions of the conformance file ({@code {"expr":..., "valid":...}} a line) that are marked valid. */
final class ConformanceCases {
    // Run from the repository root; the cases are the parser tests' copy of upstream's table.
    static final String DEFAULT_PATH = "promql/src/test/resources/conformance/promql/cases.jsonl";

    private ConformanceCases() {
    }

    static List<String> valid(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<String> expressions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = json.readTree(line);
                if (entry.path("valid").asBoolean(false)) {
                    expressions.add(entry.path("expr").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the conformance cases " + file.toAbsolutePath()
                    + " (set -p casesPath=... or -Dobsgen.cases=...)", e);
        }
        if (expressions.isEmpty()) {
            throw new IllegalStateException("no valid expression in " + file.toAbsolutePath());
        }
        return expressions;
    }
}
