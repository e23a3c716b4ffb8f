package dev.obsgen.benchmarks;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.PromQL;
import java.nio.file.Path;
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
 * Parse throughput on one thread, in expressions per second. {@code conformanceCase} parses the valid conformance
 * cases in turn, one per operation, so its score is expressions per second over that mix; {@code simpleExpression}
 * parses the typical alert condition the parser is required to handle a million times a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    static final String SIMPLE = "rate(http_requests_total{job=\"api\"}[5m]) > 0.1";

    /**
     * Where the conformance cases are ({@code -p casesPath=FILE}); the empty default means the system property
     * {@code obsgen.cases} of the forked JVM ({@code -jvmArgsAppend -Dobsgen.cases=FILE}), else
     * {@value ConformanceCases#DEFAULT_PATH} relative to the working directory.
     */
    @Param("")
    public String casesPath;

    private String[] cases;

    @Setup
    public void load() {
        String path = casesPath.isEmpty() ? System.getProperty("obsgen.cases", ConformanceCases.DEFAULT_PATH) : casesPath;
        List<String> valid = ConformanceCases.valid(Path.of(path));
        for (String expression : valid) {
            PromQL.parse(expression);
        }
        cases = valid.toArray(String[]::new);
    }

    @Benchmark
    public Expr simpleExpression() {
        return PromQL.parse(SIMPLE);
    }

    /** Parses one valid case per operation, walking the whole list round-robin. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Expr conformanceCase(Cursor cursor) {
        String expression = cases[cursor.next];
        cursor.next = cursor.next + 1 == cases.length ? 0 : cursor.next + 1;
        return PromQL.parse(expression);
    }
}
