package dev.obsgen.core.check.secret;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of well-known credentials, each with the name a finding gives it. Every secret check looks text up
 * here, so a shape is added once and caught everywhere. A value that only refers to a secret is no secret: an
 * environment variable ({@code ${VAR}}), a Grafana variable ({@code $var}, {@code ${var}}, {@code $__name}), a Go
 * template ({@code {{ .Token }}}) or a placeholder ({@code <token>}).
 */
public final class SecretShapes {
    // Text that starts a reference to a value kept elsewhere, not the value itself.
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:\\$|\\{\\{|\\[\\[|<|%s)");
    // How far before a key-shaped value the words that say what it is may stand.
    private static final int CONTEXT_CHARS = 40;

    private static final List<Shape> SHAPES = List.of(
            Shape.of("an AWS access key id", List.of("akia", "asia"),
                    "(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"),
            // Random keys mix letters and digits (an AWS secret both cases too), which words and the hex digest of a
            // commit do not; and a bare key is reported only where words say what it is.
            Shape.key("an AWS secret access key", List.of("aws", "secret"), "(?i)aws|secret",
                    "(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])",
                    key -> has(key, Character::isUpperCase) && has(key, Character::isLowerCase)
                            && has(key, Character::isDigit)),
            Shape.key("a PagerDuty routing key", List.of("pagerduty", "routing", "integration", "service"),
                    "(?i)pagerduty|routing[_ -]?key|integration[_ -]?key|service[_ -]?key",
                    "(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])",
                    key -> has(key, Character::isLetter) && has(key, Character::isDigit)),
            Shape.of("a Slack webhook URL", List.of("hooks.slack.com"),
                    "hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9]"),
            Shape.of("a Slack token", List.of("xox"), "(?<![A-Za-z0-9])xox[a-z]-[A-Za-z0-9-]{10,}"),
            Shape.of("a Discord webhook URL", List.of("discord"),
                    "discord(?:app)?\\.com/api/(?:v[0-9]+/)?webhooks/[0-9]+/[A-Za-z0-9_-]"),
            Shape.of("a Microsoft Teams webhook URL", List.of("webhook"),
                    "\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9]"
                            + "|outlook\\.office(?:365)?\\.com/webhook/[A-Za-z0-9]"),
            Shape.of("a Power Automate workflow URL with its signature", List.of("logic.azure.com"),
                    "logic\\.azure\\.com\\S*/workflows/\\S*[?&;]sig=([^&;#\\s]+)"),
            Shape.of("a GitHub token", List.of("gh", "github_pat_"),
                    "(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
            Shape.of("a GitLab token", List.of("gl"), "(?<![A-Za-z0-9])gl(?:pat|oas|dt|rt|rtr|cbt|ptt|ft|imt|agent"
                    + "|soat|ffct|wt)-[A-Za-z0-9_-]{20,}"),
            Shape.of("an Authorization header with credentials", List.of("authorization"),
                    "(?i)\\bAuthorization\\s*[:=]\\s*[\"']?(?:Bearer|Basic|Token)\\s+(\\S{4,})"),
            Shape.of("a bearer or basic credential", List.of("bearer", "basic"),
                    "\\b(?i:bearer|basic)\\s+((?=[A-Za-z0-9._~+/-]*[0-9])[A-Za-z0-9._~+/-]{12,}=*)"),
            Shape.of("a private key", List.of("private key"), "-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"),
            Shape.of("a URL with a password in it", List.of("@"), "[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@"),
            Shape.of("a user and password", List.of("@"),
                    "^[A-Za-z0-9._%+-]+:([^/\\s@]+)@[A-Za-z0-9.-]+(?::[0-9]+)?(?:/\\S*)?$"),
            Shape.of("a credential in a URL parameter", List.of("="), "(?i)[?&;#](?:api[_-]?key|apikey|key|token"
                    + "|access[_-]?token|auth[_-]?token|private[_-]?token|client[_-]?secret|password|passwd|pwd|secret"
                    + "|sig|signature)=([^&;#\\s]+)"));

    private SecretShapes() {
    }

    /**
     * The name of the first credential shape in {@code text}, if any. {@code field} is the field or map key the text
     * is under: for a bare key of 40 characters it tells an AWS secret from a commit hash.
     */
    public static Optional<String> find(String field, String text) {
        if (!mayHold(text)) {
            return Optional.empty();
        }
        String name = field == null ? "" : field;
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        Chars chars = Chars.of(lowerText);
        for (Shape shape : SHAPES) {
            if (shape.worthTrying(lowerName, lowerText, chars) && shape.foundIn(name, text)) {
                return Optional.of(shape.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The ASCII characters a text holds, a bit each: a trigger with a character the text lacks cannot occur in it,
     * which two masks tell without a search. Other characters are not recorded and never rule a trigger out.
     */
    private record Chars(long low, long high) {
        static Chars of(String text) {
            long low = 0;
            long high = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 64) {
                    low |= 1L << c;
                } else if (c < 128) {
                    high |= 1L << (c - 64);
                }
            }
            return new Chars(low, high);
        }

        boolean holdsAll(Chars other) {
            return (other.low & ~low) == 0 && (other.high & ~high) == 0;
        }
    }

    /** Whether the text is long enough to hold any of the shapes: the shortest credential has eight characters. */
    public static boolean mayHold(String text) {
        return text != null && text.length() >= 8;
    }

    /** Whether the text refers to a value kept elsewhere rather than holding it. */
    public static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    private static boolean has(String text, IntPredicate kind) {
        return text.chars().anyMatch(kind);
    }

    /**
     * A pattern and what else a match needs. When the pattern has a group, the secret itself, it must not be a
     * placeholder; a key-shaped match must look random and have words that say what it is in the field name or
     * just before it. Every model text is looked up, so a shape is tried only when one of its lower case
     * {@code triggers} occurs: most texts hold none, and a regular expression costs more than a search.
     */
    private record Shape(String name, List<String> triggers, List<Chars> triggerChars, Pattern pattern,
                         Pattern context, Predicate<String> random) {
        static Shape of(String name, List<String> triggers, String regex) {
            return new Shape(name, triggers, chars(triggers), Pattern.compile(regex), null, null);
        }

        static Shape key(String name, List<String> triggers, String context, String regex, Predicate<String> random) {
            return new Shape(name, triggers, chars(triggers), Pattern.compile(regex), Pattern.compile(context), random);
        }

        private static List<Chars> chars(List<String> triggers) {
            return triggers.stream().map(Chars::of).toList();
        }

        boolean worthTrying(String lowerName, String lowerText, Chars textChars) {
            for (int i = 0; i < triggers.size(); i++) {
                String trigger = triggers.get(i);
                if (textChars.holdsAll(triggerChars.get(i)) && lowerText.contains(trigger)
                        || context != null && lowerName.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }

        boolean foundIn(String field, String text) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.groupCount() > 0 && m.group(1) != null && isPlaceholder(m.group(1))) {
                    continue;
                }
                if (context == null) {
                    return true;
                }
                String before = text.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
                if (random.test(m.group()) && (context.matcher(field).find() || context.matcher(before).find())) {
                    return true;
                }
            }
            return false;
        }
    }
}
