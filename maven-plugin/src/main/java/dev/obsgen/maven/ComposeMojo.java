package dev.obsgen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks a platform and its teams together and writes one tree for the GitOps repository: the platform's files,
 * each team's under {@code teams/<team>/}, one {@code alertmanager.yml} and {@code prometheus.yml} for all. A name
 * two owners use fails the build naming both, and nothing is written. {@code -Dobsgen.generate.skip} skips it too.
 */
@Mojo(name = "compose", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ComposeMojo extends GenerateMojo {
    @Override
    boolean composes() {
        return true;
    }
}
