import groovy.io.FileType
import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory

// The created project's first build compiled the team model, found nothing to report and wrote the team's files,
// and only those, into generated/. Its drift check then passes, and fails on a hand edit instead of overwriting it.

// maven-archetype-plugin 3.4 hands the variables over in a map named context; earlier versions bind them directly.
def project = (binding.hasVariable('projectDir') ? binding.getVariable('projectDir') : context.projectDir) as File

def log = new File(project, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('error[') && !log.contains('warning[') : 'the team model has findings, see build.log'

// The pom names the obsgen this archetype was built with, not an expression for it.
def pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(project, 'pom.xml'))
def xpath = XPathFactory.newInstance().newXPath()
assert xpath.evaluate('/project/properties/obsgen.version', pom) == '@project.version@'
assert xpath.evaluate("//plugin[artifactId='obsgen-maven-plugin']/configuration/modelClass", pom) ==
        'com.example.training.observability.TrainingObservability'
def source = new File(project, 'src/main/java/com/example/training/observability/TrainingObservability.java')
assert source.isFile() : "missing ${source}"

def out = new File(project, 'generated')
def files = []
out.eachFileRecurse(FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString() }
for (path in ['prometheus/rules/training-alerts.yml', 'prometheus/tests/training-alerts.test.yml',
              'grafana/dashboards/training/training-flow.json', 'runbooks/training-step-failures.md',
              'kubernetes/training-alertmanagerconfig.yaml']) {
    assert files.contains(path) : "missing generated/${path}; generated: ${files.sort()}"
}
// Nothing of the platform's: its configs, dashboards and rule files are written by the platform's build. Its
// recording rules are copied for the team's tests only, which evaluate the team's alert over the recorded series.
assert !files.contains('prometheus/prometheus.yml')
assert !files.contains('alertmanager/alertmanager.yml')
assert files.findAll { it.toLowerCase().contains('metaflow') && !it.startsWith('prometheus/tests/platform/') } == []

def rules = new File(out, 'prometheus/rules/training-alerts.yml').text
assert rules.contains('- alert: TrainingStepFailuresHigh')
assert rules.contains('team: training') : 'obsgen sets the owner label on every alert of the team'
assert rules.contains('{{ $value | humanizePercentage }}') : 'velocity changed the alert description'

def dashboard = new File(out, 'grafana/dashboards/training/training-flow.json')
def json = new JsonSlurper().parse(dashboard)
assert json.uid == 'training-flow'
assert json.panels*.title == ['Run History', 'Step Durations', 'Failure Rate by Step', 'Step Failure Ratio']
def exprs = json.panels*.targets*.expr.flatten()
assert exprs.every { it.contains('flow_name="TrainingFlow"') } : exprs
assert json.panels[0].description.contains('per $__rate_interval window')

// The alert's scenarios hold in Prometheus itself. Like the repository's integration tests: skipped without
// promtool, unless CI=true.
def promtool = System.getenv('PATH').split(File.pathSeparator).collect { new File(it, 'promtool') }
        .find { it.canExecute() }
if (promtool == null) {
    assert System.getenv('CI') != 'true' : 'promtool is not on the PATH'
    println 'promtool not found: the alert tests of the created project are not run'
} else {
    def test = new ProcessBuilder(promtool.path, 'test', 'rules', 'training-alerts.test.yml')
            .directory(new File(out, 'prometheus/tests')).redirectErrorStream(true).start()
    def text = test.inputStream.text
    assert test.waitFor() == 0 : text
}

// The drift check, as CI runs it: with the settings (and so the local repository) of the outer build, offline.
def settings = new File(basedir, '../../../archetype-it/archetype-settings.xml').canonicalFile
assert settings.isFile() : "missing ${settings}, the settings the archetype plugin wrote for the created project"
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def maven = { String... args ->
    def process = new ProcessBuilder([mvn, '-B', '-o', '-s', settings.path] + args.toList())
            .directory(project).redirectErrorStream(true).start()
    def text = process.inputStream.text
    [process.waitFor(), text]
}

def (checked, checkLog) = maven('-Pdrift-check', 'verify')
assert checked == 0 : "the drift check fails right after a build:\n${checkLog}"
assert checkLog.contains('obsgen: skipped (obsgen.generate.skip)')

def original = dashboard.text
dashboard.text = original.replace('"Step Failure Ratio"', '"Edited by hand"')
try {
    def (drifted, driftLog) = maven('-Pdrift-check', 'verify')
    assert drifted != 0 : "the drift check passes over a hand edit:\n${driftLog}"
    assert driftLog.contains('grafana/dashboards/training/training-flow.json') : driftLog
    assert driftLog.contains('mvn -B verify') : 'the drift check names the command that fixes it'
    assert dashboard.text.contains('"Edited by hand"') : 'the drift check overwrote the hand edit'
} finally {
    dashboard.text = original
}
true
