package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.List;

/** Finds the experimental syntax in an expression. */
final class ExperimentalFeatures {

    private static final ExperimentalFeature.Kind MODIFIER = ExperimentalFeature.Kind.RANGE_SELECTOR_MODIFIER;

    private ExperimentalFeatures() {
    }

    static List<ExperimentalFeature> of(Expr root) {
        List<ExperimentalFeature> found = new ArrayList<>();
        ExprWalker.walk(root, (node, ancestors) -> {
            collect(node, ancestors, found);
            return true;
        });
        return found;
    }

    private static void collect(Expr node, List<Expr> ancestors, List<ExperimentalFeature> found) {
        if (node instanceof Call call && call.function().experimental()) {
            found.add(new ExperimentalFeature(ExperimentalFeature.Kind.FUNCTION, call.name(), call.position()));
        } else if (node instanceof Aggregate aggregate && aggregate.op().isExperimental()) {
            found.add(new ExperimentalFeature(ExperimentalFeature.Kind.AGGREGATION, aggregate.op().keyword(),
                    aggregate.position()));
        } else if (node instanceof Binary binary && binary.matching() != null && binary.matching().hasFill()) {
            VectorMatching matching = binary.matching();
            if (matching.fillLeft() != null && matching.fillLeft().equals(matching.fillRight())) {
                found.add(fill("fill", binary));
            } else {
                if (matching.fillLeft() != null) {
                    found.add(fill("fill_left", binary));
                }
                if (matching.fillRight() != null) {
                    found.add(fill("fill_right", binary));
                }
            }
        } else if (node instanceof MatrixSelector matrix) {
            duration(matrix.range(), found);
        } else if (node instanceof Subquery subquery) {
            duration(subquery.range(), found);
            duration(subquery.step(), found);
            duration(subquery.offset(), found);
        } else if (node instanceof VectorSelector selector) {
            PositionRange position = selector.position();
            if (!ancestors.isEmpty() && ancestors.get(ancestors.size() - 1) instanceof MatrixSelector matrix) {
                position = matrix.position();
            }
            if (selector.anchored()) {
                found.add(new ExperimentalFeature(MODIFIER, "anchored", position));
            }
            if (selector.smoothed()) {
                found.add(new ExperimentalFeature(MODIFIER, "smoothed", position));
            }
            duration(selector.offset(), found);
        }
    }

    private static ExperimentalFeature fill(String name, Binary binary) {
        return new ExperimentalFeature(ExperimentalFeature.Kind.FILL_MODIFIER, name, binary.position());
    }

    private static void duration(DurationExpr duration, List<ExperimentalFeature> found) {
        if (duration != null && !duration.isLiteral()) {
            found.add(new ExperimentalFeature(ExperimentalFeature.Kind.DURATION_EXPRESSION, Printer.print(duration),
                    duration.position()));
        }
    }
}
