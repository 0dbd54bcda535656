package dev.connectonboard.descriptor.catalog;

import java.util.List;

/**
 * What the catalog knows about one connector class.
 *
 * @param connectorClass the {@code connector.class}: a Confluent Cloud plugin id or a Java class name
 * @param runtime        {@code managed} or {@code self-managed}, from the catalog file it comes from
 * @param docs           the documentation page the settings are taken from
 * @param passwords      settings of type password: never a literal value in a descriptor
 * @param required       settings a connector of the class cannot run without
 * @param settings       other known settings, not passwords
 * @param managedId      self-managed classes: the Confluent Cloud plugin id naming the same connector, so a
 *                       descriptor may write {@code S3_SINK} for either runtime; null for managed plugins
 * @param direction      self-managed classes: {@code sink} or {@code source}; null for managed plugins
 */
public record CatalogEntry(String connectorClass, String runtime, String docs, List<String> passwords,
                           List<String> required, List<String> settings, String managedId, String direction) {

    /** True when the setting is a password setting of this class (a '*' in the catalog matches one name part). */
    public boolean isPassword(String key) {
        return matchesAny(passwords, key);
    }

    /** True when the catalog lists the setting as a known, non-password setting of this class. */
    public boolean isKnownSetting(String key) {
        return matchesAny(settings, key) || matchesAny(required, key) && !isPassword(key);
    }

    private static boolean matchesAny(List<String> names, String key) {
        for (String name : names) {
            if (matches(name, key)) {
                return true;
            }
        }
        return false;
    }

    /** A catalog name against a key; '*' stands for one name part (no '.'), e.g. {@code api*.topics}. */
    static boolean matches(String name, String key) {
        int star = name.indexOf('*');
        if (star < 0) {
            return name.equals(key);
        }
        String before = name.substring(0, star);
        String after = name.substring(star + 1);
        if (key.length() < before.length() + after.length() + 1 || !key.startsWith(before) || !key.endsWith(after)) {
            return false;
        }
        String part = key.substring(before.length(), key.length() - after.length());
        return !part.isEmpty() && part.indexOf('.') < 0;
    }
}
