package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.connect.ConnectApiException;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.Diagnostics;

/**
 * The provider block's {@code connect_rest_*} settings: where the department's self-managed workers answer. On a
 * department's first apply they come from resources that do not exist yet, so they may be unknown while planning;
 * Terraform configures the provider again during apply, once they are known.
 */
sealed interface ConnectWorkers {
    String URL = "connect_rest_url";
    String USERNAME = "connect_rest_username";
    String PASSWORD = "connect_rest_password";

    /** The provider block names no workers: a managed department's root. */
    record NotConfigured() implements ConnectWorkers {
    }

    /** The address or credentials are only known after apply (the workers are created in the same run). */
    record NotYetKnown() implements ConnectWorkers {
    }

    record Known(ConnectRestClient client) implements ConnectWorkers {
    }

    static ConnectWorkers from(Config config, Diagnostics diagnostics) {
        if (config.isUnknown(URL) || config.isUnknown(USERNAME) || config.isUnknown(PASSWORD)) {
            return new NotYetKnown();
        }
        String url = config.string(URL).orElse(null);
        if (url == null) {
            return new NotConfigured();
        }
        String username = config.string(USERNAME).orElse(null);
        String password = config.string(PASSWORD).orElse(null);
        if ((username == null) != (password == null)) {
            diagnostics.error(AttributePath.attribute(username == null ? USERNAME : PASSWORD),
                    "REST credentials incomplete", USERNAME + " and " + PASSWORD + " go together: the workers run "
                            + "Kafka's basic-auth REST extension and need both.");
            return null;
        }
        try {
            return new Known(new ConnectRestClient(ConnectClientSettings.of(
                    WorkerEndpoint.of(url, username, password))));
        } catch (ConnectApiException bad) {
            diagnostics.error(AttributePath.attribute(URL), "Invalid Kafka Connect REST URL", bad.getMessage());
            return null;
        }
    }
}
