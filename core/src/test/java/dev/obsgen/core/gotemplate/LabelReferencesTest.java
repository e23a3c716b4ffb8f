package dev.obsgen.core.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alert labels a template reads, each with the 0-based offset of the reference. A row is template ¦ labels. */
class LabelReferencesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '\'', value = {
        "{{ $labels.job }} ¦ job@3",
        "{{ .Labels.job }} and {{ $.Labels.instance }} ¦ job@3 instance@25",
        "{{ index $labels \"job\" }} {{ index .Labels \"pod\" }} {{ index $.Labels \"ns\" }} ¦ job@9 pod@35 ns@61",
        "{{ with $labels }}{{ .job }}{{ else }}{{ .Labels.pod }}{{ end }} ¦ job@21 pod@41",
        "{{ with .Labels }}{{ .job }}{{ end }} ¦ job@21",
        "{{ if $value }}{{ .Labels.job }}{{ end }} ¦ job@18",
        "{{ range query \"up\" }}{{ .Labels.job }} {{ $labels.pod }} {{ $.Labels.ns }}{{ end }} ¦ pod@43 ns@61",
        "{{ with query \"up\" }}{{ .Labels.job }}{{ end }} ¦ ''",
        "{{ printf \"%s/%s\" $labels.ns (index $labels \"pod\" | toUpper) }} ¦ ns@18 pod@36",
        "{{ $l := $labels }}{{ $labels.job | printf \"%s\" }} ¦ job@22",
        "{{ define \"x\" }}{{ .Labels.job }}{{ end }}{{ template \"x\" . }} ¦ ''",
        "{{/* $labels.job */}} $labels.job ¦ ''",
        "{{ $labels.job ¦ ''"})
    void findsTheLabelsTheTemplateReads(String template, String expected) {
        String found = AlertTemplate.parse(template).labelReferences().stream()
                .map(reference -> reference.label() + "@" + reference.offset()).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, found);
    }
}
