package dev.obsgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Source;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record's {@code toBuilder()} holds every field: built again unchanged it equals the record, and what is added
 * through it is appended. No record has a {@code withX} for a list or map component {@code x}: that would replace it, and
 * with… appends.
 */
class RecordToBuilderTest {
    private static final AlertRule ALERT = Rule.alert("QueueStuck").expr("queue_depth > 100").forDuration("10m")
            .keepFiringFor("5m").severity(Severity.CRITICAL).label("team", "shop").summary("The queue is stuck.")
            .description("{{ $value }} jobs wait.").runbook("queue-stuck").annotation("dashboard", "shop-overview")
            .withScenario(AlertScenario.fires("stuck").withInput(Series.of("queue_depth").values("200x20")).at("15m"))
            .designNote("paged in the design").suppress("promql/unknown-metric", "from the platform").imported()
            .build();
    private static final RecordingRule RECORDING = Rule.record("job:queue_depth:max").expr("max by (job) (queue_depth)")
            .label("team", "shop").help("Deepest queue per job.").designName("queue_depth_max")
            .withExample(RecordingExample.named("max").withInput(Series.of("queue_depth").label("job", "a")
                    .values("1 2")).at("1m").withSample(2, "job", "a"))
            .designNote("as designed").suppress("recording/name", "kept").build();

    static Stream<Arguments> records() {
        return Stream.of(
                row("alert rule", ALERT, () -> ALERT.toBuilder().build()),
                row("alert rule without optional fields", Rule.alert("A").expr("up == 0").build(),
                        () -> Rule.alert("A").expr("up == 0").build().toBuilder().build()),
                row("recording rule", RECORDING, () -> RECORDING.toBuilder().build()),
                row("rule group", group(), () -> group().toBuilder().build()),
                row("notification policy", policy(), () -> policy().toBuilder().build()),
                row("collection", collection(), () -> collection().toBuilder().build()),
                row("otel collector", collector(), () -> collector().toBuilder().build()),
                row("logs", logs(), () -> logs().toBuilder().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aRecordBuiltAgainFromItsBuilderEqualsIt(String name, Object record, Supplier<Object> rebuilt) {
        assertEquals(record, rebuilt.get(), name);
    }

    @Test
    void whatIsAddedThroughToBuilderIsAppended() {
        assertEquals(List.of(ALERT, RECORDING, ALERT), group().toBuilder().withRule(ALERT).build().rules());
        assertEquals(Map.of("team", "shop", "tier", "1"), ALERT.toBuilder().label("tier", "1").build().labels());
        assertEquals(Map.of("tier", "1"), ALERT.toBuilder().labels(Map.of("tier", "1")).build().labels());
        assertEquals(3, policy().toBuilder().withReceiver(Receiver.named("more")).build().receivers().size());
        assertEquals(List.of(Receiver.named("more")),
                policy().toBuilder().receivers(List.of(Receiver.named("more"))).build().receivers());
    }

    @Test
    void noRecordHasAWithThatReplacesAListOrMap() {
        Set<String> replacing = new TreeSet<>();
        for (Class<?> type : BuilderOverloadsTest.modelClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String name = "with" + Character.toUpperCase(component.getName().charAt(0))
                        + component.getName().substring(1);
                boolean collection = List.class.isAssignableFrom(component.getType())
                        || Map.class.isAssignableFrom(component.getType());
                for (Method method : type.getDeclaredMethods()) {
                    if (collection && Modifier.isPublic(method.getModifiers()) && method.getName().equals(name)
                            && method.getReturnType().equals(type)) {
                        replacing.add(type.getSimpleName() + "." + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), replacing);
    }

    private static RuleGroup group() {
        return RuleGroup.named("shop").interval("30s").limit(10).withRule(ALERT).withRule(RECORDING).build();
    }

    private static NotificationPolicy policy() {
        return NotificationPolicy.builder().groupBy("alertname", "team").groupWait("30s").groupInterval("5m")
                .repeatInterval("4h").defaultReceiver("team")
                .withRoute(SeverityRoute.during(Severity.CRITICAL, "pager", "office"))
                .withReceiver(Receiver.named("team", Webhook.url("http://alerts.example/team")))
                .withReceiver(Receiver.named("pager", Webhook.url("http://alerts.example/pager")))
                .withInhibition(new Inhibition(List.of(), List.of(), List.of("alertname")))
                .withTimeInterval(TimeInterval.weekdays("office", "monday:friday", "09:00", "17:00", "Europe/Berlin"))
                .build();
    }

    private static OtelCollector collector() {
        return OtelCollector.named("otel").description("Traces.").withReceiver(OtlpReceiver.allInterfaces())
                .healthCheck("0.0.0.0:13133").withPipeline(Signal.TRACES, List.of("otlp"), List.of(), List.of("jaeger"))
                .build();
    }

    private static Collection collection() {
        return Collection.builder().withSource(Source.of("api", "The API.")).withAgent(collector())
                .withAgent(FluentBitAgent.named("fluent-bit")).withLink("api", Signal.TRACES, "otel").build();
    }

    private static Logs logs() {
        return Logs.of(LogRecordSchema.timestamp("@timestamp", "2024-01-01T00:00:00Z")
                        .withField("message", FieldType.TEXT, "The message.").build())
                .withEvent(LogEvent.named("started", LogLevel.INFO, "started"))
                .withSource(LogSource.of("api", "api", "/var/log/api.log")).build();
    }

    private static Arguments row(String name, Object record, Supplier<Object> rebuilt) {
        return Arguments.of(name, record, rebuilt);
    }
}
