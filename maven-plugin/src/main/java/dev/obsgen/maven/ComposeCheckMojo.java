package dev.obsgen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The drift check of a composed tree: renders it in memory and fails when a committed file differs, as
 * {@code check} does for one model. {@code -Dobsgen.check.skip} skips it too.
 */
@Mojo(name = "compose-check", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ComposeCheckMojo extends CheckMojo {
    @Override
    boolean composes() {
        return true;
    }
}
