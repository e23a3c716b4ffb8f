package dev.obsgen.benchmarks;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.ValueType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse a left-deep chain {@code up + up + ... + up} of {@code terms} terms, ask it for its type and walk
 * every node, in milliseconds per chain: the shape generated rules take, and the one that used to cost quadratic
 * time and then a stack overflow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeepChainBenchmark {

    @Param("10000")
    public int terms;

    /** The operator between the terms; {@code "== bool"} and the set operators build the same shape. */
    @Param({"+", "or"})
    public String operator;

    private String chain;

    @Setup
    public void build() {
        StringBuilder text = new StringBuilder("up");
        for (int i = 1; i < terms; i++) {
            text.append(' ').append(operator).append(" up");
        }
        chain = text.toString();
    }

    @Benchmark
    public int parseTypeAndWalk() {
        Expr expr = PromQL.parse(chain);
        if (expr.type() != ValueType.INSTANT_VECTOR) {
            throw new IllegalStateException("a chain of selectors is an instant vector, got " + expr.type());
        }
        int[] nodes = {0};
        ExprWalker.walk(expr, (Expr node, List<Expr> ancestors) -> {
            nodes[0]++;
            return true;
        });
        return nodes[0];
    }
}
