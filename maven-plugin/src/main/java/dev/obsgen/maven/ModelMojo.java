package dev.obsgen.maven;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.team.CompositionException;
import dev.obsgen.core.write.DriftCheck;
import dev.obsgen.core.write.DriftReport;
import dev.obsgen.core.write.OutputException;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.core.write.WriteReport;
import dev.obsgen.model.Observability;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: load the project's model classes through a class loader built from its runtime class path,
 * render them with the core, write or compare the files. No logic of its own beyond mapping parameters.
 */
abstract class ModelMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** {@code generate} and {@code check}: the class that implements {@code ObservabilityDefinition}. */
    @Parameter(property = "obsgen.model")
    String modelClass;

    /**
     * {@code compose} and {@code compose-check}: the platform's model class and the teams' (by class name, on the
     * project's class path, each team's in its own jar). Without the platform's, the teams' platform is composed.
     */
    @Parameter(property = "obsgen.models")
    List<String> models;

    /** Where the outputs go. */
    @Parameter(property = "obsgen.output", defaultValue = "${project.basedir}/generated", required = true)
    File outputDirectory;

    /** A directory of FreeMarker templates that override the built-in ones by file name. */
    @Parameter(property = "obsgen.templates")
    File templatesDirectory;

    /** The Grafana release the dashboards are written for: it fixes their schemaVersion and pluginVersion. */
    @Parameter(property = "obsgen.grafana.version", defaultValue = "12.3.0", required = true)
    String grafanaVersion;

    /**
     * The shape dashboards are written in: {@code classic}, {@code resource} or {@code v2}. Unset, the Grafana
     * release decides: v2 from Grafana 13, classic before.
     */
    @Parameter(property = "obsgen.grafana.format")
    String dashboardFormat;

    /** True for the goals that compose several models into one tree. */
    abstract boolean composes();

    /** What a goal does with the checked model's files: write them, or compare them with the folder. */
    interface RenderingUse {
        void accept(Rendering rendering) throws MojoFailureException;
    }

    /**
     * Checks the model, throwing a build failure that lists every finding when it has errors, and hands its files
     * to {@code use}. They are rendered as {@code use} takes them, so the project's class loader stays open (and the
     * thread's) until it returns: a raw field of the model may hold a class of the project's.
     */
    void render(RenderingUse use) throws MojoExecutionException, MojoFailureException {
        GrafanaVersion target = grafanaVersion();
        DashboardFormat format = dashboardFormat(target);
        List<String> classes = modelClasses();
        String source = String.join(", ", classes);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(ProjectClassPath.of(project), getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            List<Observability> loaded = new ArrayList<>();
            for (String name : classes) {
                loaded.add(Generation.load(name, loader));
            }
            RenderSettings settings = new RenderSettings(source, Optional.ofNullable(templatesDirectory).map(File::toPath));
            Generation generation = Generation.standard(target, format);
            Rendering rendering = composes() ? generation.compose(loaded, settings)
                    : generation.render(loaded.get(0), settings);
            rendering.warnings().forEach(w -> getLog().warn(w.format()));
            use.accept(rendering);
        } catch (ModelRejectedException e) {
            e.findings().stream().filter(Finding::isError).forEach(f -> getLog().error(f.format()));
            e.findings().stream().filter(f -> !f.isError()).forEach(f -> getLog().warn(f.format()));
            throw new MojoFailureException(e.getMessage());
        } catch (ModelLoadException | CompositionException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("obsgen: cannot close the class loader of " + project.getId() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw new MojoExecutionException("obsgen: internal error while checking or rendering " + source + ": " + e
                    + " (run with -e for the stack trace)", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private List<String> modelClasses() throws MojoFailureException {
        List<String> given = models == null ? List.of() : models.stream().map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (composes()) {
            if (given.isEmpty()) {
                throw new MojoFailureException("obsgen: compose needs the model classes to compose: <models> in the "
                        + "plugin's configuration, or -Dobsgen.models=PLATFORM_CLASS,TEAM_CLASS,...");
            }
            return given;
        }
        if (modelClass == null || modelClass.isBlank()) {
            throw new MojoFailureException("obsgen: no model class: set <modelClass> in the plugin's configuration, "
                    + "or -Dobsgen.model=CLASS" + (given.isEmpty() ? "" : "; <models> is for the compose goals"));
        }
        return List.of(modelClass.strip());
    }

    /** Writes the rendering into the output folder. */
    void write(Rendering rendering) throws MojoFailureException {
        WriteReport report;
        try {
            report = new OutputWriter(Duration.ofMinutes(2), notice -> getLog().info("obsgen: " + notice))
                    .write(rendering.files(), outputDirectory.toPath());
        } catch (OutputException e) {
            // The message says what failed and what was written; -e or -X adds the stack trace.
            throw new MojoFailureException("obsgen: " + e.getMessage(), e);
        }
        report.warnings().forEach(w -> getLog().warn(w));
        getLog().info("obsgen: " + report.summary() + " in " + outputDirectory);
    }

    /** Fails the build when a committed file differs from the rendering, printing the diff and the fix. */
    void compare(Rendering rendering, String fixCommand) throws MojoFailureException {
        DriftReport drift;
        try {
            drift = new DriftCheck().compare(rendering.files(), outputDirectory.toPath());
        } catch (OutputException e) {
            throw new MojoFailureException("obsgen: " + e.getMessage(), e);
        }
        if (!drift.inSync()) {
            throw new MojoFailureException(drift.format(fixCommand));
        }
        getLog().info("obsgen: " + drift.compared() + " generated files in " + outputDirectory
                + " match the model" + (composes() ? "s" : ""));
    }

    /**
     * The format set, or the one the Grafana release defaults to when none is. A blank value is an error, as it is
     * on the command line: {@code -Dobsgen.grafana.format=} more likely lost its value than meant the default.
     */
    DashboardFormat dashboardFormat(GrafanaVersion target) throws MojoExecutionException {
        if (dashboardFormat == null) {
            return DashboardFormat.defaultFor(target);
        }
        try {
            return DashboardFormat.parse(dashboardFormat).requireReadableBy(target);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("dashboardFormat (obsgen.grafana.format): " + e.getMessage(), e);
        }
    }

    GrafanaVersion grafanaVersion() throws MojoExecutionException {
        try {
            return GrafanaVersion.parse(grafanaVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("grafanaVersion (obsgen.grafana.version): " + e.getMessage(), e);
        }
    }
}
