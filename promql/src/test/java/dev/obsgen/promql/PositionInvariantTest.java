package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over every valid conformance case: positions nest, and printing is stable. */
class PositionInvariantTest {

    @Test
    void childrenLieWithinTheirParentsAndPrintingIsIdempotent() throws IOException {
        List<String> problems = new ArrayList<>();
        for (ConformanceCase c : ConformanceTest.loadCases()) {
            if (!c.valid()) {
                continue;
            }
            String input = c.expr();
            Expr root = PromQL.parse(input);
            ExprWalker.walk(root, (node, ancestors) -> {
                PositionRange position = node.position();
                if (position.end() > input.length() || position.length() == 0) {
                    problems.add(input + ": " + node + " at " + position);
                }
                if (!ancestors.isEmpty()) {
                    PositionRange parent = ancestors.get(ancestors.size() - 1).position();
                    if (position.start() < parent.start() || position.end() > parent.end()) {
                        problems.add(input + ": " + node + " at " + position + " outside its parent at " + parent);
                    }
                }
                return true;
            });
            String printed = PromQL.print(root);
            String reprinted = PromQL.print(PromQL.parse(printed));
            if (!printed.equals(reprinted)) {
                problems.add(input + ": printed " + printed + " then " + reprinted);
            }
        }
        assertEquals(List.of(), problems);
    }
}
