<#-- A runbook stub. obsgen writes it once; the team owns it from then on. -->
<!-- Created by obsgen from ${source} as a starting point. Edit freely: obsgen never overwrites this file. -->
# Runbook: ${slug}

<#list alerts as alert>
## Alert `${alert.name}${alert.labels}` (${alert.severity})

- **Rule group:** `${alert.group}`
- **Summary:** ${alert.summary}
- **Fires when** this expression has held for ${alert.for}:

```promql
${alert.expr}
```

**Description template:** ${alert.description}

</#list>
## Impact

_Who or what is affected while this alert fires, and how badly._

## Triage

1. Open the dashboards linked from the alert and confirm the signal.
2. Check what changed recently (deploys, configuration, upstream incidents).
3. _Add the checks that narrow the cause down._

## Mitigation

_Steps that stop the impact, safest first._

## Escalation

_Who to call when the mitigation does not work, and when to call them._
