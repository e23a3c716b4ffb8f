package dev.obsgen.core.gotemplate;

import dev.obsgen.core.gotemplate.Node.ActionNode;
import dev.obsgen.core.gotemplate.Node.BoolNode;
import dev.obsgen.core.gotemplate.Node.BreakNode;
import dev.obsgen.core.gotemplate.Node.ChainNode;
import dev.obsgen.core.gotemplate.Node.CommandNode;
import dev.obsgen.core.gotemplate.Node.ContinueNode;
import dev.obsgen.core.gotemplate.Node.DotNode;
import dev.obsgen.core.gotemplate.Node.FieldNode;
import dev.obsgen.core.gotemplate.Node.IdentifierNode;
import dev.obsgen.core.gotemplate.Node.IfNode;
import dev.obsgen.core.gotemplate.Node.ListNode;
import dev.obsgen.core.gotemplate.Node.NilNode;
import dev.obsgen.core.gotemplate.Node.NumberNode;
import dev.obsgen.core.gotemplate.Node.PipeNode;
import dev.obsgen.core.gotemplate.Node.RangeNode;
import dev.obsgen.core.gotemplate.Node.StringNode;
import dev.obsgen.core.gotemplate.Node.TemplateNode;
import dev.obsgen.core.gotemplate.Node.TextNode;
import dev.obsgen.core.gotemplate.Node.VariableNode;
import dev.obsgen.core.gotemplate.Node.WithNode;
import dev.obsgen.promql.TextPosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's template parser ({@code text/template/parse/parse.go}), rule for rule and with its messages: functions must
 * be in the function map and variables declared when the parser meets them, {@code {{define}}} only at the top,
 * {@code {{break}}} and {@code {{continue}}} only inside {@code {{range}}}. A {@code {{define}}} or
 * {@code {{block}}} body starts a template of its own, which sees none of the outer variables.
 */
final class Parser {
    /**
     * Go allows 10,000 nested parentheses (1,000 on WebAssembly, for its small stack). Each level costs four JVM
     * frames, and a default thread stack overflows near 1,000 levels; no alert template nests beyond a handful.
     */
    private static final int MAX_PAREN_DEPTH = 200;
    /**
     * Go's stack grows, so it has no limit on nested {@code if}, {@code range} and {@code with}; a JVM stack does
     * not, and a template that nests this deep is a generated one gone wrong.
     */
    private static final int MAX_BLOCK_DEPTH = 200;

    /** What {@code {{end}}} and {@code {{else}}} hand to the list they close; never part of a tree. */
    private record Terminator(int offset, boolean isElse) {
        @Override
        public String toString() {
            return isElse ? "{{else}}" : "{{end}}";
        }
    }

    /** A node, or the terminator that ends the list being parsed. */
    private record Item(Node node, Terminator terminator) {
    }

    private record Body(ListNode list, Terminator terminator) {
    }

    private record Control(PipeNode pipe, ListNode list, ListNode elseList) {
    }

    private final String name;
    private final String text;
    private final List<Token> tokens;
    private final Set<String> functions;
    private final Map<String, ListNode> trees = new LinkedHashMap<>();
    private final Map<String, Integer> definedAt = new LinkedHashMap<>();
    /** Where each enclosing control structure starts, for a caret at the one EOF leaves open. */
    private final Deque<Integer> openBlocks = new ArrayDeque<>();
    private int index;
    private List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;
    private int parenDepth;
    private int actionStart = -1;

    private Parser(String name, String text, Set<String> functions) {
        this.name = name;
        this.text = text;
        this.functions = functions;
        this.tokens = Lexer.tokens(text, !functions.contains("break"), !functions.contains("continue"));
    }

    static Template parse(String name, String text, Set<String> functions) {
        Parser parser = new Parser(name, text, functions);
        ListNode root = parser.parseMain();
        Map<String, ListNode> definitions = new LinkedHashMap<>(parser.trees);
        definitions.remove(name);
        return new Template(name, root, definitions);
    }

    /** The top level, which alone may hold {@code {{define}}}. */
    private ListNode parseMain() {
        List<Node> nodes = new ArrayList<>();
        while (!peek().is(TokenKind.EOF)) {
            if (peek().is(TokenKind.LEFT_DELIM)) {
                int mark = index;
                Token delim = next();
                if (nextNonSpace().is(TokenKind.DEFINE)) {
                    parseDefinition(delim);
                    continue;
                }
                index = mark;
            }
            Item item = textOrAction();
            if (item.terminator() != null) {
                throw error(item.terminator().offset(), "unexpected " + item.terminator());
            }
            nodes.add(item.node());
        }
        ListNode root = new ListNode(0, nodes);
        add(name, root, -1);
        return root;
    }

    private void parseDefinition(Token delim) {
        String context = "define clause";
        Token nameToken = nextNonSpace();
        if (!nameToken.is(TokenKind.STRING) && !nameToken.is(TokenKind.RAW_STRING)) {
            throw unexpected(nameToken, context);
        }
        String definition = unquote(nameToken);
        Token close = nextNonSpace();
        if (!close.is(TokenKind.RIGHT_DELIM)) {
            throw unexpected(close, context);
        }
        add(definition, templateBody(delim.offset(), context), delim.offset());
    }

    /** The body of a {@code {{define}}} or {@code {{block}}}: a template of its own, with its own variables. */
    private ListNode templateBody(int start, String context) {
        List<String> outerVars = vars;
        int outerRangeDepth = rangeDepth;
        int outerParenDepth = parenDepth;
        int outerActionStart = actionStart;
        vars = new ArrayList<>(List.of("$"));
        rangeDepth = 0;
        parenDepth = 0;
        actionStart = -1;
        openBlocks.push(start);
        try {
            Body body = itemList();
            if (body.terminator().isElse()) {
                throw error(body.terminator().offset(), "unexpected " + body.terminator() + " in " + context);
            }
            return body.list();
        } finally {
            openBlocks.pop();
            vars = outerVars;
            rangeDepth = outerRangeDepth;
            parenDepth = outerParenDepth;
            actionStart = outerActionStart;
        }
    }

    /**
     * Go keeps the first non-empty definition of a name and refuses a second. The main template comes last, with no
     * offset of its own ({@code -1}): a clash points at the definition it clashes with.
     */
    private void add(String template, ListNode root, int offset) {
        ListNode existing = trees.get(template);
        if (existing == null || isEmpty(existing)) {
            trees.put(template, root);
            definedAt.put(template, Math.max(offset, 0));
            return;
        }
        if (!isEmpty(root)) {
            int at = offset >= 0 ? offset : definedAt.get(template);
            throw error(at, "template: multiple definition of template " + GoText.quote(template));
        }
    }

    /** Go's {@code IsEmptyTree}: nothing but space and comments. */
    private static boolean isEmpty(Node node) {
        if (node instanceof ListNode list) {
            return list.nodes().stream().allMatch(Parser::isEmpty);
        }
        return node instanceof TextNode textNode && textNode.text().codePoints().allMatch(Parser::isGoSpace);
    }

    private static boolean isGoSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0x85 || c == 0xA0
                || Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029;
    }

    /** Text and actions up to an {@code {{end}}} or {@code {{else}}}, which it returns separately. */
    private Body itemList() {
        List<Node> nodes = new ArrayList<>();
        int offset = peekNonSpace().offset();
        while (!peekNonSpace().is(TokenKind.EOF)) {
            Item item = textOrAction();
            if (item.terminator() != null) {
                return new Body(new ListNode(offset, nodes), item.terminator());
            }
            nodes.add(item.node());
        }
        throw error(openBlocks.isEmpty() ? text.length() : openBlocks.peek(), "unexpected EOF");
    }

    private Item textOrAction() {
        Token token = nextNonSpace();
        if (token.is(TokenKind.TEXT)) {
            return new Item(new TextNode(token.offset(), token.text()), null);
        }
        if (!token.is(TokenKind.LEFT_DELIM)) {
            throw unexpected(token, "input");
        }
        actionStart = token.offset();
        try {
            return action(token);
        } finally {
            actionStart = -1;
        }
    }

    /** After the left delimiter: a control structure, or a pipeline to print. */
    private Item action(Token delim) {
        Token token = nextNonSpace();
        int at = delim.offset();
        switch (token.kind()) {
            case BLOCK:
                return new Item(blockControl(at), null);
            case BREAK:
                checkLoopControl(token, "{{break}}");
                return new Item(new BreakNode(at), null);
            case CONTINUE:
                checkLoopControl(token, "{{continue}}");
                return new Item(new ContinueNode(at), null);
            case ELSE:
                return new Item(null, elseControl(at));
            case END:
                return new Item(null, endControl(at));
            case IF:
                return new Item(ifControl(at), null);
            case RANGE:
                Control range = control("range", at);
                return new Item(new RangeNode(at, range.pipe(), range.list(), range.elseList()), null);
            case TEMPLATE:
                return new Item(templateControl(at), null);
            case WITH:
                return new Item(withControl(at), null);
            default:
                backup();
                return new Item(new ActionNode(at, pipeline("command", TokenKind.RIGHT_DELIM)), null);
        }
    }

    /** A {@code {{break}}} or {@code {{continue}}} is the whole action, and only inside a range. */
    private void checkLoopControl(Token keyword, String context) {
        Token close = nextNonSpace();
        if (!close.is(TokenKind.RIGHT_DELIM)) {
            throw unexpected(close, context);
        }
        if (rangeDepth == 0) {
            throw error(keyword.offset(), context + " outside {{range}}");
        }
    }

    private IfNode ifControl(int at) {
        Control control = control("if", at);
        return new IfNode(at, control.pipe(), control.list(), control.elseList());
    }

    private WithNode withControl(int at) {
        Control control = control("with", at);
        return new WithNode(at, control.pipe(), control.list(), control.elseList());
    }

    /**
     * {@code {{if}}}, {@code {{range}}} or {@code {{with}}} with its body and else branch. Variables the pipeline
     * declares live until the matching {@code {{end}}}. {@code {{else if}}} (and {@code {{else with}}}) nest an if
     * (a with) in the else branch that shares this {@code {{end}}}.
     */
    private Control control(String context, int at) {
        if (openBlocks.size() >= MAX_BLOCK_DEPTH) {
            throw error(at, "control structures nested too deeply");
        }
        int outerVars = vars.size();
        openBlocks.push(at);
        try {
            PipeNode pipe = pipeline(context, TokenKind.RIGHT_DELIM);
            if (context.equals("range")) {
                rangeDepth++;
            }
            Body body = itemList();
            if (context.equals("range")) {
                rangeDepth--;
            }
            ListNode elseList = null;
            Terminator terminator = body.terminator();
            if (terminator.isElse()) {
                if (context.equals("if") && peek().is(TokenKind.IF)) {
                    next();
                    elseList = new ListNode(terminator.offset(), List.of(ifControl(terminator.offset())));
                } else if (context.equals("with") && peek().is(TokenKind.WITH)) {
                    next();
                    elseList = new ListNode(terminator.offset(), List.of(withControl(terminator.offset())));
                } else {
                    Body elseBody = itemList();
                    if (elseBody.terminator().isElse()) {
                        throw error(elseBody.terminator().offset(), "expected end; found " + elseBody.terminator());
                    }
                    elseList = elseBody.list();
                }
            }
            return new Control(pipe, body.list(), elseList);
        } finally {
            openBlocks.pop();
            vars.subList(outerVars, vars.size()).clear();
        }
    }

    private Terminator endControl(int at) {
        Token close = nextNonSpace();
        if (!close.is(TokenKind.RIGHT_DELIM)) {
            throw unexpected(close, "end");
        }
        return new Terminator(at, false);
    }

    /** Leaves an {@code if} or {@code with} that follows pending, for {@link #control} to nest. */
    private Terminator elseControl(int at) {
        Token following = peekNonSpace();
        if (following.is(TokenKind.IF) || following.is(TokenKind.WITH)) {
            return new Terminator(at, true);
        }
        Token close = nextNonSpace();
        if (!close.is(TokenKind.RIGHT_DELIM)) {
            throw unexpected(close, "else");
        }
        return new Terminator(at, true);
    }

    /** {@code {{block "name" pipeline}} body {{end}}}: defines the template and calls it in place. */
    private TemplateNode blockControl(int at) {
        String context = "block clause";
        String block = templateName(nextNonSpace(), context);
        PipeNode pipe = pipeline(context, TokenKind.RIGHT_DELIM);
        add(block, templateBody(at, context), at);
        return new TemplateNode(at, block, pipe);
    }

    private TemplateNode templateControl(int at) {
        String context = "template clause";
        String template = templateName(nextNonSpace(), context);
        PipeNode pipe = null;
        if (!nextNonSpace().is(TokenKind.RIGHT_DELIM)) {
            backup();
            pipe = pipeline(context, TokenKind.RIGHT_DELIM);
        }
        return new TemplateNode(at, template, pipe);
    }

    private String templateName(Token token, String context) {
        if (!token.is(TokenKind.STRING) && !token.is(TokenKind.RAW_STRING)) {
            throw unexpected(token, context);
        }
        return unquote(token);
    }

    /** Declarations or assignments, then commands joined by {@code |}, up to {@code end}. */
    private PipeNode pipeline(String context, TokenKind end) {
        int offset = peekNonSpace().offset();
        boolean isAssign = false;
        List<VariableNode> declarations = new ArrayList<>();
        boolean more = true;
        while (more && peekNonSpace().is(TokenKind.VARIABLE)) {
            more = false;
            int mark = index;
            Token variable = next();
            Token following = peekNonSpace();
            if (following.is(TokenKind.ASSIGN) || following.is(TokenKind.DECLARE)) {
                isAssign = following.is(TokenKind.ASSIGN);
                nextNonSpace();
                declare(declarations, variable);
            } else if (following.is(TokenKind.CHAR) && following.text().equals(",")) {
                nextNonSpace();
                declare(declarations, variable);
                if (!context.equals("range") || declarations.size() >= 2) {
                    throw error(following.offset(), "too many declarations in " + context);
                }
                Token second = peekNonSpace();
                if (!second.is(TokenKind.VARIABLE) && !second.is(TokenKind.RIGHT_DELIM)
                        && !second.is(TokenKind.RIGHT_PAREN)) {
                    throw error(second.offset(), "range can only initialize variables");
                }
                more = true;
            } else {
                index = mark;
            }
        }
        List<CommandNode> commands = new ArrayList<>();
        while (true) {
            Token token = nextNonSpace();
            if (token.is(end)) {
                checkPipeline(commands, context, token);
                return new PipeNode(offset, isAssign, declarations, commands);
            }
            switch (token.kind()) {
                case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING,
                     VARIABLE, LEFT_PAREN -> {
                    backup();
                    commands.add(command());
                }
                default -> throw unexpected(token, context);
            }
        }
    }

    private void declare(List<VariableNode> declarations, Token variable) {
        declarations.add(new VariableNode(variable.offset(), List.of(variable.text())));
        vars.add(variable.text());
    }

    private void checkPipeline(List<CommandNode> commands, String context, Token end) {
        if (commands.isEmpty()) {
            throw error(end.offset(), "missing value for " + context);
        }
        for (int i = 1; i < commands.size(); i++) {
            Node first = commands.get(i).arguments().get(0);
            if (first instanceof BoolNode || first instanceof DotNode || first instanceof NilNode
                    || first instanceof NumberNode || first instanceof StringNode) {
                throw error(first.offset(), "non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    /** Space-separated operands up to a pipe, which it takes, or a right delimiter or parenthesis, which it leaves. */
    private CommandNode command() {
        int offset = peekNonSpace().offset();
        List<Node> arguments = new ArrayList<>();
        while (true) {
            peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                arguments.add(operand);
            }
            Token token = next();
            if (token.is(TokenKind.SPACE)) {
                continue;
            }
            if (token.is(TokenKind.RIGHT_DELIM) || token.is(TokenKind.RIGHT_PAREN)) {
                backup();
            } else if (!token.is(TokenKind.PIPE)) {
                throw unexpected(token, "operand");
            }
            break;
        }
        if (arguments.isEmpty()) {
            throw error(offset, "empty command");
        }
        return new CommandNode(offset, arguments);
    }

    /** A term and the fields that follow it without a space. */
    private Node operand() {
        Node node = term();
        if (node == null || !peek().is(TokenKind.FIELD)) {
            return node;
        }
        List<String> fields = new ArrayList<>();
        while (peek().is(TokenKind.FIELD)) {
            fields.add(next().text().substring(1));
        }
        if (node instanceof FieldNode field) {
            return new FieldNode(field.offset(), concat(field.ident(), fields));
        }
        if (node instanceof VariableNode variable) {
            return new VariableNode(variable.offset(), concat(variable.ident(), fields));
        }
        if (node instanceof BoolNode || node instanceof StringNode || node instanceof NumberNode
                || node instanceof NilNode || node instanceof DotNode) {
            throw error(node.offset(), "unexpected . after term " + GoText.quote(literal(node)));
        }
        return new ChainNode(node.offset(), node, fields);
    }

    private Node term() {
        Token token = nextNonSpace();
        int at = token.offset();
        switch (token.kind()) {
            case IDENTIFIER:
                if (!functions.contains(token.text())) {
                    throw error(at, "function " + GoText.quote(token.text()) + " not defined");
                }
                return new IdentifierNode(at, token.text());
            case DOT:
                return new DotNode(at);
            case NIL:
                return new NilNode(at);
            case VARIABLE:
                if (!vars.contains(token.text())) {
                    throw error(at, "undefined variable " + GoText.quote(token.text()));
                }
                return new VariableNode(at, List.of(token.text()));
            case FIELD:
                return new FieldNode(at, List.of(token.text().substring(1)));
            case BOOL:
                return new BoolNode(at, token.text().equals("true"));
            case CHAR_CONSTANT, COMPLEX, NUMBER:
                String problem = GoNumber.problem(token.text(), token.kind());
                if (problem != null) {
                    throw error(at, problem);
                }
                return new NumberNode(at, token.text());
            case LEFT_PAREN:
                if (parenDepth >= MAX_PAREN_DEPTH) {
                    throw error(at, "max expression depth exceeded");
                }
                parenDepth++;
                try {
                    return pipeline("parenthesized pipeline", TokenKind.RIGHT_PAREN);
                } finally {
                    parenDepth--;
                }
            case STRING, RAW_STRING:
                return new StringNode(at, token.text(), unquote(token));
            default:
                backup();
                return null;
        }
    }

    private String unquote(Token token) {
        try {
            return GoText.unquote(token.text());
        } catch (GoText.SyntaxError e) {
            throw error(token.offset(), GoText.INVALID_SYNTAX);
        }
    }

    /** How Go prints a literal node in a message. */
    private static String literal(Node node) {
        if (node instanceof BoolNode bool) {
            return String.valueOf(bool.value());
        }
        if (node instanceof StringNode string) {
            return string.quoted();
        }
        if (node instanceof NumberNode number) {
            return number.text();
        }
        return node instanceof NilNode ? "nil" : ".";
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    // The token stream. The last token is EOF or a lexer error; reading stays on it.

    private Token next() {
        Token token = tokens.get(Math.min(index, tokens.size() - 1));
        index++;
        return token;
    }

    private void backup() {
        index--;
    }

    private Token peek() {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    private Token nextNonSpace() {
        Token token;
        do {
            token = next();
        } while (token.is(TokenKind.SPACE));
        return token;
    }

    /** Like Go's, it consumes the spaces and leaves the token. */
    private Token peekNonSpace() {
        Token token = nextNonSpace();
        backup();
        return token;
    }

    private TemplateParseException unexpected(Token token, String context) {
        if (!token.is(TokenKind.ERROR)) {
            return error(token.offset(), "unexpected " + token + " in " + context);
        }
        String extra = "";
        int offset = token.offset();
        if (actionStart >= 0 && lineOf(actionStart) != lineOf(token.offset())) {
            extra = " in action started at " + name + ":" + lineOf(actionStart);
            if (token.text().endsWith(" action")) {
                extra = extra.substring(" in action".length());
            }
        }
        if (actionStart >= 0 && (token.text().equals("unclosed action") || token.text().equals("unclosed left paren"))) {
            offset = actionStart;
        }
        return error(offset, token.text() + extra);
    }

    private TemplateParseException error(int offset, String reason) {
        return new TemplateParseException(name, reason, text, offset);
    }

    private int lineOf(int offset) {
        return TextPosition.of(text, offset).line();
    }
}
