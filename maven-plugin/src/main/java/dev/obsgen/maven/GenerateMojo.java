package dev.obsgen.maven;

import dev.obsgen.core.Rendering;
import dev.obsgen.core.write.OutputException;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.core.write.WriteReport;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Checks the model and writes every output; a model with an error writes nothing. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends ModelMojo {
    @Parameter(property = "obsgen.generate.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("obsgen:generate skipped");
            return;
        }
        Rendering rendering = render();
        WriteReport report;
        try {
            report = new OutputWriter(Duration.ofMinutes(2), notice -> getLog().info("obsgen: " + notice))
                    .write(rendering.output(), outputDirectory.toPath());
        } catch (OutputException e) {
            // The message says what failed and what was written; -e or -X adds the stack trace.
            throw new MojoFailureException("obsgen: " + e.getMessage(), e);
        }
        report.warnings().forEach(w -> getLog().warn(w));
        getLog().info("obsgen: " + report.summary() + " in " + outputDirectory);
    }
}
