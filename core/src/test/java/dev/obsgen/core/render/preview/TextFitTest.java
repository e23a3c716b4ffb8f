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
        assertEquals("ab…", TextFit.line("ab\uD83D\uDE00cd", 4 * CHARACTER, SIZE), "an emoji takes two columns");
        assertEquals("a\uD83D\uDE00…", TextFit.line("a\uD83D\uDE00cd", 4 * CHARACTER, SIZE), "and is never split");
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(2, TextFit.columns("ab"));
        assertEquals(6, TextFit.columns("延迟延"), "Han");
        assertEquals(4, TextFit.columns("レイ"), "katakana");
        assertEquals(4, TextFit.columns("지연"), "Hangul");
        assertEquals(2, TextFit.columns("Ａ"), "full-width Latin");
        assertEquals(3, TextFit.columns("é\u00DF\u0416"), "accented Latin, sharp s and Cyrillic are narrow");
        assertEquals("延迟…", TextFit.line("延迟时间分布", 5 * CHARACTER, SIZE));
        assertEquals("延迟时间", TextFit.line("延迟时间", 8 * CHARACTER, SIZE));
        assertEquals(List.of("延迟", "时间", "分布"), TextFit.lines("延迟时间分布", 5 * CHARACTER, SIZE, 3));
        assertEquals(List.of("延"), TextFit.lines("延", 2 * CHARACTER, SIZE, 1),
                "a wide character in a two-column line");
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
