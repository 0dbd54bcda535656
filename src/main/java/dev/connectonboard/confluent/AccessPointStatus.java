package dev.connectonboard.confluent;

/**
 * A Private Link access point's {@code status} as Confluent's Networking API reports it
 * ({@code GET /networking/v1/access-points/{id}}): {@code phase} is {@code PROVISIONING}, {@code PENDING_ACCEPT}
 * (an egress endpoint waiting for the endpoint service's owner to accept the connection), {@code READY} or
 * {@code FAILED}; the error fields are set when it failed.
 */
public record AccessPointStatus(String id, String phase, String errorCode, String errorMessage,
                                String vpcEndpointId) {
    public static final String READY = "READY";
    public static final String PENDING_ACCEPT = "PENDING_ACCEPT";
    public static final String PROVISIONING = "PROVISIONING";

    public boolean ready() {
        return READY.equals(phase);
    }

    /** Still on its way to READY: provisioning, or waiting for the endpoint service to accept it. */
    public boolean waiting() {
        return PROVISIONING.equals(phase) || PENDING_ACCEPT.equals(phase);
    }
}
