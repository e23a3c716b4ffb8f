// import wrote the model class under src/main/java, in its package's folder, and logged the report.
def source = new File(basedir, 'src/main/java/com/example/ImportedObservability.java')
assert source.isFile() : 'the class is written under src/main/java'
def text = source.text
assert text.startsWith('package com.example;')
assert text.contains('public final class ImportedObservability implements ObservabilityDefinition')
assert text.contains('.imported()')
def log = new File(basedir, 'build.log').text
assert log.contains('obsgen: imported 1 files:')
assert log.contains('obsgen: wrote ')
