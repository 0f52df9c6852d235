package dev.curveball.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out anything shaped like a credential in text that came from outside (a model server's
 * message or reply, a file quoted in an error), because servers quote a refused key back, files hold
 * keys by mistake, and logs and run directories get published. The shapes: provider keys
 * ({@code sk-...}, {@code sk-ant-...}, {@code AKIA...}, {@code AIza...}, {@code ghp_...},
 * {@code xoxb-...}), {@code Bearer ...}, {@code api_key=...}-style assignments, and long hex or
 * base64 runs; plus every stretch of 8 or more characters of the configured key itself, so a
 * fragment echoed back is masked too.
 *
 * <pre>{@code KeyMask.mask("Incorrect API key provided: sk-proj-abc123********wxyz.")
 * // "Incorrect API key provided: ***."
 * KeyMask.mask("export OPENAI_API_KEY=hunter2hunter2")   // "export OPENAI_API_KEY=***"}</pre>
 */
public final class KeyMask {
    /** What stands where a key was. */
    public static final String MASK = "***";
    /** The shortest stretch of the configured key that counts as a fragment of it. */
    static final int FRAGMENT = 8;

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("\\bsk-[A-Za-z0-9_*\\-]{8,}"),
            Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{30,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9\\-]{10,}"),
            Pattern.compile("\\b[0-9a-fA-F]{32,}\\b"));
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s+)[A-Za-z0-9._~+/=*\\-]{8,}");
    private static final String SECRET_NAME = "\\b[\\w-]*(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|api[_-]?token"
            + "|refresh[_-]?token|client[_-]?secret|secret[_-]?key|password|passwd)[\"']?\\s*[=:]\\s*";
    /** {@code "password": "correct horse"}: the whole quoted value. */
    private static final Pattern QUOTED_ASSIGNMENT = Pattern.compile("(?i)(" + SECRET_NAME + ")([\"'])(?!\\*\\*\\*\\2)[^\"'\r\n]+\\2");
    /** {@code api_key=hunter2}: up to a space or a separator. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(" + SECRET_NAME + ")(?![\"'])(?!\\*\\*\\*)[^\\s\"',;&)}\\]]{4,}");
    /** Base64 without '/', so that paths stay readable: 40 or more, with a digit, a lower- and an upper-case letter. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+_\\-]{40,}={0,2}");

    private KeyMask() {
    }

    /** {@code text} with every key-shaped token blanked out; null stays null. */
    public static String mask(String text) {
        return mask(text, null);
    }

    /** As {@link #mask(String)}, also blanking out {@code key} (the configured one, may be null) and its fragments. */
    public static String mask(String text, String key) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = key == null || key.isBlank() ? text : fragments(text, key);
        for (Pattern shape : SHAPES) {
            masked = shape.matcher(masked).replaceAll(MASK);
        }
        masked = BEARER.matcher(masked).replaceAll("$1" + MASK);
        masked = QUOTED_ASSIGNMENT.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK + m.group(2)));
        masked = ASSIGNMENT.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return BASE64.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(secretLooking(m.group()) ? MASK : m.group()));
    }

    /** Whether {@code text} holds something {@link #mask} would blank out. */
    public static boolean mentions(String text, String key) {
        return text != null && !text.equals(mask(text, key));
    }

    /** Blanks each stretch of {@code text} made of {@link #FRAGMENT} or more consecutive characters of {@code key}. */
    private static String fragments(String text, String key) {
        int window = Math.min(FRAGMENT, key.length());
        boolean[] hidden = new boolean[text.length()];
        boolean any = false;
        for (int start = 0; start + window <= key.length(); start++) {
            String piece = key.substring(start, start + window);
            for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
                Arrays.fill(hidden, at, at + window, true);
                any = true;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!hidden[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !hidden[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    private static boolean secretLooking(String run) {
        return run.chars().anyMatch(Character::isDigit) && run.chars().anyMatch(Character::isLowerCase)
                && run.chars().anyMatch(Character::isUpperCase);
    }
}
