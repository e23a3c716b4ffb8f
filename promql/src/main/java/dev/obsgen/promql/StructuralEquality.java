package dev.obsgen.promql;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The {@code equals} and {@code hashCode} of the inner nodes of expression and duration trees: structure only,
 * positions ignored. Pairs of nodes wait on a work list instead of the call stack, so that comparing two chains of
 * 10,000 operators is no deeper than comparing two selectors.
 */
final class StructuralEquality {

    private StructuralEquality() {
    }

    static boolean equal(Expr first, Expr second) {
        return equal(first, second, StructuralEquality::sameApartFromChildren, ExprWalker::children);
    }

    static int hash(Expr root) {
        return hash(root, StructuralEquality::hashApartFromChildren, ExprWalker::children);
    }

    static boolean equal(DurationExpr first, DurationExpr second) {
        return equal(first, second, StructuralEquality::sameApartFromChildren, StructuralEquality::children);
    }

    static int hash(DurationExpr root) {
        return hash(root, StructuralEquality::hashApartFromChildren, StructuralEquality::children);
    }

    private static <T> boolean equal(T first, T second, BiPredicate<T, T> sameApartFromChildren,
                                     Function<T, List<T>> children) {
        ArrayDeque<T> pending = new ArrayDeque<>();
        pending.push(second);
        pending.push(first);
        while (!pending.isEmpty()) {
            T x = pending.pop();
            T y = pending.pop();
            if (x == y) {
                continue;
            }
            if (!sameApartFromChildren.test(x, y)) {
                return false;
            }
            List<T> xs = children.apply(x);
            List<T> ys = children.apply(y);
            if (xs.size() != ys.size()) {
                return false;
            }
            for (int i = xs.size() - 1; i >= 0; i--) {
                pending.push(ys.get(i));
                pending.push(xs.get(i));
            }
        }
        return true;
    }

    private static <T> int hash(T root, ToIntFunction<T> hashApartFromChildren, Function<T, List<T>> children) {
        int hash = 1;
        ArrayDeque<T> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            T node = pending.pop();
            hash = 31 * hash + hashApartFromChildren.applyAsInt(node);
            List<T> below = children.apply(node);
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(below.get(i));
            }
        }
        return hash;
    }

    /** Leaves compare with their own {@code equals}; inner nodes by what they hold besides their children. */
    private static boolean sameApartFromChildren(Expr x, Expr y) {
        if (x instanceof NumberLiteral || x instanceof StringLiteral || x instanceof VectorSelector) {
            return x.equals(y);
        }
        if (x instanceof MatrixSelector m) {
            return y instanceof MatrixSelector n && m.range().equals(n.range());
        }
        if (x instanceof Subquery s) {
            return y instanceof Subquery t && s.range().equals(t.range()) && Objects.equals(s.step(), t.step())
                    && Objects.equals(s.offset(), t.offset()) && Objects.equals(s.at(), t.at());
        }
        if (x instanceof Paren) {
            return y instanceof Paren;
        }
        if (x instanceof Unary u) {
            return y instanceof Unary v && u.op() == v.op();
        }
        if (x instanceof Binary b) {
            return y instanceof Binary c && b.op() == c.op() && b.returnBool() == c.returnBool()
                    && Objects.equals(b.matching(), c.matching());
        }
        if (x instanceof Aggregate a) {
            return y instanceof Aggregate c && a.op() == c.op() && a.without() == c.without()
                    && a.grouping().equals(c.grouping()) && (a.param() == null) == (c.param() == null);
        }
        if (x instanceof Call call) {
            return y instanceof Call other && call.function().equals(other.function());
        }
        throw UnhandledNode.of(x);
    }

    private static int hashApartFromChildren(Expr node) {
        if (node instanceof NumberLiteral || node instanceof StringLiteral || node instanceof VectorSelector) {
            return node.hashCode();
        }
        if (node instanceof MatrixSelector m) {
            return m.range().hashCode();
        }
        if (node instanceof Subquery s) {
            return Objects.hash(s.range(), s.step(), s.offset(), s.at());
        }
        if (node instanceof Paren) {
            return 7;
        }
        if (node instanceof Unary u) {
            return 11 + u.op().ordinal();
        }
        if (node instanceof Binary b) {
            return Objects.hash(b.op().ordinal(), b.returnBool(), b.matching());
        }
        if (node instanceof Aggregate a) {
            return Objects.hash(a.op().ordinal(), a.without(), a.grouping(), a.param() == null);
        }
        if (node instanceof Call call) {
            return call.function().hashCode();
        }
        throw UnhandledNode.of(node);
    }

    private static boolean sameApartFromChildren(DurationExpr x, DurationExpr y) {
        if (x instanceof DurationExpr.Literal l) {
            return y instanceof DurationExpr.Literal m && Double.compare(l.seconds(), m.seconds()) == 0;
        }
        if (x instanceof DurationExpr.Unary u) {
            return y instanceof DurationExpr.Unary v && u.op() == v.op();
        }
        if (x instanceof DurationExpr.Binary b) {
            return y instanceof DurationExpr.Binary c && b.op() == c.op();
        }
        if (x instanceof DurationExpr.Call call) {
            return y instanceof DurationExpr.Call c && call.function() == c.function();
        }
        throw UnhandledNode.of(x);
    }

    private static int hashApartFromChildren(DurationExpr node) {
        if (node instanceof DurationExpr.Literal literal) {
            return Double.hashCode(literal.seconds());
        }
        if (node instanceof DurationExpr.Unary unary) {
            return 11 + unary.op().ordinal();
        }
        if (node instanceof DurationExpr.Binary binary) {
            return 17 + binary.op().ordinal();
        }
        if (node instanceof DurationExpr.Call call) {
            return 37 + call.function().ordinal();
        }
        throw UnhandledNode.of(node);
    }

    static List<DurationExpr> children(DurationExpr node) {
        if (node instanceof DurationExpr.Unary unary) {
            return List.of(unary.operand());
        }
        if (node instanceof DurationExpr.Binary binary) {
            return List.of(binary.lhs(), binary.rhs());
        }
        if (node instanceof DurationExpr.Call call) {
            return call.args();
        }
        if (node instanceof DurationExpr.Literal) {
            return List.of();
        }
        throw UnhandledNode.of(node);
    }
}
