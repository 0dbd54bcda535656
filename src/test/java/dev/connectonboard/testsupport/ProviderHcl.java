package dev.connectonboard.testsupport;

import java.util.Map;

/** The Terraform a root needs to use the connect-onboard provider, for tests and benchmarks that write roots. */
public final class ProviderHcl {
    private ProviderHcl() {
    }

    /**
     * {@code required_providers} for {@code connectonboard} and its provider block.
     *
     * @param attributes the provider block's attributes, in order, each an HCL expression (quote strings yourself
     *                   or use {@link #quoted})
     */
    public static String header(Map<String, String> attributes) {
        StringBuilder hcl = new StringBuilder("""
                terraform {
                  required_providers {
                    connectonboard = { source = "terraform.local/connect-onboard/connectonboard" }
                  }
                }
                provider "connectonboard" {
                """);
        attributes.forEach((name, value) -> hcl.append("  ").append(name).append(" = ").append(value).append('\n'));
        return hcl.append("}\n").toString();
    }

    /** A string as an HCL literal (test values only: no escaping beyond quotes and backslashes). */
    public static String quoted(Object value) {
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
