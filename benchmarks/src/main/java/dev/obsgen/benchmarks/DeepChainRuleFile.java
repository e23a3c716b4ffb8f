package dev.obsgen.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a rule file of one alert whose expression is a left-deep chain {@code up{job="a"} + up{job="a"} + ...}
 * of TERMS terms, for timing lint against the length of one expression: {@code DeepChainRuleFile FILE TERMS}.
 */
public final class DeepChainRuleFile {
    private DeepChainRuleFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int terms = Integer.parseInt(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("groups:\n- name: deep\n  rules:\n  - alert: DeepChain\n    expr: |\n      (");
            for (int i = 0; i < terms; i++) {
                out.write(i == 0 ? "up{job=\"a\"}" : " + up{job=\"a\"}");
            }
            out.write(") > 0\n    labels:\n      severity: warning\n    annotations:\n      summary: A deep chain.\n"
                    + "      description: The sum of many series.\n      runbook_url: https://runbooks.example.com/deep\n");
        }
        System.out.println("wrote a chain of " + terms + " terms to " + file);
    }
}
