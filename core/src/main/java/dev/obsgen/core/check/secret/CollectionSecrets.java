package dev.obsgen.core.check.secret;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelValue;
import dev.obsgen.core.check.ValueCheck;
import dev.obsgen.model.EnvironmentVariable;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.SearchStore;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The agents' configs are committed like every generated file, so a credential there is the name of an environment
 * variable the agent reads at start, written as {@code ${NAME}}. Every field the model marks
 * {@link EnvironmentVariable} must hold such a name and nothing that could be the value itself; text elsewhere is
 * scanned for credentials by {@code secret/inline}.
 */
@CheckDefinition(
        id = "secret/collector",
        severity = FindingSeverity.ERROR,
        summary = "Agent credentials and endpoints written as ${NAME} are names of environment variables.",
        example = ".credentials(\"elastic\", \"s3cret\") instead of names of environment variables",
        fix = "Name environment variables the agent reads at start: .credentials(\"ELASTICSEARCH_USER\","
                + " \"ELASTICSEARCH_PASSWORD\").")
public final class CollectionSecrets implements ValueCheck {
    private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]*");

    @Override
    public Consumer<ModelValue> visitor(FindingSink findings) {
        return value -> {
            if (value.namesEnvironmentVariable() && value.value() instanceof String name
                    && !VARIABLE.matcher(name).matches()) {
                findings.report(value.element(), value.field() + " must be the name of an environment variable in"
                        + " upper case letters, digits and _, not the value itself; the agent reads ${NAME} at start");
            }
        };
    }

    @Override
    public void checkAfterValues(Observability model, FindingSink findings) {
        for (SearchStore store : CollectionParts.stores(model, SearchStore.class)) {
            if ((store.userVariable() == null) != (store.passwordVariable() == null)) {
                findings.report("store '" + store.name() + "'",
                        "names only one of the user and password variables; name both or neither");
            }
        }
    }
}
