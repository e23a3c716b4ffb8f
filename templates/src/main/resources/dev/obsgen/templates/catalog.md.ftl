<#-- The catalog: what a new on-call engineer reads first. -->
<#function cell text>
  <#return text?replace("\\", "\\\\")?replace("|", "\\|")?replace("\n", " ")>
</#function>
<#-- Free text as plain text in a heading or a cell: markdown's marks escaped, a heading's closing #s too. -->
<#function plain text>
  <#return cell(text?replace("\r", " "))?replace("`", "\\`")?replace("*", "\\*")?replace("_", "\\_")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "\\<")?replace(">", "\\>")?replace("#", "\\#")?replace("&", "\\&")?replace("~", "\\~")>
</#function>
<!-- ${header} -->
# ${name} observability catalog
<#if owner?has_content>

${owner}
</#if>
<#if owners?has_content>

## Owners

| Owner | Namespace | Files | Rule groups | Alerts | Dashboards | Receivers |
|---|---|---|---|---|---|---|
<#list owners as o>
| ${o.name} | ${o.namespace} | `${o.folder}` | ${cell(o.groups)} | ${o.alerts} | ${cell(o.dashboards)} | ${cell(o.receivers)} |
</#list>
</#if>

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
| `${r.name}`<#if r.status?has_content> _${r.status}_</#if> | <#if r.designName?has_content>`${r.designName}`<#else>-</#if> | ${r.group} | ${cell(r.help)} | `${cell(r.expr)}` |
</#list>

## Alerts

| Alert | Severity | Notifies | For | Summary | Runbook |
|---|---|---|---|---|---|
<#list alerts as a>
| `${cell(a.name + a.labels)}`<#if a.status?has_content> _${a.status}_</#if> | ${a.severity} | ${cell(a.route)} | ${a.for} | ${cell(a.summary)} | [${a.name}](${a.runbook}) |
</#list>

<#list alerts as a>
### ${a.name}${a.labels}

```promql
${a.expr}
```

</#list>
<#if slos?has_content>
## Service level objectives

Each SLO is recorded and alerted on as Sloth does (its record names and `sloth_*` labels, so dashboards built for
Sloth read them), with one difference on purpose: Sloth's long windows average the 5-minute ratio, which is wrong
when traffic varies; here the bad and the total events are recorded as 5-minute rates
(`slo:sli_bad_events:rate5m`, `slo:sli_total_events:rate5m`) and every longer window, the period's included,
divides their sums over it: exact, and as cheap, since no long window reads the raw counters. The page and the
ticket alert are named apart. Factors are the share of the period's budget a window may spend (2 % in 1h, 5 % in
6h, 10 % in 1d and in 3d), scaled to the period.

| SLO | Objective | Period | SLI | Page | Ticket |
|---|---|---|---|---|---|
<#list slos as s>
| `${s.id}` | ${s.objective} | ${s.period} | ${cell(s.sli)} | ${cell(s.page)} | ${cell(s.ticket)} |
</#list>

</#if>
<#if dashboards?has_content>
## Dashboards

Each preview is drawn from the dashboard's definition: its grid, every panel with its kind, unit, thresholds and
queries (no data). A change to a dashboard shows in its preview's diff.

| Dashboard | UID | Folder | Panels | Preview |
|---|---|---|---|---|
<#list dashboards as d>
| ${plain(d.title)} | `${d.uid}` | ${plain(d.folder)} | ${d.panels} | [${d.uid}.svg](${d.preview}) |
</#list>

<#list dashboards as d>
### ${plain(d.title)}

![${d.alt}](${d.preview})

</#list>
</#if>
<#if logFields?has_content>
## Log record

One JSON object a line; the timestamp looks like `${logTimestampExample}`.

| Field | Type | Description |
|---|---|---|
<#list logFields as f>
| `${f.path}` | ${f.type} | ${cell(f.description)} |
</#list>

</#if>
<#if logEvents?has_content>
## Log events

| Event | Level | Message | Searchable fields | Description |
|---|---|---|---|---|
<#list logEvents as e>
| ${cell(e.name)} | ${e.level} | "${cell(e.message)}" | ${cell(e.fields)} | ${cell(e.description)} |
</#list>

</#if>
<#if logSources?has_content>
## Log files

| Source | Written by | Paths | Collected by |
|---|---|---|---|
<#list logSources as s>
| ${cell(s.name)} | ${cell(s.service)} | `${cell(s.paths)}` | ${cell(s.collectedBy)} |
</#list>

</#if>
<#if spans?has_content>
## Spans

| Span | Parent | Kind | Attributes | Description |
|---|---|---|---|---|
<#list spans as s>
| `${s.name}` | ${s.parent} | ${s.kind} | ${cell(s.attributes)} | ${cell(s.description)} |
</#list>

```text
${spanTree}```

</#if>
<#if collectionLinks?has_content>
## Collection

| From | Sends | To |
|---|---|---|
<#list collectionLinks as l>
| ${cell(l.from)} | ${l.signal} | ${cell(l.to)} |
</#list>

</#if>
<#if corrections?has_content>
## Where this model departs from the design

| Element | The design says | The model does | Why |
|---|---|---|---|
<#list corrections as c>
| ${cell(c.element())} | ${cell(c.designSays())} | ${cell(c.modelDoes())} | ${cell(c.why())} |
</#list>
</#if>
