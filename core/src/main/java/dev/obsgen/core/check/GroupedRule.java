package dev.obsgen.core.check;

import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * A rule with the group that holds it and the name findings give it ({@link Elements#rule}): where rules share a
 * name, the labels that tell them apart are part of it.
 */
public record GroupedRule<R extends Rule>(RuleGroup group, R rule, String element) {
}
