// The platform and two teams composed into one tree: the platform's files at the root, each team's under
// teams/TEAM/, one alertmanager.yml whose team subtrees send each team's alerts to its own receivers, one
// prometheus.yml loading every team's rules, and every rule test passing in the real promtool.
def out = new File(basedir, 'generated')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('match the models') : 'the second build ran no drift check'

for (path in ['prometheus/rules/metaflow-critical.yml', 'alertmanager/alertmanager.yml', 'prometheus/prometheus.yml',
              'grafana/dashboards/Metaflow/metaflow-overview.json', 'docs/catalog.md',
              'docs/dashboards/metaflow-overview.svg', 'teams/training/docs/dashboards/training-flow.svg',
              'teams/training/grafana/dashboards/Training/training-flow.json',
              'teams/serving/prometheus/rules/serving-flows.yml', 'teams/serving/prometheus/tests/serving-flows.test.yml',
              'teams/serving/kubernetes/serving-alertmanagerconfig.yaml', 'runbooks/serving-scoring-runs-failing.md']) {
    assert new File(out, path).isFile() : "missing ${path}"
}
assert !new File(out, 'teams/serving/prometheus/tests/platform').exists() : 'composed team tests read the platform files'
def prometheus = new File(out, 'prometheus/prometheus.yml').text
assert prometheus.contains('- ../teams/serving/prometheus/rules/*.yml') : prometheus
def catalog = new File(out, 'docs/catalog.md').text
assert catalog.contains("| team 'serving' | ml-serving | `teams/serving/` | serving-flows | 2 |") : catalog

// The README's compose section shows this project's files, line for line (indentation aside).
def readmeText = new File(readme).text
def start = readmeText.indexOf('## Composing teams into one tree')
assert start >= 0 : 'README has no section "Composing teams into one tree"'
def end = readmeText.indexOf('\n## ', start + 3)
def section = readmeText.substring(start, end < 0 ? readmeText.length() : end)
def blocks = (section =~ /(?s)```xml\n(.*?)```/).collect { it[1] }
assert blocks.size() == 2 : "the README's compose section needs the dependencies and the plugin, has ${blocks.size()} blocks"
def trimmedLines = { String text -> '\n' + text.readLines()*.trim().findAll { !it.isEmpty() }.join('\n') + '\n' }
def pom = new File(basedir, 'pom.xml').text
blocks.each { code -> assert trimmedLines(pom).contains(trimmedLines(code)) : "the README's block is not in pom.xml:\n${code}" }

def path = System.getenv('PATH').split(File.pathSeparator)
def tool = { String name -> path.collect { new File(it, name) }.find { it.canExecute() } }
def promtool = tool('promtool')
def amtool = tool('amtool')
if (promtool == null || amtool == null) {
    assert System.getenv('CI') != 'true' : 'promtool or amtool is missing; under CI=true these checks must run'
    println 'promtool or amtool is not on PATH: the composed tree was not checked with them (install the Debian ' +
            'packages prometheus and prometheus-alertmanager)'
    return true
}
def run = { File dir, List args ->
    def process = args.collect { it.toString() }.execute(null, dir)
    def text = process.text
    process.waitFor()
    assert process.exitValue() == 0 : "${args.join(' ')} failed:\n${text}"
    text
}
out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def relative = out.toPath().relativize(file.toPath()).toString()
    if (relative.matches('(teams/[^/]+/)?prometheus/rules/.*\\.yml')) {
        run(out, [promtool, 'check', 'rules', relative])
    }
    if (relative.endsWith('.test.yml')) {
        run(file.parentFile, [promtool, 'test', 'rules', file.name])
    }
}
def config = new File(out, 'alertmanager/alertmanager.yml')
run(out, [amtool, 'check-config', config])
def routes = { List labels -> run(out, [amtool, 'config', 'routes', 'test', "--config.file=${config}"] + labels).trim() }
assert routes(['team=serving', 'severity=critical', 'alertname=ServingScoringRunsFailing']) == 'serving-pager'
assert routes(['team=serving', 'severity=warning', 'alertname=ServingScoringStepsFailing']) == 'serving-slack'
assert routes(['severity=critical', 'alertname=MetadataServiceDown']) == 'metaflow-critical'
assert routes(['team=training', 'severity=warning', 'alertname=HighRunFailureRate']) == 'metaflow-warning' :
        'the training team declares no routing: its alerts follow the platform\'s routes'

// The operator's base: serving's own AlertmanagerConfig notifies it; the base stops its alerts before the platform's.
def base = new File(out, 'alertmanager/alertmanager-operator-base.yml')
run(out, [amtool, 'check-config', base])
def baseRoutes = { List labels -> run(out, [amtool, 'config', 'routes', 'test', "--config.file=${base}"] + labels).trim() }
assert baseRoutes(['team=serving', 'severity=critical']) == 'routed-by-team'
assert baseRoutes(['team=training', 'severity=warning']) == 'metaflow-warning'
assert baseRoutes(['severity=critical']) == 'metaflow-critical'
true
