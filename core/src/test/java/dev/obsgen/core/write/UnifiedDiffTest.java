package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedDiffTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one line changed | a\\nb\\nc\\n | a\\nB\\nc\\n | @@ -1,3 +1,3 @@\\n a\\n-b\\n+B\\n c\\n",
        "line added at end | a\\n | a\\nb\\n | @@ -1,1 +1,2 @@\\n a\\n+b\\n",
        "new file | '' | x\\n | @@ -0,0 +1,1 @@\\n+x\\n",
        "far apart changes make two hunks | 1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n | X\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\nY\\n"
            + " | @@ -1,4 +1,4 @@\\n-1\\n+X\\n 2\\n 3\\n 4\\n@@ -7,4 +7,4 @@\\n 7\\n 8\\n 9\\n-10\\n+Y\\n"})
    void printsHunksLikeDiffU(String name, String before, String after, String hunks) {
        String expected = "--- a/f\n+++ b/f\n" + hunks.replace("\\n", "\n");
        assertEquals(expected, UnifiedDiff.of("f", before.replace("\\n", "\n"), after.replace("\\n", "\n")));
    }
}
