package dev.connectonboard.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a secret by its shape, the fallback for settings the connector catalog does not describe: a key named
 * like a secret ({@code db.pass}, {@code secretKey}, {@code x-api-key}), and a credential inside a value (a URL's user
 * part, a {@code password=} parameter, a bearer token, a secret header). Every check is one pass over the text, with
 * no backtracking regular expression, so a 1 MiB value costs one scan, never a quadratic one.
 */
public final class SecretShapes {
    /** Words that make a key a secret wherever they stand in it. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "passcode", "secret", "secrets", "token", "tokens", "credential", "credentials", "creds", "bearer",
            "jaas", "apikey", "privatekey", "accesskey", "secretkey");
    /** Parts of a word that make it a secret word even without a separator: {@code DBPassword}. */
    private static final List<String> SECRET_INFIXES = List.of("password", "passwd", "passphrase");
    /** A key ending in one of these words is a secret: {@code private.key}, {@code x-api-key}, {@code key}. */
    private static final Set<String> SECRET_LAST_WORDS = Set.of("key", "authorization", "cookie");
    /** Two words in a row that make a key a secret: {@code aws.access.key.id}, {@code basic.auth.user.info}. */
    private static final Set<String> SECRET_PHRASES = Set.of("access key", "user info");
    /**
     * A key that names where a secret is, or how it is used, rather than holding it: {@code oauth2.token.url},
     * {@code password.file}, {@code secret.name}.
     */
    private static final Set<String> HARMLESS_LAST_WORDS = Set.of("url", "uri", "endpoint", "path", "file",
            "location", "dir", "directory", "type", "mode", "format", "name", "names", "property", "header",
            "field", "enabled", "enable", "algorithm", "length", "size", "expiry", "ttl", "timeout", "ms", "id",
            "provider", "class", "region", "version");
    /** Query and connection-string parameters that carry a secret whatever the heuristic says. */
    private static final Set<String> SECRET_PARAMETERS = Set.of("key", "sig", "signature", "auth", "access_token",
            "sharedaccesskey", "accountkey");
    private static final String PARAMETER_STARTS = "?&;,";

    private SecretShapes() {
    }

    /** True when a config key is named like a secret. */
    public static boolean keyLooksSecret(String key) {
        String[] words = words(key);
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1];
        boolean secretWord = false;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && SECRET_PHRASES.contains(words[i - 1] + " " + words[i])) {
                return true;
            }
            secretWord |= isSecretWord(words[i]);
        }
        return SECRET_LAST_WORDS.contains(last) || secretWord && (isSecretWord(last)
                || !HARMLESS_LAST_WORDS.contains(last));
    }

    private static boolean isSecretWord(String word) {
        if (SECRET_WORDS.contains(word)) {
            return true;
        }
        for (String infix : SECRET_INFIXES) {
            if (word.contains(infix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a key, lower-case: split at every character that is not a letter or digit and at camelCase humps
     * ({@code secretKey} is "secret", "key"; {@code basic.auth.user.info} is "basic", "auth", "user", "info").
     */
    static String[] words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                flush(word, words);
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, words);
        return words.toArray(String[]::new);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * What in a value carries a credential, in words for the message (never the value itself), or empty: a URL's user
     * part ({@code https://TOKEN@host}, {@code redis://:PW@host}, {@code https://user%3APW@host}), a bare
     * {@code user:PW@host}, a secret parameter ({@code ?password=}, {@code &api_key=}, {@code ;password=}), an HTTP
     * {@code Bearer} or {@code Basic} credential, a secret header ({@code X-Api-Key: ...}).
     */
    static Optional<String> credentialIn(String value) {
        if (hasUserinfo(value)) {
            return Optional.of("a user name or password in a URL (user:password@host or token@host)");
        }
        if (hasBareUserPassword(value)) {
            return Optional.of("a user:password@host pair");
        }
        String parameter = secretParameter(value);
        if (parameter != null) {
            return Optional.of("a '" + printableName(parameter) + "=' parameter with a value");
        }
        String scheme = authorizationCredential(value);
        if (scheme != null) {
            return Optional.of("an HTTP " + scheme + " credential");
        }
        String header = secretHeader(value);
        if (header != null) {
            return Optional.of("a '" + printableName(header) + ":' header with a value");
        }
        return Optional.empty();
    }

    private static String printableName(String name) {
        return StructuralValidator.printable(name);
    }

    /** True when some {@code scheme://} in the value is followed by an authority with an '@' (a user part). */
    static boolean hasUserinfo(String value) {
        int from = 0;
        while (true) {
            int marker = value.indexOf("://", from);
            if (marker < 0) {
                return false;
            }
            int start = marker + 3;
            int end = authorityEnd(value, start);
            if (lastAt(value, start, end) >= 0) {
                return true;
            }
            from = end;
        }
    }

    /** The value with every URL user part replaced by {@code ***}: {@code https://***@host}. */
    static String redactUserinfo(String value) {
        if (value.indexOf('@') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int copied = 0;
        int from = 0;
        while (true) {
            int marker = value.indexOf("://", from);
            if (marker < 0) {
                break;
            }
            int start = marker + 3;
            int end = authorityEnd(value, start);
            int at = lastAt(value, start, end);
            if (at >= 0) {
                out.append(value, copied, start).append("***");
                copied = at;
            }
            from = end;
        }
        return out.append(value, copied, value.length()).toString();
    }

    /** The last '@' in {@code [start, end)}, or -1; scans only that range. */
    private static int lastAt(String value, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (value.charAt(i) == '@') {
                return i;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the authority that starts at {@code start}: the next '/', '?', '#', space or end. */
    private static int authorityEnd(String value, int start) {
        int i = start;
        while (i < value.length() && "/?#,;\"'".indexOf(value.charAt(i)) < 0
                && !Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A token {@code a:b@c} with no scheme (':' may be written {@code %3A}): one pass, remembering where the current
     * token started and where its first ':' is.
     */
    static boolean hasBareUserPassword(String value) {
        int tokenStart = 0;
        int colon = -1;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || ",;=/(\"'".indexOf(c) >= 0) {
                tokenStart = i + 1;
                colon = -1;
            } else if (colon < 0 && (c == ':' || c == '%' && value.regionMatches(true, i, "%3a", 0, 3))) {
                colon = i;
            } else if (c == '@') {
                if (colon > tokenStart && i > colon + 1 && i + 1 < length) {
                    return true;
                }
                tokenStart = i + 1;
                colon = -1;
            }
        }
        return false;
    }

    /**
     * The first {@code name=value} with a secret name and a value, where the name starts the text or follows '?',
     * '&amp;', ';', ',' or a space; null when there is none. One pass.
     */
    static String secretParameter(String value) {
        int nameStart = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (PARAMETER_STARTS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                nameStart = i + 1;
            } else if (c == '=') {
                boolean hasValue = i + 1 < length && PARAMETER_STARTS.indexOf(value.charAt(i + 1)) < 0
                        && !Character.isWhitespace(value.charAt(i + 1));
                if (hasValue && i - nameStart <= 64) {
                    String name = value.substring(nameStart, i).toLowerCase(Locale.ROOT);
                    if (SECRET_PARAMETERS.contains(name) || keyLooksSecret(name)) {
                        return name;
                    }
                }
                nameStart = i + 1;
            }
        }
        return null;
    }

    /**
     * "Bearer" or "Basic" followed by a credential: a run of at least 8 token characters with a digit or one of
     * {@code = + / . _ - ~} in it (so "Basic authentication" is prose, "Basic dXNlcjpwYXNz=" is a credential).
     */
    static String authorizationCredential(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            String scheme = value.regionMatches(true, i, "bearer", 0, 6) ? "Bearer"
                    : value.regionMatches(true, i, "basic", 0, 5) ? "Basic" : null;
            if (scheme == null || i > 0 && Character.isLetterOrDigit(value.charAt(i - 1))) {
                continue;
            }
            int j = i + scheme.length();
            if (j >= length || !Character.isWhitespace(value.charAt(j))) {
                continue;
            }
            while (j < length && Character.isWhitespace(value.charAt(j))) {
                j++;
            }
            int start = j;
            boolean marked = false;
            while (j < length && isTokenChar(value.charAt(j))) {
                marked |= Character.isDigit(value.charAt(j)) || "=+/._-~".indexOf(value.charAt(j)) >= 0;
                j++;
            }
            if (j - start >= 8 && marked) {
                return scheme;
            }
            i = j - 1;
        }
        return null;
    }

    private static boolean isTokenChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "=+/._-~".indexOf(c) >= 0);
    }

    /**
     * A header written {@code Name: value} (alone, or in a list separated by '|', ',', ';' or line breaks) whose name
     * is a secret's ({@code Authorization}, {@code X-Api-Key}, {@code Cookie}); null when there is none. One pass.
     */
    static String secretHeader(String value) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || "|,;\n\r".indexOf(value.charAt(i)) >= 0) {
                String header = headerName(value, start, i);
                if (header != null) {
                    return header;
                }
                start = i + 1;
            }
        }
        return null;
    }

    /** The name of a {@code Name: value} entry in {@code [start, end)} when the name is a secret's and a value follows. */
    private static String headerName(String value, int start, int end) {
        int colon = -1;
        for (int i = start; i < end && i - start <= 64 && colon < 0; i++) {
            colon = value.charAt(i) == ':' ? i : -1;
        }
        if (colon < 0) {
            return null;
        }
        String name = value.substring(start, colon).strip();
        if (name.isEmpty() || !name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'
                || c == '_'))) {
            return null;
        }
        boolean hasValue = !value.substring(colon + 1, end).isBlank();
        return hasValue && keyLooksSecret(name) ? name : null;
    }
}
