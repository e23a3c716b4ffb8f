<#-- The check reference, generated from the check registry. -->
<#function cell text>
  <#return text?replace("|", "\\|")?replace("\n", " ")>
</#function>
<!-- ${header} -->
# obsgen checks

Errors stop generation and nothing is written; warnings are printed. Suppress a finding on one rule, or on one
dashboard and its panels, with `suppress("<id>", "<reason>")`: the finding becomes a note that carries the reason.
Structure checks (values, paths), team checks, lint's input checks and `verify/...` cannot be suppressed; a
suppression naming another id is an error.

| Id | Severity | What it checks |
|---|---|---|
<#list checks as c>
| [`${c.id}`](#${c.id?replace("/", "")?replace("-", "-")}) | ${c.severity} | ${cell(c.summary)} |
</#list>

<#list checks as c>
## ${c.id}

${c.summary} Severity: ${c.severity}.

Catches: `${c.example}`

Fix: ${c.fix}

</#list>
