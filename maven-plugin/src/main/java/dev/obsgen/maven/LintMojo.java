package dev.obsgen.maven;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.cli.InputPaths;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.lint.Lint;
import dev.obsgen.core.lint.LintCatalog;
import dev.obsgen.core.lint.LintProblem;
import dev.obsgen.core.lint.LintReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints Prometheus rule files and PrometheusRule manifests that have no model; needs no POM:
 * {@code mvn dev.obsgen:obsgen-maven-plugin:VERSION:lint -Dobsgen.files=rules/,more.yml}.
 */
@Mojo(name = "lint", requiresProject = false, threadSafe = true)
public class LintMojo extends AbstractMojo {
    /** Rule files or folders, separated by commas. */
    @Parameter(property = "obsgen.files", required = true)
    String files;

    /**
     * An obsgen-catalog.json a generation wrote (every check of the model's rules), or a Prometheus /api/v1/metadata
     * response or metrics exposition (the typed checks).
     */
    @Parameter(property = "obsgen.catalog")
    File catalog;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        LintCatalog metrics = LintCatalog.names();
        if (catalog != null) {
            try {
                metrics = LintCatalog.read(catalog.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read the catalog: " + e.getMessage(), e);
            }
        }
        List<Path> inputs = InputPaths.split(files);
        LintReport report = new Lint(CheckRegistry.standard(), metrics).run(inputs);
        for (LintProblem problem : report.problems()) {
            if (problem.severity() == FindingSeverity.ERROR) {
                getLog().error(problem.format());
            } else if (problem.severity() == FindingSeverity.WARNING) {
                getLog().warn(problem.format());
            } else {
                getLog().info(problem.format());
            }
        }
        getLog().info(report.skipped());
        getLog().info(report.summary());
        if (report.errors() > 0) {
            throw new MojoFailureException(report.summary());
        }
    }
}
