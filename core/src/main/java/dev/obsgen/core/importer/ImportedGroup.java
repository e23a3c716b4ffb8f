package dev.obsgen.core.importer;

import java.util.List;

/** One rule group as the imported model declares it, with the method of the generated class that builds it. */
public record ImportedGroup(String file, String name, String interval, Integer limit, List<ImportedRule> rules,
                            String methodName) {
    public ImportedGroup {
        rules = List.copyOf(rules);
    }

    public ImportedGroup withRules(List<ImportedRule> replacement) {
        return new ImportedGroup(file, name, interval, limit, replacement, methodName);
    }
}
