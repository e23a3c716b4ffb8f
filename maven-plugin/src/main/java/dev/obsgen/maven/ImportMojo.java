package dev.obsgen.maven;

import dev.obsgen.core.cli.InputPaths;
import dev.obsgen.core.cli.ImportCommand;
import dev.obsgen.core.importer.dashboard.DashboardImport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a model class from existing rule files, PrometheusRule manifests and dashboards:
 * {@code mvn dev.obsgen:obsgen-maven-plugin:VERSION:import -Dobsgen.files=rules/ -Dobsgen.class=com.example.Imported}.
 * The class goes under {@code src/main/java} unless {@code -Dobsgen.output} names another source folder; an existing
 * file is kept unless {@code -Dobsgen.force=true}. The import report (counts and every note) is logged.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {
    /** Rule files, manifests, dashboards or folders of them, separated by commas. */
    @Parameter(property = "obsgen.files", required = true)
    String files;

    /** The fully qualified name of the class to write. */
    @Parameter(property = "obsgen.class", required = true)
    String className;

    /** The source folder the class goes under, in its package's folders. */
    @Parameter(property = "obsgen.output", defaultValue = "${basedir}/src/main/java")
    File output;

    /** An obsgen-catalog.json, a Prometheus /api/v1/metadata response or a metrics exposition: the metrics' types. */
    @Parameter(property = "obsgen.catalog")
    File catalog;

    /** Overwrite the class when it exists. */
    @Parameter(property = "obsgen.force", defaultValue = "false")
    boolean force;

    @Override
    public void execute() throws MojoFailureException {
        List<Path> inputs = InputPaths.split(files);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            status = ImportCommand.write(className, output.toPath(), catalog == null ? null : catalog.toPath(), force,
                    inputs, new DashboardImport(), out, err);
        }
        report.toString(StandardCharsets.UTF_8).lines().forEach(line -> getLog().info(line));
        List<String> failures = errors.toString(StandardCharsets.UTF_8).lines().toList();
        failures.forEach(line -> getLog().error(line));
        if (status != 0) {
            throw new MojoFailureException(failures.isEmpty() ? "import failed" : failures.get(failures.size() - 1));
        }
    }
}
