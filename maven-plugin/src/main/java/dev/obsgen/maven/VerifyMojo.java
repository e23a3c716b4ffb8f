package dev.obsgen.maven;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.verify.Verification;
import dev.obsgen.core.verify.VerifyException;
import dev.obsgen.core.verify.VerifyFinding;
import dev.obsgen.core.verify.VerifyOptions;
import dev.obsgen.core.verify.VerifyReport;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compares the project's model with a running Prometheus
 * ({@code mvn obsgen:verify -Dobsgen.prometheus=https://prometheus:9090}): fails on errors, warns on warnings.
 * Secrets are named by file or environment variable, never given as values.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The class that implements {@code ObservabilityDefinition}. */
    @Parameter(property = "obsgen.model")
    String modelClass;

    /** The Prometheus base URL, without credentials. */
    @Parameter(property = "obsgen.prometheus")
    String prometheus;

    @Parameter(property = "obsgen.verify.bearerTokenFile")
    String bearerTokenFile;

    @Parameter(property = "obsgen.verify.bearerTokenEnv")
    String bearerTokenEnv;

    @Parameter(property = "obsgen.verify.basicAuthUser")
    String basicAuthUser;

    @Parameter(property = "obsgen.verify.basicAuthPasswordFile")
    String basicAuthPasswordFile;

    @Parameter(property = "obsgen.verify.basicAuthPasswordEnv")
    String basicAuthPasswordEnv;

    /** A PEM bundle of the CA that signed the server's certificate. */
    @Parameter(property = "obsgen.verify.caFile")
    String caFile;

    /** How long one request may take, as a Prometheus duration. */
    @Parameter(property = "obsgen.verify.timeout", defaultValue = "10s")
    String timeout;

    /** The most series sampled per metric. */
    @Parameter(property = "obsgen.verify.maxSeries", defaultValue = "100")
    String maxSeries;

    @Parameter(property = "obsgen.verify.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("obsgen: verify skipped (obsgen.verify.skip)");
            return;
        }
        if (modelClass == null || modelClass.isBlank()) {
            throw new MojoFailureException("obsgen: no model class: set <modelClass> or -Dobsgen.model=CLASS");
        }
        VerifyReport report;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(ProjectClassPath.of(project), getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            VerifyOptions options = new VerifyOptions(prometheus, bearerTokenFile, bearerTokenEnv, basicAuthUser,
                    basicAuthPasswordFile, basicAuthPasswordEnv, caFile, timeout, maxSeries);
            Observability model = Generation.load(modelClass.strip(), loader);
            report = Verification.run(model, options.access(System.getenv()));
        } catch (ModelRejectedException e) {
            e.findings().stream().filter(Finding::isError).forEach(f -> getLog().error(f.format()));
            throw new MojoFailureException("obsgen: the model has errors; fix them before verifying");
        } catch (ModelLoadException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (VerifyException e) {
            throw new MojoExecutionException("obsgen verify: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("obsgen: cannot close the class loader of " + project.getId() + ": "
                    + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        for (VerifyFinding finding : report.findings()) {
            if (finding.isError()) {
                getLog().error(finding.format());
            } else {
                getLog().warn(finding.format());
            }
        }
        getLog().info("obsgen: " + report.summary());
        if (report.errors() > 0) {
            throw new MojoFailureException("obsgen: " + report.summary());
        }
    }
}
