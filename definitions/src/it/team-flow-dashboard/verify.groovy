import groovy.json.JsonSlurper

// The team's dashboard was generated next to the Metaflow ones, with the reused and the team's own panels,
// and the README's example is this project's code.
def out = new File(basedir, 'generated')
def dashboard = new File(out, 'grafana/dashboards/Training/training-flow.json')
assert dashboard.isFile() : "missing ${dashboard}"
def json = new JsonSlurper().parse(dashboard)
assert json.uid == 'training-flow'
// invoker.properties passes -Dobsgen.grafana.version=11.4.0: schemaVersion 40 and that pluginVersion on every panel.
assert json.schemaVersion == 40
assert json.panels*.pluginVersion.unique() == ['11.4.0']
def titles = json.panels*.title
assert titles == ['Run History', 'Step Durations', 'Failure Rate by Step', 'Checkpoints per Step', 'Retries by Error Type']
def exprs = json.panels*.targets*.expr.flatten()
assert exprs.every { it.contains('flow_name="TrainingFlow"') } : exprs
assert !exprs.any { it.contains('$flow') } : exprs
assert json.panels.find { it.title == 'Run History' }.description.startsWith('Runs of TrainingFlow')

for (uid in ['metaflow-overview', 'metaflow-infrastructure', 'metaflow-flow']) {
    def metaflow = new File(out, "grafana/dashboards/Metaflow/${uid}.json")
    assert metaflow.isFile() : "missing Metaflow dashboard ${uid}"
    assert new JsonSlurper().parse(metaflow).schemaVersion == 40
}

def log = new File(basedir, 'build.log').text
assert !log.contains('error[') : 'the build reported a model error'
assert log.contains('BUILD SUCCESS')

// Every code block of the README section must appear in this project, line for line (indentation aside):
// the README shows the tested code, not a copy that can drift.
def readmeText = new File(readme).text
def start = readmeText.indexOf('## Extending the reference model for your flow')
assert start >= 0 : 'README has no section "Extending the reference model for your flow"'
def end = readmeText.indexOf('\n## ', start + 3)
def section = readmeText.substring(start, end < 0 ? readmeText.length() : end)
def blocks = (section =~ /(?s)```(java|xml)\n(.*?)```/).collect { [it[1], it[2]] }
assert blocks*.get(0).containsAll(['java', 'xml']) : "the README section needs a java and an xml block, has ${blocks*.get(0)}"
def trimmedLines = { String text -> '\n' + text.readLines()*.trim().findAll { !it.isEmpty() }.join('\n') + '\n' }
def sources = [java: new File(basedir, 'src/main/java/com/example/training/TrainingFlowObservability.java'),
               xml: new File(basedir, 'pom.xml')]
for (block in blocks) {
    def (kind, code) = block
    assert trimmedLines(sources[kind].text).contains(trimmedLines(code)) :
            "the README's ${kind} block is not in ${sources[kind].name}:\n${code}"
}
