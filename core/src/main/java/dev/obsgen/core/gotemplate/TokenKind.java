package dev.obsgen.core.gotemplate;

import java.util.Map;

/** The kinds of token Go's template lexer emits; the keywords come last, as in {@code text/template/parse}. */
enum TokenKind {
    ERROR,
    BOOL,
    /** A printable ASCII character the lexer has no better name for, such as a comma. */
    CHAR,
    CHAR_CONSTANT,
    COMPLEX,
    ASSIGN,
    DECLARE,
    EOF,
    FIELD,
    IDENTIFIER,
    LEFT_DELIM,
    LEFT_PAREN,
    NUMBER,
    PIPE,
    RAW_STRING,
    RIGHT_DELIM,
    RIGHT_PAREN,
    SPACE,
    STRING,
    TEXT,
    VARIABLE,
    BLOCK,
    BREAK,
    CONTINUE,
    DOT,
    DEFINE,
    ELSE,
    END,
    IF,
    NIL,
    RANGE,
    TEMPLATE,
    WITH;

    private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
            Map.entry(".", DOT), Map.entry("block", BLOCK), Map.entry("break", BREAK),
            Map.entry("continue", CONTINUE), Map.entry("define", DEFINE), Map.entry("else", ELSE),
            Map.entry("end", END), Map.entry("if", IF), Map.entry("range", RANGE), Map.entry("nil", NIL),
            Map.entry("template", TEMPLATE), Map.entry("with", WITH));

    boolean isKeyword() {
        return ordinal() >= BLOCK.ordinal();
    }

    /** The keyword a word spells, or null. */
    static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }
}
