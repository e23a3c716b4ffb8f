package dev.obsgen.core.gotemplate;

import java.util.List;

/**
 * Alert templates and what Prometheus makes of them: accepted, or refused with Go's message and the 1-based column
 * the error points at. Rows marked {@code newer} use what Prometheus 2.42 (built with Go 1.19) does not know yet,
 * so the promtool comparison leaves them out; a few rows carry the message Go 1.19 gave where current Go words the
 * same refusal differently.
 */
final class TemplateRows {
    record Row(String template, String error, int column, boolean newer, String go119Error) {
        boolean accepted() {
            return error == null;
        }

        /** What promtool 2.42 says. */
        String promtoolError() {
            return go119Error != null ? go119Error : error;
        }

        Row withGo119Error(String message) {
            return new Row(template, error, column, newer, message);
        }

        @Override
        public String toString() {
            return template.replace("\n", "\\n") + (accepted() ? " -> ok" : " -> " + column + ": " + error);
        }
    }

    private TemplateRows() {
    }

    static Row ok(String template) {
        return new Row(template, null, 0, false, null);
    }

    static Row error(String template, int column, String error) {
        return new Row(template, error, column, false, null);
    }

    /** Accepted by current Prometheus, not by 2.42. */
    static Row newer(String template) {
        return new Row(template, null, 0, true, null);
    }

    static final List<Row> ROWS = List.of(
            // text, and the variables Prometheus defines
            ok(""),
            ok("no template at all"),
            ok("a lone { and } and }} are text"),
            ok("{{ .Labels.foo }}"),
            ok("{{ $labels.foo | toUpper }}"),
            ok("{{ printf \"%.2f\" $value }}"),
            ok("{{ $externalLabels.cluster }} {{ $externalURL }} {{ $ }} {{ $.Labels.job }} {{ .Value }}"),
            ok("{{ .ExternalLabels.cluster }} {{ .ExternalURL }}"),
            // every Prometheus function
            ok("{{ with query \"up\" }}{{ . | first | value | humanize }}{{ end }}"),
            ok("{{ query \"up\" | first | label \"job\" }}"),
            ok("{{ query \"up\" | first | strvalue }}"),
            ok("{{ template \"x\" args 1 \"a\" }}"),
            ok("{{ reReplaceAll \"localhost:(.*)\" \"host:$1\" $labels.instance }}"),
            ok("{{ safeHtml \"<b>x</b>\" }}"),
            ok("{{ if match \"a+\" $labels.instance }}matched{{ end }}"),
            ok("{{ title \"aa bb\" }} {{ toUpper \"a\" }} {{ toLower \"A\" }}"),
            ok("{{ graphLink \"up == 0\" }} {{ tableLink \"up == 0\" }}"),
            ok("{{ range query \"up\" | sortByLabel \"instance\" }}{{ .Labels.instance }} {{ end }}"),
            ok("{{ stripPort $labels.instance }} {{ stripDomain $labels.instance }}"),
            ok("{{ humanize $value }} {{ humanize1024 $value }} {{ humanizeDuration $value }}"),
            ok("{{ humanizePercentage $value }} {{ $value | humanizeTimestamp }}"),
            ok("{{ (toTime $value).Format \"2006-01-02\" }}"),
            ok("{{ pathPrefix }}{{ externalURL }} {{ parseDuration \"1h30m\" }}"),
            newer("{{ toDuration $value }}"),
            newer("{{ now | humanizeTimestamp }}"),
            // every Go builtin
            ok("{{ and true 1 }} {{ or 0 \"\" }} {{ not false }} {{ len $labels }}"),
            ok("{{ index $labels \"job\" }} {{ slice \"abc\" 1 2 }}"),
            ok("{{ print 1 2 }} {{ printf \"%d\" 3 }} {{ println \"x\" }}"),
            ok("{{ html \"<a>\" }} {{ js \"a'b\" }} {{ urlquery \"a b\" }}"),
            ok("{{ eq 1 1 }} {{ ne 1 2 }} {{ lt 1 2 }} {{ le 1 1 }} {{ gt 2 1 }} {{ ge 2 2 }}"),
            ok("{{ call $labels.f 1 }}"),
            // nested pipelines and chains
            ok("{{ printf \"%s is %s\" (index $labels \"job\") ($value | humanize) }}"),
            ok("{{ (index $labels \"job\") | toUpper | printf \"%q\" }}"),
            ok("{{ ((1)) }} {{ (print (print (print 1))) }}"),
            ok("{{ (query \"up\" | first).Labels.job }}"),
            ok("{{ if and (gt $value 1.0) (eq $labels.env \"prod\") }}page{{ end }}"),
            // trim markers and comments
            ok("{{- $x := 1 -}}"),
            ok("a {{- \"b\" -}} c {{- $value }}"),
            ok("{{/* a comment */}}"),
            ok("{{- /* trimmed comment */ -}}"),
            ok("{{/* a comment\nover lines */}}x"),
            ok("{{-3}} {{3 -}} {{- 3 -}}"),
            // control structures
            ok("{{ if gt $value 1.0 }}high{{ else if gt $value 0.5 }}medium{{ else }}low{{ end }}"),
            ok("{{ range $i, $e := query \"up\" }}{{ $i }}={{ $e.Value }}{{ end }}"),
            ok("{{ range $e := query \"up\" }}{{ $e.Labels.job }}{{ end }}"),
            ok("{{ range query \"up\" }}{{ .Labels.instance }}{{ else }}none{{ end }}"),
            ok("{{ with $labels.job }}{{ . }}{{ else }}no job{{ end }}"),
            newer("{{ with $labels.a }}a{{ else with $labels.b }}b{{ else }}c{{ end }}"),
            ok("{{ $job := $labels.job }}{{ range query \"up\" }}{{ $job }}{{ end }}"),
            ok("{{ range query \"up\" }}{{ if .Value }}{{ break }}{{ end }}{{ continue }}{{ end }}"),
            ok("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}"),
            ok("{{ if true }}{{ $x := 1 }}{{ $x }}{{ end }}"),
            ok("{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" $labels.job }}"),
            ok("{{ block \"b\" $labels }}{{ .job }}{{ end }}"),
            ok("{{ template \"defined nowhere\" }}"),
            ok("{{ if\n  $value }}newline inside an action{{ end }}"),
            ok("{{ $x := 1 }}{{ $x := 2 }}{{ $labels := 1 }}{{ $x }}"),
            ok("{{ if $x := 1 }}{{ $x }}{{ else }}{{ $x }}{{ end }}"),
            ok("{{ with $l := $labels }}{{ $l.job }}{{ end }}"),
            ok("{{ range $i, $e = $labels }}{{ end }}"),
            // Go records an assigned variable without looking it up; executing it fails, parsing does not
            ok("{{ $neverDeclared = 1 }}{{ $neverDeclared }}"),
            ok("{{ . | }} {{ $labels.job | }}"),
            ok("{{ (print 1).x.y }} {{ (print 1) .x }} {{ .Labels .Value }}"),
            ok("{{ print 1|print }} {{ print .x|print }} {{ print $labels|print }}"),
            ok("{{ \"}}\" }} {{ `}}` }} {{ '}' }} {{ print \"{{\" }} {{/* }} */}}"),
            ok("{{ define \"a\" }}{{ end }}{{ define \"a\" }}x{{ end }}"),
            ok("{{ define \"a\" }}x{{ end }}{{ define \"a\" }}  {{/* blank */}}{{ end }}"),
            ok("{{- define \"a\" -}}x{{- end -}}{{ template \"a\" }}{{ template `a` 1 }}"),
            ok("{{ range 1 }}{{ if 1 }}{{ break }}{{ end }}{{ continue }}{{ end }}"),
            ok("{{ 1 -}} {{ 1\n-}} x{{- \"\\t\" -}}y"),
            // literals
            ok("{{ \"a\\tb\\u00e9\\x41\\101\\\\\\\"\" }}"),
            ok("{{ `raw \"string\" \\n` }}"),
            ok("{{ 'a' }} {{ '\\n' }} {{ '\\'' }} {{ '\\x41' }} {{ 'é' }}"),
            ok("{{ 0x1F }} {{ 1_000_000 }} {{ 1.5e3 }} {{ 0o17 }} {{ 0b101 }} {{ 017 }}"),
            ok("{{ -1 }} {{ +2 }} {{ .5 }} {{ 5. }} {{ 0x1p-2 }} {{ 1_0.2_5 }}"),
            ok("{{ 1i }} {{ 1+2i }} {{ 1-2i }} {{ 1.5i }} {{ true }} {{ false }} {{ print nil }} {{ nil }}"),
            ok("{{ 18446744073709551615 }} {{ -9223372036854775808 }} {{ 1e308 }} {{ 1e-400 }} {{ 0_1 }}"),
            ok("{{ '\\377' }} {{ '\\u00e9' }} {{ '\\U0010FFFF' }} {{ '\\\\' }} {{ .1 }} {{ -.5 }} {{ +.5e-3 }}"),
            // what promtool reports
            error("{{ oops", 4, "function \"oops\" not defined"),
            error("see {{ here", 8, "function \"here\" not defined"),
            error("{{ .Labels.foo", 1, "unclosed action"),
            error("a\n{{ .Labels.foo\n", 1, "unclosed action started at __alert:2"),
            error("{{ end }}", 1, "unexpected {{end}}"),
            error("{{ else }}", 1, "unexpected {{else}}"),
            error("{{ if }}x{{ end }}", 7, "missing value for if"),
            error("{{ with }}x{{ end }}", 9, "missing value for with"),
            error("{{}}", 3, "missing value for command"),
            error("{{ \"abc }}", 4, "unterminated quoted string"),
            error("{{ \"abc\n\" }}", 4, "unterminated quoted string"),
            error("{{ `abc }}", 4, "unterminated raw quoted string"),
            error("{{ 'a }}", 4, "unterminated character constant"),
            error("{{ $foo }}", 4, "undefined variable \"$foo\""),
            error("{{ humanise $value }}", 4, "function \"humanise\" not defined"),
            error("{{ $value | humanise }}", 13, "function \"humanise\" not defined"),
            error("{{ if $value }}unclosed", 1, "unexpected EOF"),
            error("{{ range query \"up\" }}{{ end }}{{ break }}", 35, "{{break}} outside {{range}}"),
            error("{{ continue }}", 4, "{{continue}} outside {{range}}"),
            error("{{ range query \"up\" }}{{ else }}{{ break }}{{ end }}", 36, "{{break}} outside {{range}}"),
            error("{{ break 1 }}", 10, "unexpected \"1\" in {{break}}"),
            error("{{ $x := 1 }}{{ if true }}{{ $y := 2 }}{{ end }}{{ $y }}", 52, "undefined variable \"$y\""),
            error("{{ define \"x\" }}{{ $labels }}{{ end }}", 20, "undefined variable \"$labels\""),
            error("{{ if true }}{{ define \"x\" }}{{ end }}{{ end }}", 17, "unexpected <define> in command"),
            error("{{ define \"x\" }}a{{ end }}{{ define \"x\" }}b{{ end }}", 27,
                    "template: multiple definition of template \"x\""),
            error("{{ define x }}{{ end }}", 11, "unexpected \"x\" in define clause"),
            error("{{ define \"x\" }}{{ else }}{{ end }}", 17, "unexpected {{else}} in define clause"),
            error("{{ template }}", 13, "unexpected \"}}\" in template clause"),
            error("{{ block \"b\" }}{{ end }}", 14, "missing value for block clause"),
            error("{{ if true }}{{ else }}{{ else }}{{ end }}", 24, "expected end; found {{else}}"),
            error("{{ range $labels }}{{ else if true }}{{ end }}", 28, "unexpected <if> in input"),
            error("{{ with $labels.a }}a{{ else if true }}b{{ end }}", 30, "unexpected <if> in input"),
            error("{{ end 1 }}", 8, "unexpected \"1\" in end"),
            error("{{ else 1 }}", 9, "unexpected \"1\" in else"),
            error("{{ range $i, $e, $f := query \"up\" }}{{ end }}", 16, "too many declarations in range"),
            error("{{ $x, $y := 1 }}", 6, "too many declarations in command"),
            error("{{ range $i, 1 }}{{ end }}", 14, "range can only initialize variables"),
            error("{{ $labels.foo | 1 }}", 18, "non executable command in pipeline stage 2"),
            error("{{ $value | humanize | \"x\" }}", 24, "non executable command in pipeline stage 3"),
            error("{{ \"a\".b }}", 4, "unexpected . after term \"\\\"a\\\"\""),
            error("{{ nil.x }}", 4, "unexpected . after term \"nil\""),
            error("{{ | print }}", 4, "unexpected \"|\" in command"),
            error("{{ /* not a comment */ }}", 4, "unexpected \"/\" in command"),
            error("{{ print 1, 2 }}", 11, "unexpected \",\" in operand"),
            error("{{/* unclosed", 3, "unclosed comment"),
            error("{{/* c */ }}", 3, "comment ends before closing delimiter"),
            error("{{ ( }}", 1, "unclosed left paren"),
            error("{{ ) }}", 4, "unexpected right paren").withGo119Error("unexpected \")\" in command"),
            error("{{ 1) }}", 5, "unexpected right paren").withGo119Error("unexpected \")\" in command"),
            error("{{ (1 }}", 1, "unclosed left paren"),
            error("{{ () }}", 5, "missing value for parenthesized pipeline"),
            error("{{ print (1 | 2) }}", 15, "non executable command in pipeline stage 2"),
            error("{{ print(1) }}", 9, "unexpected \"(\" in operand"),
            error("{{ print \"a\"\"b\" }}", 13, "unexpected \"\\\"b\\\"\" in operand"),
            error("{{ print | | print }}", 12, "unexpected \"|\" in command"),
            error("{{ $x := }}", 10, "missing value for command"),
            error("{{ -}}", 5, "missing value for command"),
            error("{{- -}}", 5, "illegal number syntax: \"-\""),
            error("{{ 1-}}", 4, "bad number syntax: \"1-\""),
            error("{{--}}", 3, "bad number syntax: \"--\""),
            error("{{ $x$ }}", 4, "bad character U+0024 '$'"),
            error("{{ $1 }}", 4, "undefined variable \"$1\""),
            error("{{ _1 }}", 4, "function \"_1\" not defined"),
            error("{{ é }}", 4, "function \"é\" not defined"),
            error("{{ true.x }}", 4, "unexpected . after term \"true\""),
            error("{{ ..a }}", 4, "unexpected . after term \".\""),
            error("{{ range $x := 1, 2 }}{{ end }}", 17, "unexpected \",\" in operand"),
            error("{{ range $i, $e := $labels }}{{ end }}{{ $i }}", 42, "undefined variable \"$i\""),
            error("{{ block \"a\" $labels }}{{ $labels }}{{ end }}", 27, "undefined variable \"$labels\""),
            error("{{ range 1 }}{{ block \"a\" 1 }}{{ break }}{{ end }}{{ end }}", 34, "{{break}} outside {{range}}"),
            error("{{ with 1 }}{{ break }}{{ end }}", 16, "{{break}} outside {{range}}"),
            error("{{ define \"a\" }}{{ define \"b\" }}{{ end }}{{ end }}", 20, "unexpected <define> in command"),
            error("{{ template \"a\" | print }}", 17, "unexpected \"|\" in template clause"),
            error("{{ template 1 }}", 13, "unexpected \"1\" in template clause"),
            error("{{ if 1 }}{{ end }", 18, "unexpected \"}\" in end"),
            error("{{ if 1 }}{{ if 2 }}{{ end }}", 1, "unexpected EOF"),
            error("{{ range }}{{ end }}", 10, "missing value for range"),
            error("{{ if 1 }}{{ end", 11, "unclosed action"),
            error("{{ $x=1 }}", 4, "bad character U+003D '='"),
            error("{{ .Labels.foo }", 16, "unexpected \"}\" in operand"),
            error("{{ .Labels.foo}x }}", 11, "bad character U+007D '}'"),
            error("{{ → }}", 4, "unrecognized character in action: U+2192 '→'"),
            error("{{ : }}", 4, "expected :="),
            error("{{ 1.x }}", 4, "bad number syntax: \"1.x\""),
            error("{{ 3 - }}", 6, "illegal number syntax: \"-\""),
            error("{{ 08 }}", 4, "integer overflow: \"08\""),
            error("{{ 99999999999999999999 }}", 4, "integer overflow: \"99999999999999999999\""),
            error("{{ 1__0 }}", 4, "illegal number syntax: \"1__0\""),
            error("{{ 1e400 }}", 4, "illegal number syntax: \"1e400\""),
            error("{{ 0x1.8 }}", 4, "illegal number syntax: \"0x1.8\""),
            error("{{ 1e+ }}", 4, "illegal number syntax: \"1e+\""),
            error("{{ 0x }}", 4, "illegal number syntax: \"0x\""),
            error("{{ 0xg }}", 4, "bad number syntax: \"0xg\""),
            error("{{ 0b2 }}", 4, "bad number syntax: \"0b2\""),
            error("{{ 1_ }}", 4, "illegal number syntax: \"1_\""),
            error("{{ 1ii }}", 4, "bad number syntax: \"1ii\""),
            error("{{ 1+2 }}", 4, "bad number syntax: \"1+2\""),
            error("{{ 1+i }}", 4, "syntax error scanning complex number"),
            error("{{ 18446744073709551616 }}", 4, "integer overflow: \"18446744073709551616\""),
            error("{{ -9223372036854775809 }}", 4, "integer overflow: \"-9223372036854775809\""),
            error("{{ 2e308 }}", 4, "illegal number syntax: \"2e308\""),
            error("{{ '\\400' }}", 4, "invalid syntax"),
            error("{{ '\\U00110000' }}", 4, "invalid syntax"),
            error("{{ \"\\08\" }}", 4, "invalid syntax"),
            error("{{ 'ab' }}", 4, "malformed character constant: 'ab'"),
            error("{{ '' }}", 4, "invalid syntax"),
            error("{{ \"\\q\" }}", 4, "invalid syntax"),
            error("{{ \"\\'\" }}", 4, "invalid syntax"),
            error("{{ \"\\uD800\" }}", 4, "invalid syntax"),
            error("{{ template \"\\z\" }}", 13, "invalid syntax"));
}
