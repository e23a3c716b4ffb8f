package dev.obsgen.core.check.output;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.OutputLayout;
import dev.obsgen.core.write.PathNames;
import dev.obsgen.model.Observability;
import java.util.HashMap;
import java.util.Map;

/**
 * Two outputs whose paths differ only in case or Unicode form ({@code shop.yml} and {@code Shop.yml}) are two files
 * on Linux and one on macOS and Windows, where a checkout of the repository silently keeps only one of them.
 */
@CheckDefinition(
        id = "output/path-collision",
        severity = FindingSeverity.ERROR,
        summary = "No two output paths differ only in letter case or Unicode normal form.",
        example = "RuleGroup.named(\"shop\") and RuleGroup.named(\"Shop\"), or dashboard folders \"Ops\" and \"ops\"",
        fix = "Give one of them a name that differs in more than case.")
public final class PathCollision implements ModelCheck {
    private record Claim(String path, OutputLayout.NamedPath owner) {
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        Map<String, Claim> byKey = new HashMap<>();
        for (OutputLayout.NamedPath path : OutputLayout.of(model)) {
            if (path.names().stream().anyMatch(n -> PathNames.nameProblem(n.value()).isPresent())) {
                continue; // output/path-name reports it
            }
            // Folders count too: dashboards in folders "Ops" and "ops" would share one folder on macOS.
            String[] segments = path.path().split("/");
            StringBuilder prefix = new StringBuilder();
            for (String segment : segments) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(segment);
                String key = PathNames.collisionKey(prefix.toString());
                Claim claim = new Claim(prefix.toString(), path);
                Claim other = byKey.putIfAbsent(key, claim);
                if (other != null && !other.path().equals(claim.path())) {
                    findings.report(PathNames.shown(path.element()), "writes " + PathNames.shown(claim.path())
                            + ", which differs from " + PathNames.shown(other.path()) + " of "
                            + PathNames.shown(other.owner().element())
                            + " only in case or Unicode form; on macOS and Windows they are one "
                            + (claim.path().equals(path.path()) ? "file" : "folder"));
                    break;
                }
            }
        }
    }
}
