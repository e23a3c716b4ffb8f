package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compose} and {@code compose-check} on the command line: model classes by name, one tree, one-line errors. */
class ComposeCommandTest {
    public static final class Platform implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleModel.model();
        }
    }

    public static final class Checkout implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleTeams.checkout(SampleModel.model());
        }
    }

    public static final class Search implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleTeams.search(SampleModel.model());
        }
    }

    public static final class Clash implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return Observability.team("clash").on(SampleModel.model())
                    .withRuleGroup(RuleGroup.named("clash-alerts").withRule(Rule.alert("QueueBacklog")
                            .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                            .runbook("clash-queue")).build())
                    .build();
        }
    }

    @TempDir
    Path output;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void composeWritesOneTreeAndComposeCheckFindsAHandEdit() throws Exception {
        assertEquals(0, run("compose", "--model", Platform.class.getName(), "--model", Checkout.class.getName(),
                "--model", Search.class.getName(), "--output", output.toString()), printed());
        assertTrue(Files.isRegularFile(output.resolve("teams/checkout/prometheus/rules/checkout-alerts.yml")));
        assertTrue(Files.readString(output.resolve("alertmanager/alertmanager.yml")).contains("team=\"checkout\""));
        printed.reset();
        assertEquals(0, run("compose-check", "--model", Platform.class.getName(), "--model", Checkout.class.getName(),
                "--model", Search.class.getName(), "--output", output.toString()), printed());

        Path rules = output.resolve("teams/checkout/prometheus/rules/checkout-alerts.yml");
        Files.writeString(rules, Files.readString(rules) + "# edited\n");
        printed.reset();
        assertEquals(1, run("compose-check", "--model", Platform.class.getName(), "--model", Checkout.class.getName(),
                "--model", Search.class.getName(), "--output", output.toString()));
        assertTrue(printed().contains("teams/checkout/prometheus/rules/checkout-alerts.yml"), printed());
        assertTrue(printed().contains("Obsgen compose --model " + Platform.class.getName() + " --model "), printed());
    }

    @Test
    void aClashNamesBothOwnersAndWritesNothing() {
        assertEquals(1, run("compose", "--model", Platform.class.getName(), "--model", Clash.class.getName(),
                "--output", output.toString()));
        assertTrue(printed().contains("error[team/conflict] alert 'QueueBacklog' in group 'clash-alerts' "
                + "of team 'clash': has the name of alert 'QueueBacklog' in group 'shop-alerts' of platform 'shop'"),
                printed());
        assertTrue(printed().contains("obsgen: the models have errors; nothing was written"), printed());
        assertFalse(Files.exists(output.resolve("prometheus")));
    }

    @Test
    void twoPlatformsAreOneLine() {
        assertEquals(1, run("compose", "--model", Platform.class.getName(), "--model", Platform.class.getName(),
                "--output", output.toString()));
        assertEquals("obsgen: compose takes one platform model and team models, and was given 2 platform models: "
                + "'shop', 'shop'; declare the others as teams with Observability.team(name).on(platform)\n", printed());
    }

    @Test
    void generateTakesOneModel() {
        assertEquals(2, run("generate", "--model", Platform.class.getName(), "--model", Checkout.class.getName(),
                "--output", output.toString()));
        assertTrue(printed().startsWith("generate takes one --model; compose takes several"), printed());
    }

    private int run(String... args) {
        return Obsgen.run(args, print, print);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
