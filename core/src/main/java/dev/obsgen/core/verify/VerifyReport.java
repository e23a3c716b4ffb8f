package dev.obsgen.core.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one verification, sorted (job by job, then the rules), with what was checked: as
 * compiler-style lines and a summary, or as JSON. The same model and the same server state give the same bytes.
 */
public record VerifyReport(int metrics, int jobs, int rules, List<VerifyFinding> findings) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public VerifyReport {
        findings = findings.stream().sorted(VerifyFinding.ORDER).toList();
    }

    public long errors() {
        return findings.stream().filter(VerifyFinding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** {@code N metrics checked in N jobs: N errors, N warnings}. */
    public String summary() {
        return plural(metrics, "metric") + " checked in " + plural(jobs, "job") + ": " + plural(errors(), "error")
                + ", " + plural(warnings(), "warning");
    }

    /** One line per finding, then the summary; each line ends with a line break. */
    public String text() {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.format()).append('\n'));
        return out.append(summary()).append('\n').toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("metrics", metrics);
        root.put("jobs", jobs);
        root.put("rules", rules);
        root.put("errors", errors());
        root.put("warnings", warnings());
        List<Map<String, Object>> items = new ArrayList<>();
        for (VerifyFinding finding : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("check", finding.checkId());
            item.put("severity", finding.severity().label());
            item.put("job", finding.job());
            item.put("metric", finding.metric());
            item.put("rule", finding.rule());
            item.put("message", finding.message());
            items.add(item);
        }
        root.put("findings", items);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
