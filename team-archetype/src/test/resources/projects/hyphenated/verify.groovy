import groovy.io.FileType

// Given only the coordinates, the archetype derives the rest from the artifactId: team data-science, class
// DataScienceObservability in the groupId's package, flow DataScienceFlow. A hyphen in the team's name must give
// valid Java and alert names, and the project builds without a finding.

// maven-archetype-plugin 3.4 hands the variables over in a map named context; earlier versions bind them directly.
def project = (binding.hasVariable('projectDir') ? binding.getVariable('projectDir') : context.projectDir) as File

def log = new File(project, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('error[') && !log.contains('warning[') : 'the team model has findings, see build.log'

def source = new File(project, 'src/main/java/com/example/datascience/DataScienceObservability.java')
assert source.isFile() : "missing ${source}"
assert source.text.contains('static final String TEAM = "data-science";')
assert source.text.contains('static final String FLOW_NAME = "DataScienceFlow";')

def out = new File(project, 'generated')
def files = []
out.eachFileRecurse(FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString() }
for (path in ['prometheus/rules/data-science-alerts.yml', 'prometheus/tests/data-science-alerts.test.yml',
              'grafana/dashboards/data-science/data-science-flow.json', 'runbooks/data-science-step-failures.md']) {
    assert files.contains(path) : "missing generated/${path}; generated: ${files.sort()}"
}
def rules = new File(out, 'prometheus/rules/data-science-alerts.yml').text
assert rules.contains('- alert: DataScienceStepFailuresHigh')
assert rules.contains('team: data-science')
true
