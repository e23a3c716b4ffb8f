package dev.obsgen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders in memory and fails the build when a committed output differs, printing the files, a unified diff and
 * the command that fixes it. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends ModelMojo {
    @Parameter(property = "obsgen.check.skip", defaultValue = "false")
    boolean skip;

    /** The command printed as the fix when outputs are stale. */
    @Parameter(property = "obsgen.fixCommand", defaultValue = "mvn -B -DskipTests install")
    String fixCommand;

    @Override
    boolean composes() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("obsgen: skipped (obsgen.check.skip)");
            return;
        }
        render(rendering -> compare(rendering, fixCommand));
    }
}
