import groovy.json.JsonSlurper

// The team's build wrote the team's files and nothing of the platform's: its dashboard (with the reused and the
// team's own panels) in its folder, as JSON and as Kubernetes resources in its namespace, its catalog page and the
// catalog file of what it reads.
def out = new File(basedir, 'generated')
def written = []
out.eachFileRecurse(groovy.io.FileType.FILES) { written << out.toPath().relativize(it.toPath()).toString() }
assert written.sort() == [
        'docs/catalog.md',
        'docs/dashboards/training-flow.svg',
        'grafana/dashboards/Training/training-flow.json',
        'grafana/provisioning/dashboards/obsgen-training.yaml',
        'kubernetes/grafana/training-flow-configmap.yaml',
        'kubernetes/grafana/training-flow-grafanadashboard.yaml',
        'obsgen-catalog.json',
        'obsgen-manifest.txt'] : written

def dashboard = new File(out, 'grafana/dashboards/Training/training-flow.json')
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
assert new File(out, 'kubernetes/grafana/training-flow-configmap.yaml').text.contains('namespace: training')
assert new File(out, 'docs/catalog.md').text.contains("Owned by team 'training'")
assert new File(out, 'docs/catalog.md').text.contains('![Training Flow](dashboards/training-flow.svg)')
assert new File(out, 'docs/dashboards/training-flow.svg').text.contains('data-panel-id=')

def log = new File(basedir, 'build.log').text
assert !log.contains('error[') : 'the build reported a model error'
assert log.contains('match the model') : 'the second build ran no drift check'
assert log.contains('BUILD SUCCESS')

// Every code block of the README's team section must appear in this project, line for line (indentation aside):
// the README shows the tested code, not a copy that can drift.
def readmeText = new File(readme).text
def start = readmeText.indexOf('## Team projects')
assert start >= 0 : 'README has no section "Team projects"'
def end = readmeText.indexOf('\n## ', start + 3)
def section = readmeText.substring(start, end < 0 ? readmeText.length() : end)
def blocks = (section =~ /(?s)```(java|xml)\n(.*?)```/).collect { [it[1], it[2]] }
def trimmedLines = { String text -> '\n' + text.readLines()*.trim().findAll { !it.isEmpty() }.join('\n') + '\n' }
def sources = [java: new File(basedir, 'src/main/java/com/example/training/TrainingFlowObservability.java'),
               pom: new File(basedir, 'pom.xml'), settings: new File(basedir, 'settings.xml')]
def kinds = blocks.collect { kind, code -> kind == 'java' ? 'java' : code.contains('<settings>') ? 'settings' : 'pom' }
assert kinds.containsAll(['java', 'pom', 'settings']) : "the README section needs the java, pom and settings blocks, has ${kinds}"
blocks.eachWithIndex { block, i ->
    def (kind, code) = block
    def source = sources[kinds[i]]
    assert trimmedLines(source.text).contains(trimmedLines(code)) : "the README's ${kinds[i]} block is not in ${source.name}:\n${code}"
}
true
