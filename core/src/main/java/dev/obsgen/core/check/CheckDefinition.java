package dev.obsgen.core.check;

import dev.obsgen.core.check.promql.QueryKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check is, declared once on its class: the stable id (its first segment is the check's package), the
 * severity of its findings, a one-line summary, and for the check reference an example of what it catches and how
 * to fix it. {@link Check}'s methods read it, so a check class holds only what it checks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckDefinition {
    String id();

    FindingSeverity severity();

    String summary();

    /** A short example of what the check catches: a snippet of model code, PromQL or YAML. */
    String example() default "";

    /** How to fix what it catches. */
    String fix() default "";

    /**
     * What the check can read. Lint turns rule files and dashboard files into the shapes the model checks read
     * (rule groups, dashboards) and runs every check that lists the input; it says which checks it skipped. A query
     * check reads every input ({@code QueryCheck#reads}) and leaves this at its default.
     */
    CheckInput[] inputs() default {CheckInput.MODEL};

    /** For query checks: whether the check needs metric types from a model or catalog; without one it stays quiet. */
    boolean needsTypes() default false;

    /** For query checks: whether it reads the parsed expression; one that does not also runs where it does not parse. */
    boolean needsExpression() default true;

    /** For query checks: the kinds of query the check reads; the others are not handed to it. */
    QueryKind[] queryKinds() default {QueryKind.ALERT, QueryKind.RECORDING, QueryKind.PANEL};
}
