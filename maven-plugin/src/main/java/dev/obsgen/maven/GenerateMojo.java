package dev.obsgen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the model and writes every output it owns (all of a platform's; a team's own files only); a model with an
 * error writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends ModelMojo {
    @Parameter(property = "obsgen.generate.skip", defaultValue = "false")
    boolean skip;

    @Override
    boolean composes() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("obsgen: skipped (obsgen.generate.skip)");
            return;
        }
        render(this::write);
    }
}
