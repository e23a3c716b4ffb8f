// The platform built from its published jar writes, byte for byte, the tree this repository commits.
def out = new File(basedir, 'generated')
def committed = new File(generatedDir)
def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def built = files(out)
def expected = files(committed)
assert built.keySet().sort() == expected.keySet().sort()
expected.each { path, file ->
    // Runbook stubs are written once and then edited by hand: the committed ones may differ from new stubs.
    if (!path.startsWith('runbooks/')) {
        assert built[path].bytes == file.bytes : "${path} differs from the committed file"
    }
}
true
