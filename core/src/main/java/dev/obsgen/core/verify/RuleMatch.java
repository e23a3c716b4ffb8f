package dev.obsgen.core.verify;

import dev.obsgen.core.verify.ServerSnapshot.ServerRule;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import java.util.List;

/** How a model rule is found among the server's: by kind and name, its expression compared in canonical form. */
final class RuleMatch {
    private RuleMatch() {
    }

    static boolean isAlert(Rule rule) {
        return rule instanceof AlertRule;
    }

    /** The server's rules of the same kind and name, in the order it lists them. */
    static List<ServerRule> candidates(ServerSnapshot server, Rule rule) {
        boolean alert = isAlert(rule);
        return server.rules().stream().filter(r -> r.alert() == alert && r.name().equals(rule.name())).toList();
    }

    static String element(Rule rule, RuleGroup group) {
        return (isAlert(rule) ? "alert '" : "recording rule '") + rule.name() + "' in group '" + group.name() + "'";
    }

    /**
     * The expression as obsgen's printer writes it, so the server's way of printing does not count; an expression
     * the parser refuses is compared with its spaces collapsed.
     */
    static String normalise(String expr) {
        String text = expr == null ? "" : expr.strip();
        try {
            return PromQL.print(PromQL.parse(text));
        } catch (ParseException e) {
            return text.replaceAll("\\s+", " ");
        }
    }
}
