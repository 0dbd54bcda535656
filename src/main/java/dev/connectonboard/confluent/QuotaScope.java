package dev.connectonboard.confluent;

import java.util.Locale;

/** Scopes of the Service Quota API; sent in lower case, as the Confluent CLI does. */
public enum QuotaScope {
    ORGANIZATION, ENVIRONMENT, NETWORK, KAFKA_CLUSTER, SERVICE_ACCOUNT, USER_ACCOUNT, IDENTITY_PROVIDER,
    CERTIFICATE_AUTHORITY;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
