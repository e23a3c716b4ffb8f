// A team that takes the platform's names fails its own build, each error naming both owners and both elements,
// and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains("error[team/conflict] alert 'MetadataServiceDown' in group 'clash-alerts' of team 'clash': has " +
        "the name of alert 'MetadataServiceDown' in group 'metaflow-critical' of platform 'metaflow'")
assert log.contains("error[team/conflict] dashboard 'metaflow-overview' of team 'clash': has the uid of dashboard " +
        "'metaflow-overview' of platform 'metaflow'")
assert log.contains('nothing was written')
assert !new File(basedir, 'generated').exists()
