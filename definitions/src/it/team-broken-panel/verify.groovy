// A team panel over a misspelt metric fails the build, naming the panel and the metric it meant, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains("error[promql/unknown-metric] panel 'Checkpoints per Step' (query A) of dashboard 'training-flow'")
assert log.contains("metric 'metaflow_checkpoint_total' is not declared; did you mean 'metaflow_checkpoints_total'?")
assert log.contains('nothing was written')
assert !new File(basedir, 'generated').exists()
