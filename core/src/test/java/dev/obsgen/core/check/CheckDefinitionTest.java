package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.SyntaxCheck;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every registered check declares what it is once, in its {@link CheckDefinition}: no two share an id, and an id's
 * first segment is the last segment of its class's package ({@code alert/for} lives in {@code check.alert},
 * {@code verify/...} in {@code core.verify}, {@code lint/...} in {@code core.lint}).
 */
class CheckDefinitionTest {
    /** The methods a definition replaces; a check class that still declares one says its metadata twice. */
    private static final Set<String> DECLARED_BY_DEFINITION = Set.of("id", "summary", "severity", "example", "fix",
            "needsTypes", "needsExpression");

    private static final Set<CheckInput> QUERY_INPUTS = Set.of(CheckInput.MODEL, CheckInput.RULE_FILES,
            CheckInput.DASHBOARD_FILES);

    /** Model checks whose subject lint also finds in rule files. */
    private static final Set<String> RULE_FILE_CHECKS = Set.of("alert/name", "alert/severity", "alert/annotations",
            "recording/name", "model/duration", "model/unique-names");

    private final List<Check> checks = CheckRegistry.standard().allChecks();

    @Test
    void everyCheckHasADefinition() {
        assertEquals(List.of(), missingDefinitions(checks));
    }

    @Test
    void aCheckDeclaresItsMetadataOnlyInItsDefinition() {
        assertEquals(List.of(), overriddenMetadata(checks));
    }

    @Test
    void idsAreUnique() {
        assertEquals(Map.of(), sharedIds(checks));
    }

    @Test
    void anIdStartsWithItsPackage() {
        assertEquals(List.of(), outsideTheirPackage(checks));
    }

    @Test
    void queryChecksReadModelsRuleFilesAndDashboardFiles() {
        for (Check check : checks) {
            if (check instanceof QueryCheck) {
                for (CheckInput input : CheckInput.values()) {
                    assertTrue(check.reads(input), check.id() + " reads " + input);
                }
                // Said once, on QueryCheck: a definition that lists inputs would be read by nothing.
                assertEquals(List.of(CheckInput.MODEL), List.of(check.definition().inputs()), check.id());
            } else if (check instanceof SyntaxCheck) {
                assertEquals(QUERY_INPUTS, Set.of(check.definition().inputs()), check.id());
            } else if (RULE_FILE_CHECKS.contains(check.id())) {
                assertEquals(Set.of(CheckInput.MODEL, CheckInput.RULE_FILES), Set.of(check.definition().inputs()),
                        check.id());
            }
        }
    }

    /** Each rule above, made to fail on a check that breaks it, so a rule that cannot fail is caught here. */
    @Test
    void theRulesFire() {
        List<Check> broken = List.of(new Undeclared(), new Overriding(), new Misplaced(), new SameId(), new SameId());
        assertEquals(List.of(Undeclared.class.getName()), missingDefinitions(broken));
        assertEquals(List.of(Overriding.class.getName() + ".summary()"), overriddenMetadata(broken));
        assertEquals(Map.of("check/same", List.of(SameId.class.getName(), SameId.class.getName())), sharedIds(broken));
        assertEquals(List.of(Misplaced.class.getName() + " declares alert/misplaced in package check"),
                outsideTheirPackage(broken));
    }

    private static List<String> missingDefinitions(List<Check> checks) {
        List<String> missing = new ArrayList<>();
        for (Check check : checks) {
            String name = check.getClass().getName();
            if (check.getClass().getAnnotation(CheckDefinition.class) == null) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static List<String> overriddenMetadata(List<Check> checks) {
        List<String> overridden = new ArrayList<>();
        for (Check check : checks) {
            if (check.getClass().getAnnotation(CheckDefinition.class) == null) {
                continue;
            }
            String name = check.getClass().getName();
            for (Method method : check.getClass().getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && DECLARED_BY_DEFINITION.contains(method.getName())) {
                    overridden.add(name + "." + method.getName() + "()");
                }
            }
        }
        return overridden;
    }

    private static Map<String, List<String>> sharedIds(List<Check> checks) {
        Map<String, List<String>> byId = new TreeMap<>();
        for (Check check : checks) {
            byId.computeIfAbsent(check.id(), id -> new ArrayList<>()).add(check.getClass().getName());
        }
        byId.values().removeIf(classes -> classes.size() == 1);
        return byId;
    }

    private static List<String> outsideTheirPackage(List<Check> checks) {
        List<String> outside = new ArrayList<>();
        for (Check check : checks) {
            String name = check.getClass().getName();
            String packageName = check.getClass().getPackageName();
            String segment = packageName.substring(packageName.lastIndexOf('.') + 1);
            String first = check.id().substring(0, check.id().indexOf('/'));
            if (!first.equals(segment)) {
                outside.add(name + " declares " + check.id() + " in package " + segment);
            }
        }
        return outside;
    }

    private static final class Undeclared implements Check {
        @Override
        public String id() {
            return "check/undeclared";
        }
    }

    @CheckDefinition(id = "check/overriding", severity = FindingSeverity.ERROR, summary = "s")
    private static final class Overriding implements Check {
        @Override
        public String summary() {
            return "said twice";
        }
    }

    @CheckDefinition(id = "alert/misplaced", severity = FindingSeverity.ERROR, summary = "s")
    private static final class Misplaced implements Check {
    }

    @CheckDefinition(id = "check/same", severity = FindingSeverity.ERROR, summary = "s")
    private static final class SameId implements Check {
    }
}
