// lint ran without a model, reported the design's self-dividing ratio at its line and column, stayed quiet on the
// correct rules, printed the summary line, and failed the build because of the error.
def log = new File(basedir, 'build.log').text
assert log.contains('rules/design.yml:5:15: error[promql/self-ratio]')
assert !log.contains('rules/good.yml') : 'the correct rule file must produce no finding'
assert log.contains('2 files, 3 rules, 1 errors, 0 warnings')
