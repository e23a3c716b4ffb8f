package dev.obsgen.maven;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.model.Observability;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: load the project's model class through a class loader built from its runtime class path,
 * and render it with the core. No logic of its own beyond mapping parameters.
 */
abstract class ModelMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The fully qualified name of the class that implements {@code ObservabilityDefinition}. */
    @Parameter(property = "obsgen.model", required = true)
    String modelClass;

    /** Where the outputs go. */
    @Parameter(property = "obsgen.output", defaultValue = "${project.basedir}/generated", required = true)
    File outputDirectory;

    /** A directory of FreeMarker templates that override the built-in ones by file name. */
    @Parameter(property = "obsgen.templates")
    File templatesDirectory;

    /** The Grafana release the dashboards are written for: it fixes their schemaVersion and pluginVersion. */
    @Parameter(property = "obsgen.grafana.version", defaultValue = "12.3.0", required = true)
    String grafanaVersion;

    /** Renders in memory, throwing a build failure that lists every finding when the model has errors. */
    Rendering render() throws MojoExecutionException, MojoFailureException {
        GrafanaVersion target = grafanaVersion();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath(), getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Observability model = Generation.load(modelClass, loader);
            RenderSettings settings = new RenderSettings(modelClass,
                    Optional.ofNullable(templatesDirectory).map(File::toPath));
            Rendering rendering = Generation.standard(target).render(model, settings);
            rendering.warnings().forEach(w -> getLog().warn(w.format()));
            return rendering;
        } catch (ModelRejectedException e) {
            e.findings().stream().filter(Finding::isError).forEach(f -> getLog().error(f.format()));
            e.findings().stream().filter(f -> !f.isError()).forEach(f -> getLog().warn(f.format()));
            throw new MojoFailureException(e.getMessage());
        } catch (ModelLoadException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("obsgen: cannot close the class loader of " + project.getId() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new MojoExecutionException("obsgen: internal error while checking " + modelClass + ": " + e
                    + " (run with -e for the stack trace)", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private GrafanaVersion grafanaVersion() throws MojoExecutionException {
        try {
            return GrafanaVersion.parse(grafanaVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("grafanaVersion (obsgen.grafana.version): " + e.getMessage(), e);
        }
    }

    private URL[] classPath() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot build the class path of " + project.getId() + ": " + e.getMessage(), e);
        }
    }
}
