package dev.obsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dobsgen.catalog} takes an obsgen catalog: the goal then fails on what the model's checks would refuse. */
class LintMojoCatalogTest {
    // The smallest catalog there is: one counter, and routing that knows only critical.
    private static final String CATALOG = """
            {"format": 1, "generatedBy": "obsgen", "notice": "written for this test", "owner": "platform jobs",
             "metrics": [{"name": "jobs_total", "type": "counter", "unit": "none", "help": "Jobs.", "job": "worker",
                          "scrapeInterval": "30s", "labels": ["queue"], "labelValues": {},
                          "series": [{"name": "jobs_total", "role": "value", "labels": ["instance", "job", "queue"]}]}],
             "recordedSeries": [], "prometheusSeries": [],
             "routing": {"defaultReceiver": "team", "receivers": ["team"],
                         "routes": [{"severity": "critical", "receiver": "team"}]}}
            """;
    private static final String RULES = """
            groups:
              - name: jobs
                rules:
                  - alert: JobsFailing
                    expr: sum(rate(jobs_totl[5m])) > 1
                    labels: {severity: warning}
                    annotations: {summary: Jobs fail., description: Jobs fail.}
            """;

    @TempDir
    Path dir;

    private LintMojo mojo(String catalog) throws IOException {
        LintMojo mojo = new LintMojo();
        mojo.files = Files.writeString(dir.resolve("rules.yml"), RULES).toString();
        mojo.catalog = Files.writeString(dir.resolve("obsgen-catalog.json"), catalog).toFile();
        return mojo;
    }

    @Test
    void failsOnAnUnknownMetricAndAnUnroutedSeverity() throws IOException {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(CATALOG).execute());
        assertEquals("1 files, 1 rules, 2 errors, 0 warnings", e.getMessage());
    }

    @Test
    void aCatalogThatDoesNotReadIsOneLine() throws IOException {
        LintMojo mojo = mojo(CATALOG.replace("\"format\": 1, ", ""));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("cannot read the catalog: " + mojo.catalog + ": $.format: missing", e.getMessage());
    }
}
