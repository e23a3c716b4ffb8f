package dev.obsgen.core.verify;

import dev.obsgen.core.check.Check;

/**
 * One comparison of the model with a running server. Registered with the other checks in
 * {@link dev.obsgen.core.check.CheckRegistry} for the check reference; run by {@link Verification}.
 */
public interface VerifyCheck extends Check {
    void verify(VerifyContext context, VerifySink sink);
}
