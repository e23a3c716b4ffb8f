package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feeds every case of the conformance file (upstream's parser test table and every
 * expression of upstream's engine tests) to the parser, and every valid one through a print and
 * re-parse round trip.
 */
class ConformanceTest {

    // Copied from the shared design material into the test resources; the README beside it says where from.
    private static final String CASES = "/conformance/promql/cases.jsonl";

    static List<ConformanceCase> loadCases() throws IOException {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IllegalStateException("conformance cases missing from the test class path: " + CASES);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ConformanceCase.parseAll(text.lines().toList());
        }
    }

    @Test
    void everyCaseAgreesWithUpstream() throws IOException {
        List<ConformanceCase> cases = loadCases();
        List<String> disagreements = new ArrayList<>();
        int agree = 0;
        for (ConformanceCase c : cases) {
            String problem = check(c);
            if (problem == null) {
                agree++;
            } else {
                disagreements.add("line " + c.line() + " (" + c.from() + "): " + problem + "\n    expr: " + c.expr());
            }
        }
        System.out.println("promql conformance: " + agree + " of " + cases.size() + " agree");
        for (String disagreement : disagreements) {
            System.out.println(disagreement);
        }
        if (agree != cases.size()) {
            fail((cases.size() - agree) + " of " + cases.size() + " cases disagree with upstream; see stdout");
        }
    }

    /** Null when the parser agrees with upstream's verdict (and round-trips a valid case). */
    static String check(ConformanceCase c) {
        Expr parsed;
        try {
            parsed = PromQL.parse(c.expr());
        } catch (ParseException e) {
            return c.valid() ? "rejected, upstream accepts: " + e.getMessage() : null;
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        if (!c.valid()) {
            return "accepted, upstream rejects; parsed as " + PromQL.print(parsed);
        }
        String printed = PromQL.print(parsed);
        Expr reparsed;
        try {
            reparsed = PromQL.parse(printed);
        } catch (ParseException e) {
            return "printed form does not parse: " + printed + " -> " + e.getMessage();
        }
        if (!reparsed.equals(parsed)) {
            return "round trip changes the tree: printed " + printed + "\n    before: " + Printer.tree(parsed)
                    + "\n    after:  " + Printer.tree(reparsed);
        }
        return null;
    }
}
