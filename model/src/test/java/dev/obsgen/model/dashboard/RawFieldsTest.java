package dev.obsgen.model.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The paths and values raw fields take, and the ones they refuse. */
class RawFieldsTest {
    @ParameterizedTest
    @ValueSource(strings = {"timepicker", "options.legend.sortBy", "targets[0].intervalFactor", "a[1][2].b",
            "templating.list[12].current", "__inputs"})
    void pathsOfKeysAndIndexesAreTaken(String path) {
        assertEquals(List.of(path), List.copyOf(RawFields.none().with(path, 1).fields().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".a", "a.", "a..b", "a[x]", "a[0", "[0]", "a b.c]", "a.[1]"})
    void otherPathsAreRefused(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RawFields.none().with(path, 1));
        assertTrue(e.getMessage().contains("path"), e.getMessage());
    }

    @Test
    void valuesAreJsonAndSorted() {
        RawFields raw = RawFields.none().with("z", Map.of("b", 1, "a", Arrays.asList(null, 2.5f)))
                .with("a", RawFields.object("y", null, "x", true));
        assertEquals("{a={x=true, y=null}, z={a=[null, 2.5], b=1}}", raw.fields().toString());
        assertThrows(IllegalArgumentException.class, () -> RawFields.none().with("a", new Object()));
        assertThrows(IllegalArgumentException.class, () -> RawFields.none().with("a", Map.of(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> RawFields.object("odd"));
    }

    @Test
    void buildersCarryRawFieldsIntoTheModel() {
        Dashboard dashboard = Dashboard.builder("d", "D").rawField("timepicker.hidden", true)
                .withRow(Row.builder("R").rawField("repeat", "job"))
                .withPanel(Panel.stat("S").rawOptions(Map.of("text", Map.of())).rawFieldConfig(Map.of("custom.x", 1)))
                .build();
        assertEquals(List.of("timepicker.hidden"), List.copyOf(dashboard.raw().fields().keySet()));
        assertEquals(List.of("repeat"), List.copyOf(dashboard.rows().get(0).raw().fields().keySet()));
        assertEquals(List.of("fieldConfig.defaults.custom.x", "options.text"),
                List.copyOf(dashboard.rows().get(0).panels().get(0).common().raw().fields().keySet()));
    }
}
