// check failed the build naming the stale and missing files, with a unified diff and the fixing command,
// and wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('differ from what the model renders')
assert log.contains('prometheus/rules/demo.yml: differs')
assert log.contains('alertmanager/alertmanager.yml: missing')
assert log.contains('-        expr: queue_depth > 99')
assert log.contains('+        expr: queue_depth > 10')
assert log.contains('Regenerate and commit the result:')
assert !new File(basedir, 'generated/alertmanager').exists()
