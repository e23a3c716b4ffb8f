package dev.obsgen.core.render.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text cut to its width: at the same place wherever the picture is made, never inside a surrogate pair. */
class TextFitTest {
    private static final double SIZE = 10;
    private static final double CHARACTER = SIZE * 0.62;

    @Test
    void aLineThatFitsIsKeptOneThatDoesNotEndsInAnEllipsis() {
        assertEquals("abcde", TextFit.line("abcde", 5 * CHARACTER, SIZE));
        assertEquals("abcd…", TextFit.line("abcdef", 5 * CHARACTER, SIZE));
        assertEquals("a b", TextFit.line("  a \n b ", 5 * CHARACTER, SIZE), "white space is one space");
        assertEquals("…", TextFit.line("abc", CHARACTER, SIZE));
        assertEquals("", TextFit.line("abc", 0, SIZE));
        assertEquals("ab\uD83D\uDE00…", TextFit.line("ab\uD83D\uDE00cd", 4 * CHARACTER, SIZE));
    }

    @Test
    void linesWrapAtTheWidthAndSayWhenMoreIsLeftOut() {
        assertEquals(List.of("abcd", "ef", "gh"), TextFit.lines("abcdef\ngh", 4 * CHARACTER, SIZE, 5));
        assertEquals(List.of("abcd", "ef …"), TextFit.lines("abcdef\ngh", 4 * CHARACTER, SIZE, 2));
        assertEquals(List.of("ab …"), TextFit.lines("abcdef", 4 * CHARACTER, SIZE, 1));
        assertEquals(List.of(), TextFit.lines("abc", 4 * CHARACTER, SIZE, 0));
        assertEquals(List.of("a", "", "b"), TextFit.lines("a\n\nb", 4 * CHARACTER, SIZE, 3));
    }
}
