package dev.connectonboard.provider.cty;

/**
 * A value Terraform does not know yet (it will only be decided during apply). Appears wherever a value can, in
 * place of the value; a known null is plain Java {@code null}.
 */
public enum Unknown {
    VALUE;

    @Override
    public String toString() {
        return "(known after apply)";
    }
}
