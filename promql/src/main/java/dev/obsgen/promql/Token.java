package dev.obsgen.promql;

/** The token kinds of the lexer, as int constants so that the hot path allocates nothing. */
final class Token {

    static final int EOF = 0;
    static final int IDENTIFIER = 1;
    /** An identifier with a colon, only valid as a metric name: {@code job:requests:rate5m}. */
    static final int METRIC_IDENTIFIER = 2;
    static final int NUMBER = 3;
    static final int DURATION = 4;
    static final int STRING = 5;
    static final int LEFT_PAREN = 6;
    static final int RIGHT_PAREN = 7;
    static final int LEFT_BRACE = 8;
    static final int RIGHT_BRACE = 9;
    static final int LEFT_BRACKET = 10;
    static final int RIGHT_BRACKET = 11;
    static final int COMMA = 12;
    static final int COLON = 13;
    static final int EQL = 14;
    static final int EQL_REGEX = 15;
    static final int NEQ_REGEX = 16;
    static final int ADD = 17;
    static final int SUB = 18;
    static final int MUL = 19;
    static final int DIV = 20;
    static final int MOD = 21;
    static final int POW = 22;
    static final int EQLC = 23;
    static final int NEQ = 24;
    static final int LSS = 25;
    static final int LTE = 26;
    static final int GTR = 27;
    static final int GTE = 28;
    static final int AT = 29;

    static final int LAND = 30;
    static final int LOR = 31;
    static final int LUNLESS = 32;
    static final int ATAN2 = 33;

    static final int SUM = 34;
    static final int AVG = 35;
    static final int COUNT = 36;
    static final int MIN = 37;
    static final int MAX = 38;
    static final int GROUP = 39;
    static final int STDDEV = 40;
    static final int STDVAR = 41;
    static final int TOPK = 42;
    static final int BOTTOMK = 43;
    static final int COUNT_VALUES = 44;
    static final int QUANTILE = 45;
    static final int LIMITK = 46;
    static final int LIMIT_RATIO = 47;

    static final int BOOL = 48;
    static final int BY = 49;
    static final int WITHOUT = 50;
    static final int ON = 51;
    static final int IGNORING = 52;
    static final int GROUP_LEFT = 53;
    static final int GROUP_RIGHT = 54;
    static final int OFFSET = 55;
    static final int ANCHORED = 56;
    static final int SMOOTHED = 57;
    static final int START = 58;
    static final int END = 59;
    static final int STEP = 60;

    /** Function words only the duration lexer knows; elsewhere they are identifiers. */
    static final int RANGE = 61;
    static final int MIN_OF = 62;
    static final int MAX_OF = 63;

    static final int TRIM_UPPER = 64;
    static final int TRIM_LOWER = 65;

    private static final String[] SYMBOLS = {
        null, null, null, null, null, null, "(", ")", "{", "}", "[", "]", ",", ":", "=", "=~", "!~",
        "+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">=", "@",
    };

    private static final AggregationOp[] AGGREGATIONS = {
        AggregationOp.SUM, AggregationOp.AVG, AggregationOp.COUNT, AggregationOp.MIN, AggregationOp.MAX,
        AggregationOp.GROUP, AggregationOp.STDDEV, AggregationOp.STDVAR, AggregationOp.TOPK, AggregationOp.BOTTOMK,
        AggregationOp.COUNT_VALUES, AggregationOp.QUANTILE, AggregationOp.LIMITK, AggregationOp.LIMIT_RATIO,
    };

    private Token() {
    }

    static boolean isKeyword(int kind) {
        return kind >= LAND && kind <= STEP;
    }

    static boolean isAggregation(int kind) {
        return kind >= SUM && kind <= LIMIT_RATIO;
    }

    static AggregationOp aggregation(int kind) {
        return AGGREGATIONS[kind - SUM];
    }

    /** The binary operator a token stands for, or null. */
    static BinaryOp binaryOp(int kind) {
        return switch (kind) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MUL -> BinaryOp.MUL;
            case DIV -> BinaryOp.DIV;
            case MOD -> BinaryOp.MOD;
            case POW -> BinaryOp.POW;
            case EQLC -> BinaryOp.EQL;
            case NEQ -> BinaryOp.NEQ;
            case LSS -> BinaryOp.LSS;
            case LTE -> BinaryOp.LTE;
            case GTR -> BinaryOp.GTR;
            case GTE -> BinaryOp.GTE;
            case LAND -> BinaryOp.AND;
            case LOR -> BinaryOp.OR;
            case LUNLESS -> BinaryOp.UNLESS;
            case ATAN2 -> BinaryOp.ATAN2;
            case TRIM_UPPER -> BinaryOp.TRIM_UPPER;
            case TRIM_LOWER -> BinaryOp.TRIM_LOWER;
            default -> null;
        };
    }

    /** How upstream names a token in "unexpected ..." messages. */
    static String describe(int kind, String text) {
        switch (kind) {
            case EOF:
                return "end of input";
            case IDENTIFIER:
                return "identifier " + Quoting.quote(text);
            case METRIC_IDENTIFIER:
                return "metric identifier " + Quoting.quote(text);
            case NUMBER:
                return "number " + Quoting.quote(text);
            case DURATION:
                return "duration " + Quoting.quote(text);
            case STRING:
                return "string " + Quoting.quote(text);
            default:
                break;
        }
        if (kind < SYMBOLS.length && SYMBOLS[kind] != null) {
            if (kind >= ADD && kind <= AT) {
                return "<op:" + SYMBOLS[kind] + ">";
            }
            return Quoting.quote(SYMBOLS[kind]);
        }
        if (kind == TRIM_UPPER) {
            return "<op:</>";
        }
        if (kind == TRIM_LOWER) {
            return "<op:>/>";
        }
        if (isAggregation(kind)) {
            return "<aggr:" + text + ">";
        }
        if (kind == LAND || kind == LOR || kind == LUNLESS || kind == ATAN2) {
            return "<op:" + text + ">";
        }
        return "<" + text + ">";
    }
}
