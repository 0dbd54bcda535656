package dev.connectonboard.plangate;

import java.util.ArrayList;
import java.util.List;

/**
 * The instance keys of a Terraform resource address, e.g. {@code ["fin.a"]} and {@code 0} in
 * {@code module.x[0].aws_iam_role.this["fin.a"]}. String keys are HCL-quoted with backslash escapes.
 */
final class AddressKeys {
    private AddressKeys() {
    }

    /** The keys in order; null when the address has an unterminated bracket or quote (not Terraform's writing). */
    static List<String> parse(String address) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        int length = address.length();
        while (i < length) {
            char c = address.charAt(i);
            if (c == '"') {
                return null;
            }
            if (c != '[') {
                i++;
                continue;
            }
            i++;
            if (i < length && address.charAt(i) == '"') {
                StringBuilder key = new StringBuilder();
                i++;
                while (i < length && address.charAt(i) != '"') {
                    char k = address.charAt(i);
                    if (k == '\\' && i + 1 < length) {
                        i++;
                        k = address.charAt(i);
                    }
                    key.append(k);
                    i++;
                }
                if (i + 1 >= length || address.charAt(i + 1) != ']') {
                    return null;
                }
                keys.add(key.toString());
                i += 2;
            } else {
                int end = address.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                keys.add(address.substring(i, end));
                i = end + 1;
            }
        }
        return keys;
    }
}
