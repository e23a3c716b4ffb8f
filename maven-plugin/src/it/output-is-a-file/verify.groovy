// An output path that is a file fails the goal with one line that names it once, and no stack trace.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'generated').canonicalPath
assert log.contains("obsgen: the output folder ${generated} is a file, not a folder; nothing was written")
assert !log.contains('\tat dev.obsgen')
assert new File(basedir, 'generated').text == 'a file, not a folder\n'
