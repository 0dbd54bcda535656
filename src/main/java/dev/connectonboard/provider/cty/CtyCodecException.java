package dev.connectonboard.provider.cty;

/** A value did not match its type, or the bytes are not a valid encoding. Reported to Terraform as a diagnostic. */
public class CtyCodecException extends RuntimeException {
    public CtyCodecException(String message) {
        super(message);
    }

    public CtyCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
