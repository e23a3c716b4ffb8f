package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.Node;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walks the checks share: the model's rules group by group, named as findings name them, and the agents and
 * stores of one kind, none where the model declares no collection.
 */
class ModelRulesTest {
    private static final Observability RULES = Observability.named("t")
            .withRuleGroup(RuleGroup.named("a")
                    .withRule(Rule.alert("Down").expr("up == 0").label("tier", "web"))
                    .withRule(Rule.record("job:up:sum").expr("sum by (job) (up)"))
                    .withRule(Rule.alert("Down").expr("up == 0").label("tier", "db")))
            .withRuleGroup(RuleGroup.named("b").withRule(Rule.alert("Slow").expr("up > 1")))
            .build();

    @Test
    void alertsComeGroupByGroupWithTheLabelsThatTellSharedNamesApart() {
        assertEquals(List.of("alert 'Down' {tier=\"web\"} in group 'a'", "alert 'Down' {tier=\"db\"} in group 'a'",
                "alert 'Slow' in group 'b'"), elements(ModelRules.of(RULES).alerts()));
        assertEquals(List.of("a", "a", "b"), ModelRules.of(RULES).alerts().stream().map(r -> r.group().name()).toList());
    }

    @Test
    void recordingRulesComeAlone() {
        assertEquals(List.of("recording rule 'job:up:sum' in group 'a'"), elements(ModelRules.of(RULES).recordings()));
    }

    @Test
    void allRulesComeInTheOrderTheirGroupDeclaresThem() {
        assertEquals(List.of("Down", "job:up:sum", "Down", "Slow"),
                ModelRules.of(RULES).all().stream().map(r -> r.rule().name()).toList());
    }

    @Test
    void aModelWithoutRulesHasNone() {
        assertEquals(List.of(), ModelRules.of(Observability.named("empty").build()).all());
    }

    @Test
    void collectionPartsAreThoseOfOneKind() {
        Observability model = CollectionSampleModel.model();
        assertEquals(List.of("fluent-bit"), names(CollectionParts.agents(model, FluentBitAgent.class)));
        assertEquals(List.of("cloudwatch-agent"), names(CollectionParts.agents(model, CloudWatchAgent.class)));
        assertEquals(List.of("elasticsearch", "opensearch"), names(CollectionParts.stores(model, SearchStore.class)));
        assertEquals(List.of("jaeger"), names(CollectionParts.stores(model, JaegerStore.class)));
    }

    @Test
    void aModelWithoutACollectionHasNoAgentsOrStores() {
        Observability model = Observability.named("t").build();
        assertEquals(List.of(), CollectionParts.agents(model, FluentBitAgent.class));
        assertEquals(List.of(), CollectionParts.stores(model, SearchStore.class));
    }

    private static List<String> elements(List<? extends GroupedRule<?>> rules) {
        return rules.stream().map(GroupedRule::element).toList();
    }

    private static List<String> names(List<? extends Node> nodes) {
        return nodes.stream().map(Node::name).toList();
    }
}
