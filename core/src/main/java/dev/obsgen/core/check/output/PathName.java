package dev.obsgen.core.check.output;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.OutputLayout;
import dev.obsgen.core.write.PathNames;
import dev.obsgen.model.Observability;
import java.util.HashSet;
import java.util.Set;

/**
 * Names from the model become folder and file names (a rule group's name, a dashboard's folder and uid, a runbook's
 * slug). Model jars are shared between teams, so a name is untrusted: one with a separator, {@code ..}, a newline or
 * a NUL could write or delete files elsewhere, and one that is too long or reserved on Windows fails halfway through
 * a write. Every such name is vetted here, before anything renders, by the rule the writer applies too.
 */
@CheckDefinition(
        id = "output/path-name",
        severity = FindingSeverity.ERROR,
        summary = "Every model name that becomes a folder or file name is a plain, portable path segment.",
        example = "RuleGroup.named(\"../../etc\"), Dashboard.builder(\"ops\", \"Ops\").folder(\"team/ops\"), a group named"
                + " \"CON\", a name with a newline or longer than " + PathNames.MAX_NAME_BYTES + " bytes",
        fix = "Use printable characters without / \\ < > : \" | ? *, not '.' or '..', no leading or trailing space,"
                + " no trailing dot, not a Windows device name (CON, NUL, COM1, ...), at most " + PathNames.MAX_NAME_BYTES
                + " bytes: \"metaflow-critical\", folder \"Training\".")
public final class PathName implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        Set<String> reported = new HashSet<>();
        for (OutputLayout.NamedPath path : OutputLayout.of(model)) {
            for (OutputLayout.Name name : path.names()) {
                PathNames.nameProblem(name.value()).ifPresent(problem -> {
                    String element = PathNames.shown(path.element());
                    // A folder's name is in its dashboards' paths and its own files': reported once, where first met.
                    String key = name.what().equals("folder") ? "folder\0" + name.value() : element + "\0" + name.what();
                    if (reported.add(key)) {
                        findings.report(element, "its " + name.what() + " '" + PathNames.shown(name.value())
                                + "' becomes part of the path " + PathNames.shown(path.path()) + ", but " + problem);
                    }
                });
            }
        }
    }
}
