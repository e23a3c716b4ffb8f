package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.readme.ShopObservability;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.DesignCorrection;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.MappingResult;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TablePanel;
import dev.obsgen.model.dashboard.TextboxVariable;
import dev.obsgen.model.dashboard.Transformation;
import dev.obsgen.model.dashboard.ValueMapping;
import dev.obsgen.model.dashboard.VariableHide;
import dev.obsgen.model.metric.Metric;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The walk over every value reaches every component of every record type of the model: a component added to the
 * model is walked, so the secret and missing-value checks see it, without a list of fields to keep up to date.
 */
class ModelValuesTest {
    @Test
    void everyComponentOfEveryModelRecordIsWalked() throws Exception {
        Set<String> walked = new TreeSet<>();
        for (Observability model : models()) {
            ModelValues.walk(model, value -> {
                if (value.place() == ModelValue.Place.COMPONENT) {
                    walked.add(value.owner().getClass().getName() + "." + value.name());
                }
            });
        }
        Set<String> declared = new TreeSet<>();
        for (Class<?> type : modelRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (!component.getType().isPrimitive()) {
                    declared.add(type.getName() + "." + component.getName());
                }
            }
        }
        assertTrue(declared.size() > 200, "the model's records were not found: " + declared);
        Set<String> missed = new TreeSet<>(declared);
        missed.removeAll(walked);
        // A team's platform is another model: it is walked when that model is checked, not as part of the team's.
        assertTrue(missed.remove("dev.obsgen.model.Team.platform"), "the platform of a team is not walked");
        assertEquals(Set.of(), missed, "components no walk over the sample models reached");
    }

    @Test
    void elementsAndFieldsAreNamedAsFindingsNameThem() {
        List<String> seen = new ArrayList<>();
        ModelValues.walk(SampleDashboards.model(), value -> {
            if ("Runbooks".equals(value.value()) || "queue-backlog".equals(value.value())
                    || "sum(rate(http_requests_total[$__rate_interval]))".equals(value.value())) {
                seen.add(value.element() + ": " + value.field());
            }
        });
        assertEquals(List.of(
                "alert 'QueueBacklog' in group 'shop-alerts': runbook",
                "link 'Runbooks' of dashboard 'shop-overview': title",
                "panel 'Requests per second' of dashboard 'shop-overview': expr of target #1"), seen);
    }

    @Test
    void aNullItemIsNamedByItsPositionInTheContainersElement() {
        Observability model = SampleModel.builder().withMetric((Metric) null).build();
        List<String> nulls = new ArrayList<>();
        ModelValues.walk(model, value -> {
            if (value.value() == null && value.required()) {
                nulls.add(value.element() + ": " + value.field());
            }
        });
        assertEquals(List.of("model 'shop': metric #5"), nulls);
    }

    @Test
    void aListThatHoldsItselfEndsTheWalk() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        Observability model = SampleModel.builder().withDashboard(Dashboard.builder("d", "D")
                .withPanel(Panel.timeseries("p").withTransformation(new Transformation(
                        "loop", Map.of("items", loop))))).build();
        List<String> fields = new ArrayList<>();
        ModelValues.walk(model, value -> fields.add(value.field()));
        assertTrue(fields.contains("item #1 of option 'items' of transformation #1"), fields::toString);
    }

    /** The sample models, and the few records none of them uses. */
    private static List<Observability> models() {
        Dashboard rare = Dashboard.builder("rare", "Rare parts")
                .withVariable(new TextboxVariable("filter", "Filter", "", VariableHide.SHOW))
                .withRow(Row.builder("Rows"))
                .withPanel(Panel.table("Sorted").withSortBy(new TablePanel.SortBy("value", true))
                        .withMapping(ValueMapping.range(0.0, 1.0, new MappingResult("low", "green")))
                        .withTarget(PrometheusTarget.builder("up")))
                .build();
        Observability extras = SampleModel.builder()
                .withDashboard(rare)
                .withCorrection(new DesignCorrection("alert 'QueueBacklog'", "fires at 50", "fires at 100",
                        "50 is the normal load"))
                .notifications(SampleModel.model().notifications().toBuilder().receivers(List.of(
                        Receiver.named("hook", Webhook.url("https://hooks.example.com/alerts")))).build())
                .build();
        return List.of(SampleModel.model(), CollectionSampleModel.model(), SampleDashboards.model(),
                new ShopObservability().define(), extras, SampleTeams.checkout(SampleModel.model()),
                slos());
    }

    // The sample SLOs and one with a latency SLI, walked, not rendered.
    private static Observability slos() {
        Observability model = dev.obsgen.core.slo.SloRulesTest.model();
        List<dev.obsgen.model.slo.Slo> slos = new ArrayList<>(model.slos());
        slos.add(dev.obsgen.model.slo.Slo.named("latency").service("shop-api").objective(99)
                .sli(dev.obsgen.model.slo.Sli.latency("http_request_duration_seconds", 1).withMatchers("job=\"api\""))
                .build());
        return model.toBuilder().slos(slos).build();
    }

    /** Every record class of the model module, found where {@link Observability} was loaded from. */
    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Observability.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            names.addAll(classNames(location));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                names.addAll(classNames(jar.getPath("/")));
            }
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, Observability.class.getClassLoader());
            if (type.isRecord()) {
                records.add(type);
            }
        }
        return records;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.startsWith("dev/obsgen/model/") && name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }
}
