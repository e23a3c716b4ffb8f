package dev.obsgen.core.check.output;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.OutputLayout;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.write.PathNames;
import dev.obsgen.model.Observability;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two outputs whose paths differ only in case or Unicode form ({@code shop.yml} and {@code Shop.yml}) are two files
 * on Linux and one on macOS and Windows, where a checkout of the repository silently keeps only one of them. Two
 * elements that write one path are one file everywhere, and a path one writes as a file and another needs as a
 * folder ({@code Ops.json} and {@code Ops.json/x.json}) cannot be written at all.
 */
@CheckDefinition(
        id = "output/path-collision",
        severity = FindingSeverity.ERROR,
        summary = "No two elements write one output path, no path is both a file and a folder, and no two output paths"
                + " differ only in letter case or Unicode normal form.",
        example = "RuleGroup.named(\"shop\") and RuleGroup.named(\"Shop\"), or dashboard folders \"Ops\" and \"ops\"",
        fix = "Give one of them a name that differs in more than case.")
public final class PathCollision implements ModelCheck {
    /** A path an output needs: its own file, or a folder on the way to it. */
    private record Claim(String path, OutputLayout.NamedPath owner, boolean file) {
    }

    private final DashboardFormat dashboardFormat;

    /** For dashboards written in {@code dashboardFormat}, which decides the Grafana files written. */
    public PathCollision(DashboardFormat dashboardFormat) {
        this.dashboardFormat = Objects.requireNonNull(dashboardFormat, "dashboardFormat");
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        Map<String, Claim> byKey = new HashMap<>();
        // A folder's path is needed by each of its dashboards and by the folder's own files: one finding per clash.
        Set<String> reported = new HashSet<>();
        for (OutputLayout.NamedPath path : OutputLayout.of(model, dashboardFormat)) {
            if (path.names().stream().anyMatch(n -> PathNames.nameProblem(n.value()).isPresent())) {
                continue; // output/path-name reports it
            }
            // Folders count too: dashboards in folders "Ops" and "ops" would share one folder on macOS.
            String[] segments = path.path().split("/");
            StringBuilder prefix = new StringBuilder();
            for (String segment : segments) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(segment);
                String key = PathNames.collisionKey(prefix.toString());
                boolean file = prefix.length() == path.path().length();
                Claim claim = new Claim(prefix.toString(), path, file);
                Claim other = byKey.putIfAbsent(key, claim);
                boolean samePath = other != null && other.path().equals(claim.path());
                if (other == null || samePath && !file && !other.file()) {
                    continue; // a new path, or a folder several outputs share
                }
                if (samePath && file && other.file()) {
                    // One file of two elements: the second would overwrite the first, on every system.
                    if (!other.owner().element().equals(path.element())) {
                        findings.report(PathNames.shown(path.element()), "writes " + PathNames.shown(claim.path())
                                + ", which " + PathNames.shown(other.owner().element()) + " writes too");
                    }
                    break;
                }
                if (!reported.add(key + "\0" + other.owner().element())) {
                    break;
                }
                if (other.file() != file) {
                    // Whichever comes second cannot be written, and the writer finds out half-way; paths apart only
                    // in case are still two on Linux, so the clash is named for the systems where it is one.
                    findings.report(PathNames.shown(path.element()), "writes " + PathNames.shown(claim.path())
                            + " as a " + (file ? "file" : "folder") + ", and " + PathNames.shown(other.owner().element())
                            + " writes " + PathNames.shown(other.path()) + " as a " + (file ? "folder" : "file")
                            + (samePath ? "; one path cannot be both"
                                    : ", which differs from it only in case or Unicode form; on macOS and Windows one"
                                            + " path cannot be both"));
                } else {
                    findings.report(PathNames.shown(path.element()), "writes " + PathNames.shown(claim.path())
                            + ", which differs from " + PathNames.shown(other.path()) + " of "
                            + PathNames.shown(other.owner().element())
                            + " only in case or Unicode form; on macOS and Windows they are one "
                            + (file ? "file" : "folder"));
                }
                break;
            }
        }
    }
}
