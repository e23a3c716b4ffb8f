// A model with an error fails the build naming the alert and writes no file at all.
def log = new File(basedir, 'build.log').text
assert log.contains("error[alert/severity] alert 'QueueDeep' in group 'demo': has no severity")
assert log.contains('nothing was written')
assert !new File(basedir, 'generated').exists()
