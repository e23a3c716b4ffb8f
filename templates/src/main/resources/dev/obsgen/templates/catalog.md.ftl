<#-- The catalog: what a new on-call engineer reads first. -->
<#function cell text>
  <#return text?replace("\\", "\\\\")?replace("|", "\\|")?replace("\n", " ")>
</#function>
<!-- ${header} -->
# ${name} observability catalog

## Metrics

| Metric | Type | Unit | Labels | Scrape job | Used by | Description |
|---|---|---|---|---|---|---|
<#list metrics as m>
| `${m.name}` | ${m.type} | ${m.unit} | ${cell(m.labels)} | ${m.job} | ${cell(m.usedBy)} | ${cell(m.help)}<#if m.buckets?has_content> Buckets: ${m.buckets}.</#if><#if m.designNote?has_content> _Design note: ${cell(m.designNote)}_</#if> |
</#list>

## Recorded series

| Series | Design name | Group | Meaning | Expression |
|---|---|---|---|---|
<#list recordings as r>
| `${r.name}` | <#if r.designName?has_content>`${r.designName}`<#else>-</#if> | ${r.group} | ${cell(r.help)} | `${cell(r.expr)}` |
</#list>

## Alerts

| Alert | Severity | Notifies | For | Summary | Runbook |
|---|---|---|---|---|---|
<#list alerts as a>
| `${a.name}` | ${a.severity} | ${cell(a.route)} | ${a.for} | ${cell(a.summary)} | [${a.name}](${a.runbook}) |
</#list>

<#list alerts as a>
### ${a.name}

```promql
${a.expr}
```

</#list>
<#if corrections?has_content>
## Where this model departs from the design

| Element | The design says | The model does | Why |
|---|---|---|---|
<#list corrections as c>
| ${cell(c.element())} | ${cell(c.designSays())} | ${cell(c.modelDoes())} | ${cell(c.why())} |
</#list>
</#if>
